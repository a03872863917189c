import { describe, it, expect } from 'vitest';
import { ownerSchema } from '../../src/schema/circular';
import { extractOwners } from '../../src/pipeline/text/owners';

describe('extractOwners: responsibility lines', () => {
  it('reads 牵头领导：李自民   责任部门：组宣部 as printed in seed 000', () => {
    expect(extractOwners('牵头领导：李自民   责任部门：组宣部')).toEqual([
      { role: '牵头领导', name: '李自民' },
      { role: '责任部门', name: '组宣部' },
    ]);
  });

  it('reads the same line after normalisation removed the spaces', () => {
    expect(extractOwners('牵头领导：谭一江责任部门：法律部')).toEqual([
      { role: '牵头领导', name: '谭一江' },
      { role: '责任部门', name: '法律部' },
    ]);
  });

  it('accepts half-width colons and a single space', () => {
    expect(extractOwners('牵头领导:兰秀明 责任部门:经审办')).toEqual([
      { role: '牵头领导', name: '兰秀明' },
      { role: '责任部门', name: '经审办' },
    ]);
  });

  it('reads the other role labels', () => {
    expect(extractOwners('牵头单位：区总工会；责任单位：各街道总工会；配合单位：区财政局；责任领导：王中华；牵头部门：办公室')).toEqual([
      { role: '牵头单位', name: '区总工会' },
      { role: '责任单位', name: '各街道总工会' },
      { role: '配合单位', name: '区财政局' },
      { role: '责任领导', name: '王中华' },
      { role: '牵头部门', name: '办公室' },
    ]);
  });

  it('gives one owner per unit of a list', () => {
    expect(extractOwners('责任部门：组宣部、法律部')).toEqual([
      { role: '责任部门', name: '组宣部' },
      { role: '责任部门', name: '法律部' },
    ]);
  });

  it('joins a name spaced out letter by letter', () => {
    expect(extractOwners('牵头领导：李 自 民')).toEqual([{ role: '牵头领导', name: '李自民' }]);
  });

  it('drops a label with nothing after it or a name longer than 20 characters', () => {
    expect(extractOwners('牵头领导：\n责任部门：这是一句很长很长的话而不是一个部门的名字因为它超过了二十个字')).toEqual([]);
  });
});

describe('extractOwners: 由…牵头 and 由…负责', () => {
  it('reads 由市总各分管领导牵头', () => {
    expect(extractOwners('结合《广元市总工会改革方案》和工作实际，由市总各分管领导牵头，组织相关责任部门')).toEqual([
      { role: '牵头', name: '市总各分管领导' },
    ]);
  });

  it('reads 由X负责', () => {
    expect(extractOwners('具体工作由区总工会组宣部负责。')).toEqual([{ role: '负责', name: '区总工会组宣部' }]);
  });

  it.each([
    ['由同级党委副职担任', '职工人数在500人以下的工会主席按同级党委副职配备，由同级党委副职担任，专职副主席按中层正职配备'],
    ['由党(工)委副书记兼任', '由党(工)委副书记兼任总工会主席，并根据工作需要配备专(兼)职工会干部'],
    ['由乡镇、园区工会联合会覆盖', '对暂不具备独立建立工会组织的，由乡镇、园区工会联合会覆盖。'],
    ['由于', '由于工作需要负责人调整'],
    ['负责 without 由', '区总工会成立改革领导小组，负责制定改革方案并组织实施。'],
    ['a phrase with 负责 as an adjective', '坚持领导干部负责任制'],
  ])('does not take %s for an owner', (_label, text) => {
    expect(extractOwners(text)).toEqual([]);
  });
});

describe('extractOwners output', () => {
  it('is valid under the schema and in order of appearance', () => {
    const owners = extractOwners('由市总各分管领导牵头。牵头领导：许明烽    责任部门：保障部');
    expect(owners.map((o) => o.role)).toEqual(['牵头', '牵头领导', '责任部门']);
    for (const o of owners) expect(() => ownerSchema.parse(o)).not.toThrow();
  });
});

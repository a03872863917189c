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
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { ISSUER_LEVELS, partialDateSchema, type RegionPart } from '../schema/circular';
import type { Metadata } from './metadata';
import { levelOfIssuer, placeOf } from './regions';

const entry = <T extends z.ZodType>(value: T) =>
  z.object({ value, note: z.string().min(1, 'every curated field needs a note saying where the value comes from') }).strict();

export const curationSchema = z
  .object({
    title: entry(z.string().min(1)),
    docNumber: entry(z.string().min(1)),
    issuer: entry(z.string().min(1)),
    issuerLevel: entry(z.enum(ISSUER_LEVELS)),
    /** place names from province down, e.g. [广东省, 韶关市, 始兴县] */
    region: entry(z.array(z.string().min(1)).min(1)),
    date: entry(partialDateSchema),
    docType: entry(z.string().min(1)),
    status: entry(z.string().min(1)),
    addressees: entry(z.array(z.string().min(1))),
    /** where the text was copied from */
    url: z.url(),
  })
  .partial()
  .strict();
export type Curation = z.infer<typeof curationSchema>;

/** Parse and check a sidecar; throws an Error whose message lists every problem. */
export function parseCuration(yamlText: string): Curation {
  let raw: unknown;
  try {
    raw = parse(yamlText) ?? {};
  } catch (e) {
    throw new Error(`sidecar is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const result = curationSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw new Error(`sidecar has ${problems.length} problem(s): ${problems.join('; ')}`);
  }
  const region = result.data.region;
  if (region) {
    const place = placeOf(region.value.join(''));
    if (!place) throw new Error(`sidecar region ${region.value.join(' › ')} is not a known administrative region`);
  }
  return result.data;
}

function regionFromNames(names: string[]): RegionPart[] {
  return placeOf(names.join(''))!.chain;
}

/** Apply curated values over extracted ones; a curated issuer also settles level and region when they are not curated themselves. */
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
  if (curation.region) [out.region, out.provenance.region] = [regionFromNames(curation.region.value), curated(curation.region.note)];
  if (curation.date) [out.date, out.provenance.date] = [curation.date.value, curated(curation.date.note)];
  if (curation.docType) [out.docType, out.provenance.docType] = [curation.docType.value, curated(curation.docType.note)];
  if (curation.status) [out.status, out.provenance.status] = [curation.status.value, curated(curation.status.note)];
  if (curation.addressees) [out.addressees, out.provenance.addressees] = [curation.addressees.value, curated(curation.addressees.note)];
  return out;
}

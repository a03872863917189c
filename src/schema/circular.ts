/**
 * The contract between the ingest pipeline and the site: the frontmatter of
 * every generated `content/circulars/<slug>.mdx`. The pipeline validates what it
 * writes against it, and `src/content.config.ts` validates what Astro reads.
 *
 * Uses `astro/zod` (zod 4, re-exported by Astro) so that Astro and plain Node
 * scripts share one zod instance.
 */
import { z } from 'astro/zod';
import { ISSUER_LEVELS } from '../shared/levels';
import { SOURCE_FORMATS } from './cleaning-report';

/** Joint issuers (联合发文) are kept in one `issuer` field, each name as printed, joined by this. */
export const JOINT_ISSUER_SEPARATOR = '、';

/** The names of the issuers of a circular, the lead issuer first. */
export function issuerNames(issuer: string | null): string[] {
  return issuer ? issuer.split(JOINT_ISSUER_SEPARATOR) : [];
}

export { ISSUER_LEVELS, type IssuerLevel } from '../shared/levels';

/** Where a field's value came from. */
export const PROVENANCE_KINDS = ['printed', 'curated', 'inferred', 'missing'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/** Fields whose origin every circular records. */
export const TRACKED_FIELDS = [
  'title',
  'docNumber',
  'issuer',
  'issuerLevel',
  'region',
  'date',
  'docType',
  'status',
  'addressees',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export const provenanceSchema = z
  .object({
    /** printed in the text, supplied by a curator, inferred from evidence, or absent */
    from: z.enum(PROVENANCE_KINDS),
    /** the words of the text the value rests on, or the curator's note */
    evidence: z.string().optional(),
  })
  .strict();
export type Provenance = z.infer<typeof provenanceSchema>;

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is printed. The message is what an editor of a sidecar is told. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date; write 2019-03-05, 2019-03 or 2019');

export const regionPartSchema = z
  .object({
    /** place name as in the national division list, e.g. 广元市 */
    name: z.string().min(1),
    /** national division code: 2 digits province, 4 city, 6 county/district */
    code: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/),
  })
  .strict();
export type RegionPart = z.infer<typeof regionPartSchema>;

export const targetSchema = z
  .object({
    /** the wording as printed, e.g. 提高到65%以上 */
    text: z.string().min(1),
    /** the quantity the target sets (the end value of a change) */
    value: z.number(),
    /** the starting value of a change, e.g. 50 in 从50%调增至60% */
    from: z.number().optional(),
    /** upper bound of a range, e.g. 2 in 1－2个 */
    max: z.number().optional(),
    /** how the value binds: at least, at most, about, exactly */
    op: z.enum(['>=', '<=', '~', '=']),
    /** unit as printed: %, 名, 人, 个, 次 … */
    unit: z.string(),
    /** period of a recurring target, e.g. 2年 in 每两年至少一次 */
    per: z.string().optional(),
  })
  .strict();
export type Target = z.infer<typeof targetSchema>;

export const deadlineSchema = z
  .object({
    /** the wording as printed, e.g. 2018年6月底前 */
    text: z.string().min(1),
    /** ISO date the wording resolves to, when it does */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();
export type Deadline = z.infer<typeof deadlineSchema>;

export const ownerSchema = z
  .object({
    /** the role as printed: 牵头领导, 责任部门, 牵头单位, 负责 … */
    role: z.string().min(1),
    /** the person or unit named */
    name: z.string().min(1),
  })
  .strict();
export type Owner = z.infer<typeof ownerSchema>;

export const measureSchema = z
  .object({
    /** anchor of the measure's block in the body (`m1`, `m2` …), stable for the same input */
    id: z.string().regex(/^m\d+$/),
    /** the measure's own short name: its numbered heading or its lead sentence */
    title: z.string().min(1),
    /** id of the section the measure sits in (an `s…` or `m…` anchor), or null at top level */
    section: z.string().nullable(),
    /** theme ids from src/data/themes.yaml */
    themes: z.array(z.string()),
    /** every quantity in the measure */
    targets: z.array(targetSchema),
    /** every dated commitment in the measure */
    deadlines: z.array(deadlineSchema),
    /** people and units named as responsible */
    owners: z.array(ownerSchema),
  })
  .strict();
export type Measure = z.infer<typeof measureSchema>;

export const sectionSchema = z
  .object({
    /** anchor of the heading's section in the body */
    id: z.string().regex(/^[sm]\d+$/),
    /** 1 for 一、, 2 for （一）, 3 for 1、, 4 for （1） */
    depth: z.number().int().min(1).max(4),
    /** the heading text as printed, numbering included */
    title: z.string().min(1),
  })
  .strict();
export type Section = z.infer<typeof sectionSchema>;

export const citationSchema = z
  .object({
    /** the title inside 《》, spaces removed */
    title: z.string().min(1),
    /** standard document number when printed next to the title */
    docNumber: z.string().optional(),
    /** slug of the circular in this corpus the title resolves to */
    slug: z.string().optional(),
    /** cites: referred to; drafts: to be (or was) drafted or revised; encloses: the document a notice issues */
    relation: z.enum(['cites', 'drafts', 'encloses']),
  })
  .strict();
export type Citation = z.infer<typeof citationSchema>;

export const circularSchema = z
  .object({
    /** title as printed (spaces between Chinese characters removed, status moved to `status`) */
    title: z.string().nullable(),
    /** document number in standard form, e.g. 广工发〔2017〕77号 */
    docNumber: z.string().nullable(),
    /** document number exactly as printed, e.g. 朝工发【2015】24号 */
    docNumberPrinted: z.string().nullable(),
    /** the body that issued the circular, e.g. 广元市总工会; joint issuers joined by 、 (issuerNames), lead issuer first */
    issuer: z.string().nullable(),
    /** level of the issuer */
    issuerLevel: z.enum(ISSUER_LEVELS).nullable(),
    /** administrative region from province down; empty when unknown */
    region: z.array(regionPartSchema),
    /** date of the circular (成文日期 or, failing that, the publication date printed with it) */
    date: partialDateSchema.nullable(),
    /** kind of document: 通知, 意见, 实施意见, 实施方案, 办法, 报告 … */
    docType: z.string().nullable(),
    /** drafting status when printed: 送审稿, 草案, 试行, 征求意见稿 … */
    status: z.string().nullable(),
    /** the bodies the circular is addressed to (主送), one entry per group */
    addressees: z.array(z.string()),
    /** the document a notice issues (关于印发《X》的通知 + X), when there is one */
    enclosed: z.object({ title: z.string(), docType: z.string().nullable() }).strict().nullable(),
    /** origin of each tracked field */
    provenance: z.object(
      Object.fromEntries(TRACKED_FIELDS.map((f) => [f, provenanceSchema])) as Record<TrackedField, typeof provenanceSchema>,
    ).strict(),
    /** one or two sentences from the start of the text, for listings and meta descriptions */
    summary: z.string(),
    /** the headings of the text, in order, for the table of contents */
    sections: z.array(sectionSchema),
    /** the measures (措施) of the circular */
    measures: z.array(measureSchema),
    /** documents referred to in 《》 */
    cites: z.array(citationSchema),
    /** the raw file the circular was ingested from */
    source: z
      .object({
        /** file name inside seeds/ */
        file: z.string(),
        /** sha256 of the raw bytes, hex */
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        /** the format the file was read as: text, markdown, html, docx, pdf */
        format: z.enum(SOURCE_FORMATS),
        /** encoding the bytes were decoded from (for html, with a note when the page's declaration was wrong; docx/pdf: the container) */
        encoding: z.string(),
        /** address the text was copied from, when known (curated) */
        url: z.url().optional(),
        /**
         * Facts of the web page the circular was saved from: its heading or <title> and its own publish
         * date (发布时间). Page facts, never the circular's title or 成文日期.
         */
        page: z
          .object({ title: z.string().min(1).optional(), date: partialDateSchema.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    /** what the cleaner changed: counts; the full list is in content/circulars/<slug>.report.json */
    cleaning: z.object({ dropped: z.number().int().min(0), joined: z.number().int().min(0) }).strict(),
  })
  .strict();
export type CircularData = z.infer<typeof circularSchema>;

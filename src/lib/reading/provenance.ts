/**
 * How the site says where a field's value came from. A printed value is shown
 * plainly; a curated, inferred or missing one carries a short tag and a note
 * (shown on hover and on keyboard focus) with the evidence.
 */
import type { Provenance, ProvenanceKind, TrackedField } from '../../schema/circular';

export const FIELD_LABELS: Record<TrackedField, string> = {
  title: '标题',
  docNumber: '发文字号',
  issuer: '发文机关',
  issuerLevel: '级别',
  region: '地区',
  date: '成文日期',
  docType: '文种',
  status: '状态',
  addressees: '主送机关',
};

/** Tag (a few characters, always visible) and the note's lead-in, by origin. */
const PROVENANCE_LABELS: Record<ProvenanceKind, { tag: string; lead: string }> = {
  printed: { tag: '', lead: '原文所印' },
  curated: { tag: '编者补', lead: '编者补充，非原文所印' },
  inferred: { tag: '推断', lead: '据原文推断' },
  missing: { tag: '未载', lead: '原文未载此项' },
};

export interface ProvenanceNote {
  kind: Exclude<ProvenanceKind, 'printed'>;
  tag: string;
  /** the full note: lead-in, then the evidence when there is some */
  text: string;
}

/** The note for a field, or null when the value was printed (nothing to flag). */
export function provenanceNote(provenance: Provenance | undefined): ProvenanceNote | null {
  if (!provenance || provenance.from === 'printed') return null;
  const { tag, lead } = PROVENANCE_LABELS[provenance.from];
  const evidence = provenance.evidence?.trim();
  return { kind: provenance.from, tag, text: evidence ? `${lead}。依据：${evidence}` : `${lead}。` };
}

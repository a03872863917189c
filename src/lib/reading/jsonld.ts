/**
 * The schema.org Legislation object of a circular page (JSON-LD), and its safe
 * serialisation inside <script type="application/ld+json">.
 */
import { issuerNames, type CircularData } from '../../schema/circular';

/** `url`: the page's full address, when the site's public address is configured. */
export function legislationJsonLd(data: CircularData, title: string, url: string | null): Record<string, unknown> {
  const jurisdiction = data.region.length > 0 ? data.region.map((r) => r.name).join('') : data.issuerLevel === 'national' ? '中华人民共和国' : undefined;
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: title,
    url: url ?? undefined,
    inLanguage: 'zh-CN',
    legislationIdentifier: data.docNumber ?? undefined,
    legislationDate: data.date ?? undefined,
    legislationPassedBy: passedBy(issuerNames(data.issuer)),
    legislationType: data.docType ?? undefined,
    legislationJurisdiction: jurisdiction,
    abstract: data.summary || undefined,
  };
  return Object.fromEntries(Object.entries(ld).filter(([, v]) => v !== undefined));
}

/** JSON for an inline script: `<` escaped so that no `</script>` in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** One Organization, or one per issuer of a joint circular. */
function passedBy(names: string[]) {
  const orgs = names.map((name) => ({ '@type': 'Organization', name }));
  return orgs.length > 1 ? orgs : orgs[0];
}

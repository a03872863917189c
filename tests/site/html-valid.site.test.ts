/**
 * Gate: every page in dist/ is valid HTML per html-validate, configured in
 * .htmlvalidate.mjs (found by html-validate's own lookup from each file), and
 * nothing stands after </body>: html-validate and parse5 both accept an element
 * after </html> (the parser moves it into the body), the W3C validator does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST_DIR, listHtmlFiles } from '../support/dist';
import { expectNoOffenders } from '../support/offenders';

test('every HTML page in dist/ is valid', async () => {
  const files = listHtmlFiles();
  expect(files.length, 'dist/ has no HTML pages').toBeGreaterThan(0);

  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const offenders: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(DIST_DIR, file), 'utf8');
    const end = html.lastIndexOf('</body>');
    if (end < 0 || !/^<\/body>\s*<\/html>\s*$/.test(html.slice(end))) {
      offenders.push(`dist/${file}: content after </body>: ${JSON.stringify(html.slice(end < 0 ? -80 : end).slice(0, 120))}`);
    }
    const report = await validator.validateFile(join(DIST_DIR, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        offenders.push(`dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  expectNoOffenders(offenders, `HTML problems in ${files.length} pages`);
});

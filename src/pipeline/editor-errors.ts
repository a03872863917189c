/**
 * What the YAML parser and zod say about a hand-written file, in words its editor
 * can act on: the field, what was found there and what to write instead. zod's own
 * messages ("Unrecognized key(s) in object", "Invalid") name neither; yaml's end in a
 * code frame spread over several lines, and the ingest gives every file one line.
 *
 * Generic over the schema: the words come from the issue's code, the value found in
 * the input at the issue's path, and the schema there (the fields an object may
 * have). A message the schema sets itself (a regex's, a refinement's) says what is
 * expected, and takes the place of the generic words: partialDateSchema's says how
 * to write a date.
 */
import { z } from 'astro/zod';
import type { YAMLParseError } from 'yaml';

type Issue = z.core.$ZodIssue;
type Key = string | number;

/** An issue's path as the input's keys (zod allows symbols; YAML has none). */
const pathOf = (issue: Issue): Key[] => issue.path.filter((k): k is Key => typeof k !== 'symbol');

/** The schema found at a path inside `schema`, through optional, default and effects wrappers. */
function schemaAt(schema: z.ZodType, path: (string | number)[]): z.ZodType | undefined {
  let at: z.ZodType | undefined = schema;
  for (const key of path) {
    const s = unwrap(at);
    at = s instanceof z.ZodObject && typeof key === 'string' ? s.shape[key] : s instanceof z.ZodArray && typeof key === 'number' ? s.element : undefined;
    if (!at) return undefined;
  }
  return at;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  const def = s?._def as { innerType?: z.ZodType; schema?: z.ZodType; in?: z.ZodType } | undefined;
  const inner = def?.innerType ?? def?.schema ?? def?.in;
  return inner ? unwrap(inner) : s;
}

function fieldsOf(schema: z.ZodType | undefined): string[] {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let at = input;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/**
 * A field as its editor knows it: `date`, not `date.value` (a curated entry's `value` is the field itself),
 * `region item 2` for a list's second entry.
 */
function label(path: (string | number)[]): string {
  return path
    .filter((k) => k !== 'value')
    .map((k, i) => (typeof k === 'number' ? ` item ${k + 1}` : i > 0 ? `.${k}` : k))
    .join('');
}

const MAX_QUOTED = 40;

/** A value as found: text quoted, a number as written, otherwise what kind of thing it is. */
function found(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `the fields ${Object.keys(value).join(', ')}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list, e.g. [甲, 乙]',
};

function expected(issue: { expected: string; path: Key[] }, schema: z.ZodType | undefined): string {
  if (issue.expected === 'object') return `the fields ${fieldsOf(schema).join(', ')}${issue.path.length > 0 ? ' beneath it' : ''}`;
  return TYPE_WORDS[issue.expected] ?? issue.expected;
}

/** The issue's message when the schema set it (not zod's default): the schema's own words for what is expected. */
function ownMessage(issue: Issue, input: unknown): string | null {
  // zod's default words need the value (issues leave it out unless asked): found again in the input.
  type Raw = Parameters<NonNullable<ReturnType<typeof z.config>['localeError']>>[0];
  const made = z.config().localeError?.({ ...issue, input } as unknown as Raw);
  const fallback = typeof made === 'string' ? made : made?.message;
  return issue.message && issue.message !== fallback ? issue.message : null;
}

/** One issue in editor words, without the field: `"2019/3/5" is not a date; write 2019-03-05, 2019-03 or 2019`. */
function words(issue: Issue, input: unknown, schema: z.ZodType, whole: string): string {
  const path = pathOf(issue);
  const value = valueAt(input, path);
  const own = ownMessage(issue, value);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const owner = label(path) || whole;
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; the fields ${owner} may set are: ${fieldsOf(schemaAt(schema, path)).join(', ')}`;
    }
    case 'invalid_type': {
      const want = own ?? `expected ${expected({ expected: issue.expected, path }, schemaAt(schema, path))}`;
      return value === undefined ? `missing; ${want}` : `found ${found(value)}; ${want}`;
    }
    case 'invalid_value':
      return `${found(value)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format': {
      const kind = issue.format === 'url' ? 'a full web address, starting https://' : `in the expected form (${issue.format})`;
      return `${found(value)} is not ${own ?? kind}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `empty${own ? `; ${own}` : ''}`;
      if (issue.origin === 'array') return `${value === undefined || (Array.isArray(value) && value.length === 0) ? 'an empty list' : 'too short a list'}; ${own ?? `give at least ${issue.minimum}`}`;
      return own ?? issue.message;
    default:
      // custom (a refinement's own words) and codes a hand-written file hardly meets
      return issue.message;
  }
}

/**
 * Each issue on one line: `field: what was found; what to write` (no field for the file as a whole). `whole`
 * names the file's kind for unknown fields at its top: `the fields a sidecar may set are: …`.
 */
export function describeIssues(issues: readonly Issue[], input: unknown, schema: z.ZodType, whole: string): string[] {
  return issues.map((issue) => {
    const field = label(pathOf(issue));
    const text = words(issue, input, schema, whole);
    return field ? `${field}: ${text}` : text;
  });
}

/**
 * A YAML syntax error as `line 3, column 11: <yaml's reason> — > 3 | issuer: [a`: yaml's message without its
 * trailing position and code frame, and the offending line quoted on the same line. An error at the end of the
 * text (an unclosed bracket) is placed at the end of the last line written.
 */
export function describeYamlError(error: YAMLParseError, text: string): string {
  const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  const pos = error.linePos?.[0];
  if (!pos) return reason;
  const lines = text.split(/\r?\n/);
  let line = pos.line;
  let col = pos.col;
  while (line > 1 && !lines[line - 1]?.trim()) {
    line -= 1;
    col = (lines[line - 1]?.trimEnd().length ?? 0) + 1;
  }
  return `line ${line}, column ${col}: ${reason} — > ${line} | ${lines[line - 1]?.trimEnd() ?? ''}`;
}

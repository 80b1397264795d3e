/**
 * A content folder in which every string field of every entry of the fixture set holds a
 * hostile string: quotes, `</script>`, `]]>`, markup with an event attribute, a newline,
 * Unicode bidirectional controls, a very long word, and a leading `=`, `+`, `-`, `@`, tab or
 * carriage return (in turn, field by field). A field whose schema refuses the most hostile
 * string gets the next one, down to a short one; every refusal is recorded with its message,
 * so the test can show that what the schema refuses it refuses with words a contributor reads.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as readYaml, stringify } from 'yaml';
import { readContentFiles, toContentFile, type ContentFile } from '../../src/checks/content-files.ts';
import { collectionJsonSchema } from '../../src/exports/json-schema.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';

/** Marks every injected element, so a test can look for it in any output. */
export const INJECTED = 'data-owe-injected';
/** Leading characters that start a spreadsheet formula (and two that some spreadsheets skip first). */
export const LEADS = ['=', '+', '-', '@', '\t', '\r'] as const;
const LONG_WORD = `Supercalifragilistic${'x'.repeat(180)}`;
const BIDI = '\u202Eevil\u202C \u2066isolate\u2069';

/** The candidates for field number `n`, most hostile first. */
function hostileCandidates(n: number): string[] {
  const lead = LEADS[n % LEADS.length]!;
  // The field's number keeps values apart where they must be unique (terms and aliases).
  return [
    `${lead}cmd|' /C calc'!A0 "dq" 'sq' </script><script>alert(${n})</script><i ${INJECTED}="${n}" onmouseover="alert(1)">i</i> ]]> &amp; ${BIDI}\nsecond line ${LONG_WORD}`,
    // Without bidirectional controls, which every file refuses.
    `${lead}${n} "dq" </script><i ${INJECTED}="${n}" onmouseover="alert(1)">i</i> ]]>`,
    // Without < > { }, which plain-text fields refuse.
    `${lead}${n} SUM(1,2) "dq" 'sq' ]] &amp; &lt;i&gt; \\ \u200f\nsecond line ${LONG_WORD}`,
    `${lead}${n} SUM(1,2) "dq" 'sq' ]] &amp; \\ ${LONG_WORD}`,
    `${lead}${n} SUM(1) "dq" 'sq' ]] &amp; \\`,
    `${lead}${n} "q" &amp;`,
  ];
}

export interface HostileField {
  collection: CollectionName;
  file: string;
  /** Dotted path of the field, e.g. `openness.weights.note`. */
  field: string;
  /** The hostile string the schema accepted, or undefined when it refused all of them. */
  value?: string;
  /** What the schema said of each refused candidate. */
  refusals: string[];
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Every path to a string leaf of `data`. */
function stringPaths(data: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return [path];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function setAt(data: Json, path: (string | number)[], value: string): void {
  let node = data as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
}

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  additionalProperties?: SchemaNode | boolean;
}

/**
 * Every free-text field of a collection, from its JSON Schema (generated from the zod schema):
 * strings with no enum, pattern or format, as `a.b[].c` (ids, dates and URLs have a pattern or
 * format). What the hostile set must cover.
 */
export function freeTextFields(collection: CollectionName): string[] {
  const out = new Set<string>();
  const walk = (s: SchemaNode | undefined, path: string) => {
    if (!s || typeof s !== 'object') return;
    for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt, path);
    if (s.type === 'string' && !s.enum && !s.pattern && !s.format && s.const === undefined) out.add(path);
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, path ? `${path}.${k}` : k);
    if (s.items) walk(s.items, `${path}[]`);
  };
  const schema = collectionJsonSchema(collection, 'input') as SchemaNode;
  walk(schema.items ?? schema, '');
  return [...out];
}

/** A field path as `a.b[].c`, indices dropped. */
export const fieldPattern = (field: string) => field.replace(/\.\d+(?=\.|$)/g, '[]');

/**
 * `data` with the field at `segments` (`a`, `b[]`, `c`) set to `value` where it is missing:
 * missing arrays get one item, a missing object is copied from an object beside it (so it has
 * the other fields it needs), a source id becomes `{ source: id }`. Undefined when impossible.
 */
function withField(data: Json, segments: string[], value: string): Json | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const [head, ...rest] = segments as [string, ...string[]];
  const isArray = head.endsWith('[]');
  const key = isArray ? head.slice(0, -2) : head;
  const copy: Record<string, Json> = { ...data };
  const child = copy[key];
  if (isArray) {
    let items = Array.isArray(child) ? [...child] : [];
    if (rest.length === 0) items = items.length > 0 ? items : [value];
    else {
      if (items.length === 0) items = [{}];
      items = items.map((item) => withField(typeof item === 'string' ? { source: item } : item, rest, value) ?? item);
    }
    copy[key] = items;
    return copy;
  }
  if (rest.length === 0) {
    if (child === undefined) copy[key] = value;
    return copy;
  }
  let next: Json | undefined = child;
  if (next === undefined) {
    const sibling = Object.values(data).find((v) => v && typeof v === 'object' && !Array.isArray(v));
    next = sibling ? structuredClone(sibling) : {};
  } else if (typeof next === 'string') next = { source: next };
  const filled = withField(next, rest, value);
  if (!filled) return undefined;
  copy[key] = filled;
  return copy;
}

/** The text of an entry file with the given frontmatter. */
function fileText(file: ContentFile, data: Json): string {
  const yaml = stringify(data, { lineWidth: 0 });
  return file.path.endsWith('.yaml') ? yaml : `---\n${yaml}---\n${file.body}`;
}

/** A paragraph of hostile text for every body: Markdown escapes keep it text. */
const HOSTILE_BODY = `\n\nHostile text: "dq" 'sq' \\</script\\> \\<i ${INJECTED}="body" onmouseover="alert(1)"\\>i\\</i\\> ]]> &amp;amp; ${LONG_WORD}\n`;

/**
 * Writes the hostile content folder (a copy of `fixtures` and `extra`) and returns it with every field
 * that was tried. Fields are tried one at a time against the schema, with the rest of the
 * folder as it is, so a refusal is the field's own.
 */
export function writeHostileContent(
  fixtures: string,
  extra = 'tests/fixtures/hostile-output',
): { content: string; fields: HostileField[] } {
  const root = mkdtempSync(join(tmpdir(), 'owe-hostile-output-'));
  const content = join(root, 'content');
  cpSync(fixtures, content, { recursive: true });
  // Entries that carry the fields the fixture set cannot (a withheld size, a source with no URL).
  cpSync(extra, content, { recursive: true });
  const files = readContentFiles(content);
  const valid = validateFiles(files);
  if (valid.problems.length > 0)
    throw new Error(`the fixtures do not validate:\n${valid.problems.map(formatProblem).join('\n')}`);
  const fields: HostileField[] = [];
  let n = 0;
  const current = new Map(files.map((f) => [f.path, f]));
  for (const entry of valid.entries) {
    const file = entry.file;
    // Start from what the file says, not from the schema's output with its defaults, and add
    // every free-text field the schema has that the file leaves out, where the schema takes it.
    let raw = rawData(file);
    const others = () => [...current.values()].filter((f) => f.path !== file.path);
    const accepts = (data: Json) =>
      validateFiles([...others(), toContentFile(file.collection, file.path, fileText(file, data))]).problems.every(
        (p) => p.file !== file.path,
      );
    for (let pass = 0; pass < 2; pass++)
      for (const field of freeTextFields(file.collection)) {
        const trial = withField(raw, field.split('.'), `Filled ${field}`);
        if (trial && accepts(trial)) raw = trial;
      }
    for (const path of stringPaths(raw)) {
      const candidates = hostileCandidates(n++);
      const refusals: string[] = [];
      let accepted: string | undefined;
      for (const candidate of candidates) {
        const trial = structuredClone(raw);
        setAt(trial, path, candidate);
        const text = fileText(file, trial);
        const trialFile = toContentFile(file.collection, file.path, text);
        const problems = validateFiles([...others(), trialFile]).problems.filter((p) => p.file === file.path);
        if (problems.length === 0) {
          accepted = candidate;
          setAt(raw, path, candidate);
          break;
        }
        refusals.push(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      }
      fields.push({ collection: file.collection, file: file.path, field: path.join('.'), value: accepted, refusals });
    }
    const body = file.path.endsWith('.mdx') ? `${file.body.trimEnd()}\n${HOSTILE_BODY}` : '';
    const text = fileText({ ...file, body }, raw);
    writeFileSync(resolve(file.path), text);
    current.set(file.path, toContentFile(file.collection, file.path, text));
  }
  return { content, fields };
}

function rawData(file: ContentFile): Json {
  return JSON.parse(JSON.stringify((readYaml(file.yaml) ?? {}) as Json)) as Json;
}

/**
 * Checks content files against the collection schemas and against each other, and reports
 * every problem at once as `file:line field: what is wrong (what would fix it)`.
 * Used by the build (which refuses to continue on any problem), by `npm run validate`,
 * and by the unit tests.
 */
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_SPECS, COLLECTIONS, SINGULAR, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN, idRef } from '../schemas/shared.ts';
import type { ContentFile } from './content-files.ts';
import { completenessGaps } from './completeness.ts';

export interface Problem {
  /** Path of the file, relative to the repository root. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Dotted path of the field, or '' for the file as a whole. */
  field: string;
  message: string;
}

export interface ValidatedEntry {
  file: ContentFile;
  data: Record<string, unknown>;
}

export interface ValidationResult {
  problems: Problem[];
  entries: ValidatedEntry[];
  /** Values without the document that states them (src/lib/completeness.ts), at their lines. */
  gaps: Problem[];
}

/** One problem as a line of text. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/** All problems as a report, or '' when there are none. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const n = problems.length;
  return `${n} content problem${n === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
}

/** Finds the 1-based line of `path` in a YAML document (the key's line where it exists, else the nearest parent's). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], baseLine: number): number {
  let node: unknown = doc.contents;
  let line = baseLine;
  for (const segment of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number, number] }).range;
      if (keyRange) line = baseLine + counter.linePos(keyRange[0]).line - 1;
      next = pair.value;
    } else if (typeof segment === 'number') {
      next = items[segment];
      const range = (next as { range?: [number, number, number] } | undefined)?.range;
      if (range) line = baseLine + counter.linePos(range[0]).line - 1;
    } else break;
    node = next;
  }
  return line;
}

/** Rewrites zod's wording into the words a contributor needs. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      message: `unknown field "${key}": remove it or fix its spelling (fields are listed in CONTRIBUTING.md)`,
    }));
  }
  let value: unknown = data;
  for (const segment of path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[segment];
  if (
    value === undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')
  ) {
    const expected = issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`;
    return [{ path, message: `required field is missing${expected}` }];
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    return [{ path, message: `expected ${issue.expected}, got ${JSON.stringify(value)}` }];
  }
  return [{ path, message: issue.message }];
}

/** Ids of every entry, by collection. */
function knownIds(files: readonly ContentFile[]): Record<CollectionName, Set<string>> {
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const f of files) ids[f.collection].add(f.id);
  return ids;
}

/** Validates the frontmatter (or YAML) of every file against its collection's schema, references included. */
export function validateFiles(files: readonly ContentFile[]): ValidationResult {
  const problems: Problem[] = [];
  const gaps: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  const ids = knownIds(files);
  const ref = idRef(ids);
  const schemas = Object.fromEntries(COLLECTIONS.map((c) => [c, COLLECTION_SPECS[c].schema(ref)])) as Record<
    CollectionName,
    z.ZodType
  >;

  for (const file of files) {
    const spec = COLLECTION_SPECS[file.collection];
    const report = (line: number, field: string, message: string) =>
      problems.push({ file: file.path, line, field, message });
    const ext = file.path.split('.').pop();
    if (ext !== spec.ext) {
      report(
        1,
        '',
        `a ${SINGULAR[file.collection]} file must end in .${spec.ext}: rename it to ${file.id}.${spec.ext}`,
      );
      continue;
    }
    if (!ID_PATTERN.test(file.id)) {
      report(
        1,
        '',
        `"${file.id}" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL)`,
      );
    }
    if (spec.ext === 'mdx' && file.yaml === '' && !file.body.startsWith('---')) {
      // An MDX entry without frontmatter has none of its required fields.
      report(1, '', 'no frontmatter: start the file with a --- block of fields (see CONTRIBUTING.md)');
      continue;
    }
    const counter = new LineCounter();
    const doc = parseDocument(file.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const err of doc.errors) {
        const line = file.yamlLine + (err.linePos?.[0]?.line ?? 1) - 1;
        report(line, '', `YAML syntax error: ${err.message.split('\n')[0]} (check indentation, colons and quotes)`);
      }
      continue;
    }
    // js-yaml (which Astro uses) reads unquoted dates as Dates; keep that, so the schema sees what Astro sees.
    const data = doc.toJS({ maxAliasCount: 0 }) ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      report(file.yamlLine, '', 'the frontmatter must be a list of "field: value" lines');
      continue;
    }
    const result = schemas[file.collection].safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const { path, message } of describeIssue(issue, data)) {
          report(lineOf(doc, counter, path, file.yamlLine), path.map(String).join('.'), message);
        }
      }
      continue;
    }
    const parsed = result.data as Record<string, unknown>;
    for (const gap of completenessGaps(file.collection, parsed))
      gaps.push({
        file: file.path,
        line: lineOf(doc, counter, gap.path, file.yamlLine),
        field: gap.path.map(String).join('.'),
        message: gap.message,
      });
    entries.push({ file, data: parsed });
  }
  return { problems, entries, gaps };
}

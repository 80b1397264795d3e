/**
 * Checks content files against the collection schemas and against each other, and reports
 * every problem at once as `file:line field: what is wrong (what would fix it)`.
 * Used by the build (which refuses to continue on any problem), by `npm run validate`,
 * and by the unit tests.
 */
import { isMap, type Document, type LineCounter } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_SPECS, COLLECTIONS, SINGULAR, type CollectionName } from '../schemas/index.ts';
import { idRef } from '../schemas/shared.ts';
import type { ContentFile } from './content-files.ts';
import { completenessGaps } from '../domain/completeness.ts';
import { fileNameProblems } from './file-checks.ts';
import { parseYaml } from './frontmatter.ts';

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
  /** Values without the document that states them (src/domain/completeness.ts), at their lines. */
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

/** Checks one file; returns its entry when it is valid, after reporting every problem. */
function validateFile(
  file: ContentFile,
  schema: z.ZodType,
  report: (line: number, field: string, message: string) => void,
  gaps: Problem[],
): ValidatedEntry | undefined {
  if (file.unreadable) {
    for (const p of file.refused ?? []) report(p.line, p.field, p.message);
    return undefined;
  }
  const name = file.path.split('/').pop() ?? file.path;
  const nameProblems = fileNameProblems(file.collection, name);
  for (const p of nameProblems) report(p.line, p.field, p.message);
  // A wrong extension means the file is not this collection's kind; its content is not read.
  if (nameProblems.some((p) => p.message.includes('must end in'))) return undefined;
  if (file.refused) {
    for (const p of file.refused) report(p.line, p.field, p.message);
    return undefined;
  }
  if (COLLECTION_SPECS[file.collection].ext === 'mdx' && file.body.trim() === '')
    report(
      file.bodyLine - 1,
      '',
      `frontmatter only, no text: write the ${SINGULAR[file.collection]}'s text below the closing ---`,
    );
  const parsed = parseYaml(file.yaml, file.yamlLine);
  if (!parsed.ok) {
    for (const p of parsed.problems) report(p.line, p.field, p.message);
    return undefined;
  }
  const { doc, counter } = parsed;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(file.yamlLine, '', 'the frontmatter must be a list of "field: value" lines');
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path, message } of describeIssue(issue, data)) {
        report(lineOf(doc, counter, path, file.yamlLine), path.map(String).join('.'), message);
      }
    }
    return undefined;
  }
  const parsedData = result.data as Record<string, unknown>;
  for (const gap of completenessGaps(file.collection, parsedData))
    gaps.push({
      file: file.path,
      line: lineOf(doc, counter, gap.path, file.yamlLine),
      field: gap.path.map(String).join('.'),
      message: gap.message,
    });
  return { file, data: parsedData };
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
    const report = (line: number, field: string, message: string) =>
      problems.push({ file: file.path, line, field, message });
    try {
      const entry = validateFile(file, schemas[file.collection], report, gaps);
      if (entry) entries.push(entry);
    } catch (error) {
      // A safety net: no file may stop the check of the others, or print a stack trace.
      report(1, '', `this file could not be checked (${(error as Error).message.split('\n')[0]}): please report it`);
    }
  }
  return { problems, entries, gaps };
}

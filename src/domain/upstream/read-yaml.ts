/** One upstream YAML file parsed, its syntax errors reported with file and line, and the text helper both readers share. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { UpstreamProblem } from './types.ts';

export function parseUpstreamYaml(
  file: string,
  source: string,
  problems: UpstreamProblem[],
  uniqueKeys = true,
): { doc: Document; lines: LineCounter } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys, prettyErrors: true });
  if (doc.errors.length === 0) return { doc, lines };
  for (const e of doc.errors)
    problems.push({ file, line: e.linePos?.[0]?.line, field: '', message: `YAML error: ${e.message.split('\n')[0]}` });
  return undefined;
}

/** A scalar as trimmed text, or undefined when empty. */
export function upstreamText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/**
 * data/upstream/mapping.yaml: which of our models each upstream entry assesses. Kept as data and
 * checked like content: an id that names no model, or an upstream file that is not in the
 * snapshot, is a problem at its line. Upstream entries with open weights that map to nothing
 * are the coverage gaps the edition work reads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../../checks/validate.ts';
import { UPSTREAM_NAMES, upstreamDir, type Snapshots, type UpstreamName } from './snapshot.ts';

export type UpstreamMapping = Record<UpstreamName, Map<string, string>> & {
  /** Editors' notes on kept disagreements, by "<model id>.<component>". */
  notes: Map<string, string>;
  /** Editors' explanations of cross-check mismatches, by "<model id>.<field>.<index>". */
  checks: Map<string, string>;
};

/** Reads and checks the mapping against the model ids and the snapshots' files. */
export function readMapping(
  modelIds: ReadonlySet<string>,
  snapshots: Snapshots,
  dir = upstreamDir(),
): { mapping: UpstreamMapping; problems: Problem[] } {
  const mapping: UpstreamMapping = { osai: new Map(), mot: new Map(), notes: new Map(), checks: new Map() };
  const problems: Problem[] = [];
  const path = join(dir, 'mapping.yaml');
  if (!existsSync(path)) return { mapping, problems };
  const file = relative(process.cwd(), path);
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  for (const e of doc.errors)
    problems.push({
      file,
      line: e.linePos?.[0]?.line ?? 1,
      field: '',
      message: `YAML error: ${e.message.split('\n')[0]}`,
    });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { mapping, problems };
  for (const section of doc.contents.items) {
    const name = String((section.key as { value?: unknown }).value) as UpstreamName;
    const sectionLine = lines.linePos((section.key as unknown as { range: [number] }).range[0]).line;
    if ((name as string) === 'notes' || (name as string) === 'checks') {
      const target = (name as string) === 'notes' ? mapping.notes : mapping.checks;
      if (!isMap(section.value)) continue;
      for (const pair of section.value.items) {
        const key = String((pair.key as { value?: unknown }).value);
        const line = lines.linePos((pair.key as unknown as { range: [number] }).range[0]).line;
        const [id] = key.split('.');
        // "*" in notes: a note for every model, on a systematic difference.
        if (!modelIds.has(id ?? '') && !(id === '*' && target === mapping.notes)) {
          problems.push({
            file,
            line,
            field: `${name}.${key}`,
            message: `unknown model id "${id}": write "<model id>.${target === mapping.notes ? '<component>' : '<field>.<index>'}"`,
          });
          continue;
        }
        target.set(key, String((pair.value as { value?: unknown } | null)?.value ?? ''));
      }
      continue;
    }
    if (!(UPSTREAM_NAMES as readonly string[]).includes(name)) {
      problems.push({
        file,
        line: sectionLine,
        field: name,
        message: `unknown index "${name}": expected ${UPSTREAM_NAMES.join(' or ')}`,
      });
      continue;
    }
    const files = new Set((snapshots[name]?.models ?? []).map((m) => m.file));
    if (!isMap(section.value)) continue;
    for (const pair of section.value.items) {
      const upstream = String((pair.key as { value?: unknown }).value);
      const id = String((pair.value as { value?: unknown } | null)?.value ?? '');
      const line = lines.linePos((pair.key as unknown as { range: [number] }).range[0]).line;
      if (snapshots[name] && !files.has(upstream)) {
        problems.push({
          file,
          line,
          field: `${name}.${upstream}`,
          message: `"${upstream}" is not in the ${name} snapshot: fix the file name, or remove the line`,
        });
        continue;
      }
      if (!modelIds.has(id)) {
        problems.push({
          file,
          line,
          field: `${name}.${upstream}`,
          message: `unknown model id "${id}": there is no file content/models/${id}.mdx (fix the id, or remove the line)`,
        });
        continue;
      }
      mapping[name].set(upstream, id);
    }
  }
  return { mapping, problems };
}

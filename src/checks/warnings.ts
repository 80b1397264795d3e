/**
 * Things `npm run validate` points out without failing: sources that no page cites (in its
 * body or in a field such as a clause's or an openness component's `source`), and
 * placeholders that `npm run new` left for the contributor to replace.
 */
import { CITATION_NEEDED, findCitations } from '../domain/citations.ts';
import type { ContentFile } from './content-files.ts';
import { refPaths, valuesAt } from './schema-fields.ts';
import type { Problem, ValidatedEntry } from './validate.ts';
import { TODO } from './scaffold.ts';

/** Every source id cited anywhere: body markers and frontmatter fields that reference sources. */
function citedSources(entries: readonly ValidatedEntry[]): Set<string> {
  const cited = new Set<string>();
  const paths = new Map<string, string[]>();
  for (const { file, data } of entries) {
    for (const mark of findCitations(file.body)) if (mark.id !== CITATION_NEEDED) cited.add(mark.id);
    let fields = paths.get(file.collection);
    if (!fields) paths.set(file.collection, (fields = refPaths(file.collection, 'sources')));
    for (const path of fields) for (const id of valuesAt(data, path)) cited.add(id);
  }
  return cited;
}

/** One warning per source entry that nothing cites: it is listed in the bibliography but supports no page. */
export function uncitedSourceWarnings(entries: readonly ValidatedEntry[]): Problem[] {
  const cited = citedSources(entries);
  return entries
    .filter((e) => e.file.collection === 'sources' && !cited.has(e.file.id))
    .map((e) => ({
      file: e.file.path,
      line: 1,
      field: '',
      message: `no page cites source "${e.file.id}": cite it where it supports a claim ([^${e.file.id}]), or delete the file`,
    }));
}

const TODO_MARK = new RegExp(`#\\s*${TODO}\\b`);
const FIELD = /^\s*([A-Za-z][\w]*)\s*:/;

/** One warning per placeholder from `npm run new` still in a file: a `# TODO` value, or the TODO body text. */
export function placeholderWarnings(files: readonly ContentFile[]): Problem[] {
  const warnings: Problem[] = [];
  for (const file of files) {
    file.yaml.split('\n').forEach((line, i) => {
      if (/^\s*#/.test(line) || !TODO_MARK.test(line)) return;
      warnings.push({
        file: file.path,
        line: file.yamlLine + i,
        field: FIELD.exec(line)?.[1] ?? '',
        message: `placeholder from npm run new: replace the value with a sourced one, then delete "# ${TODO}"`,
      });
    });
    file.body.split('\n').forEach((line, i) => {
      if (line.startsWith(`${TODO}:`))
        warnings.push({
          file: file.path,
          line: file.bodyLine + i,
          field: 'body',
          message: 'placeholder text from npm run new: write the entry',
        });
    });
  }
  return warnings;
}

/** All warnings, sorted by file and line. */
export function contentWarnings(files: readonly ContentFile[], entries: readonly ValidatedEntry[]): Problem[] {
  return [...uncitedSourceWarnings(entries), ...placeholderWarnings(files)].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** Warnings as a report, or '' when there are none. */
export function formatWarnings(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  const n = warnings.length;
  return `${n} warning${n === 1 ? '' : 's'} (shown, not failures):\n${warnings.map((w) => `  ${w.file}:${w.line}${w.field ? ` ${w.field}` : ''}: ${w.message}`).join('\n')}`;
}

/**
 * Rules that look across entries, after each entry passed its schema: cited sources exist,
 * names and aliases are unique, dates agree with each other.
 */
import { CITATION_NEEDED, findCitations, lineAt } from '../domain/citations.ts';
import type { Problem, ValidatedEntry } from './validate.ts';

/** Ids of every source entry among the validated entries. */
function sourceIds(entries: readonly ValidatedEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.file.collection === 'sources').map((e) => e.file.id));
}

/** Every `[^id]` in a body must name a source entry (or be `[^citation-needed]`). */
function citationProblems(entries: readonly ValidatedEntry[], known = sourceIds(entries)): Problem[] {
  const problems: Problem[] = [];
  for (const { file } of entries) {
    for (const mark of findCitations(file.body)) {
      if (mark.id === CITATION_NEEDED || known.has(mark.id)) continue;
      problems.push({
        file: file.path,
        line: file.bodyLine + lineAt(file.body, mark.index) - 1,
        field: 'body',
        message: `unknown source id "[^${mark.id}]": add content/sources/${mark.id}.yaml, fix the id, or write [^${CITATION_NEEDED}]`,
      });
    }
  }
  return problems;
}

/** The same glossary term or alias may not name two terms (mentions could not know which to link). */
function uniquenessProblems(entries: readonly ValidatedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  for (const { file, data } of entries) {
    if (file.collection !== 'glossary') continue;
    for (const name of [data.term as string, ...((data.aliases as string[]) ?? [])]) {
      const key = name.toLowerCase();
      const other = names.get(key);
      if (other && other !== file.path) {
        problems.push({
          file: file.path,
          line: file.yamlLine,
          field: 'aliases',
          message: `"${name}" already names the term in ${other}: each term and alias must be unique`,
        });
      } else names.set(key, file.path);
    }
  }
  return problems;
}

/** An event concerning a lab cannot predate the lab's founding. */
function dateProblems(entries: readonly ValidatedEntry[]): Problem[] {
  const founded = new Map<string, string>();
  for (const { file, data } of entries)
    if (file.collection === 'labs' && data.founded) founded.set(file.id, String(data.founded));
  const problems: Problem[] = [];
  for (const { file, data } of entries) {
    if (file.collection !== 'events') continue;
    for (const lab of (data.labs as { id: string }[] | string[]) ?? []) {
      const id = typeof lab === 'string' ? lab : lab.id;
      const f = founded.get(id);
      // Compare at the coarser of the two precisions: "2023" is not before "2023-05".
      const date = String(data.date);
      const n = Math.min(f?.length ?? 0, date.length);
      if (f && date.slice(0, n) < f.slice(0, n)) {
        problems.push({
          file: file.path,
          line: file.yamlLine,
          field: 'date',
          message: `${date} is before ${id} was founded (${f}): fix the date, or remove ${id} from labs`,
        });
      }
    }
  }
  return problems;
}

export function integrityProblems(entries: readonly ValidatedEntry[]): Problem[] {
  return [
    ...citationProblems(entries),
    ...uniquenessProblems(entries),
    ...dateProblems(entries),
    ...linkProblems(entries),
  ];
}

const ENTRY_LINK =
  /\]\((\/(articles|glossary|models|labs|licenses|events)\/([^/)#\s]+)\/?(#[^)\s]*)?|\/timeline\/#([^)\s]+))\)/g;

/** A link in a body to an entry (or a timeline anchor) must name an entry that exists. */
function linkProblems(entries: readonly ValidatedEntry[]): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const { file } of entries) {
    const set = ids.get(file.collection) ?? new Set<string>();
    set.add(file.id);
    ids.set(file.collection, set);
  }
  const problems: Problem[] = [];
  for (const { file } of entries) {
    for (const m of file.body.matchAll(ENTRY_LINK)) {
      const [, target, collection, id, , eventAnchor] = m;
      const [col, key] = eventAnchor ? ['events', eventAnchor] : [collection!, id!];
      if (ids.get(col)?.has(key)) continue;
      problems.push({
        file: file.path,
        line: file.bodyLine + lineAt(file.body, m.index ?? 0) - 1,
        field: 'body',
        message: `link to ${target} points to no entry: there is no content/${col}/${key}.mdx (fix the link or add the entry)`,
      });
    }
  }
  return problems;
}

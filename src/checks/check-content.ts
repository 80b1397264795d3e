/**
 * The whole content check in one call: read every file, validate schemas and references,
 * parse bodies through the MDX guard, run the integrity rules. Shared by the build integration
 * and `npm run validate`; the markdown plugins read the validated entries of the same check.
 */
import { resolve } from 'node:path';
import { bodyProblems, contentLookup } from './body-check.ts';
import { contentDir, readContentFiles, type ContentFile } from './content-files.ts';
import { integrityProblems } from './integrity.ts';
import { lineageProblems } from '../domain/lineage.ts';
import { markGuarded } from './guarded-bodies.ts';
import { formatProblems, validateFiles, type Problem, type ValidationResult } from './validate.ts';
import { readMapping } from '../domain/upstream/mapping.ts';
import { readSnapshot, upstreamDir } from '../domain/upstream/snapshot.ts';

export interface ContentCheck {
  report: string;
  /** Number of files checked. */
  entries: number;
  problems: number;
  list: Problem[];
  /** The files as read, and what validating them gave: each file is read and parsed once. */
  files: ContentFile[];
  validation: ValidationResult;
}

/** Reads and checks a content folder now. */
export function checkContent(dir: string = contentDir()): ContentCheck {
  const files = readContentFiles(dir);
  const validation = validateFiles(files);
  const { problems, entries, gaps } = validation;
  const modelIds = new Set(files.filter((f) => f.collection === 'models').map((f) => f.id));
  const up = upstreamDir(dir);
  const snapshots = { osai: readSnapshot('osai', up), mot: readSnapshot('mot', up) };
  const upstream = readMapping(modelIds, snapshots, up).problems;
  const clean = new Set<ContentFile>();
  const list = [
    ...problems,
    // A value without the document that states it is refused like any other problem.
    ...gaps,
    ...bodyProblems(files, clean, contentLookup(files, entries)),
    ...integrityProblems(entries),
    ...lineageProblems(entries),
    ...upstream,
  ];
  for (const f of clean) markGuarded(resolve(f.path), f.body);
  return { report: formatProblems(list), entries: files.length, problems: list.length, list, files, validation };
}

// On globalThis: Astro loads the config (the content check, the markdown plugins) and the
// pages in separate module graphs of one process, and both should find the same check.
const CACHE = Symbol.for('owe.checkedContent');
const holder = globalThis as { [CACHE]?: Map<string, ContentCheck> };
const checked = (holder[CACHE] ??= new Map());

/**
 * The check of a content folder, run once per process: the build's content check and the
 * markdown plugins (citations, glossary links) share it, so no file is read or parsed twice.
 */
export function checkedContent(dir: string = contentDir()): ContentCheck {
  const key = resolve(dir);
  let found = checked.get(key);
  if (!found) checked.set(key, (found = checkContent(dir)));
  return found;
}

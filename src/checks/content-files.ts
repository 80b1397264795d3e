/**
 * Reads the raw content folder: one record per entry file, with its frontmatter text and
 * body, so the validator and the markdown plugins can work without an Astro build.
 */
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { decodeContent, fileKindProblems, LIMITS, textProblems, type FileProblem } from './file-checks.ts';
import { splitFrontmatter } from './frontmatter.ts';

export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without extension. */
  id: string;
  /** Path relative to the repository root, e.g. `content/models/llama-2.mdx`. */
  path: string;
  /** The YAML text: the frontmatter of an MDX file, or the whole of a YAML file. */
  yaml: string;
  /** 1-based line of the file on which `yaml` starts. */
  yamlLine: number;
  /** The MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /**
   * Why the file cannot be read as an entry at all (its name, kind, size, bytes, line ends or
   * `---` block): when present, the validator reports these and reads nothing else of it.
   */
  refused?: FileProblem[];
  /** True when the file could not be read at all (a link, a folder, too large, not UTF-8). */
  unreadable?: true;
}

/** Turns one file's text into a ContentFile. */
export function toContentFile(collection: CollectionName, path: string, text: string): ContentFile {
  const spec = COLLECTION_SPECS[collection];
  const name = path.split('/').pop() ?? path;
  const id = name.replace(/\.[^.]+$/, '');
  const refused = textProblems(text);
  const file: ContentFile =
    spec.ext === 'yaml'
      ? { collection, id, path, yaml: text, yamlLine: 1, body: '', bodyLine: 1 }
      : (() => {
          const split = splitFrontmatter(text);
          // A file already refused as text (empty, BOM, line ends) is not read further.
          if (refused.length === 0) refused.push(...split.problems);
          if (refused.length === 0 && !split.hasFrontmatter)
            refused.push({
              line: 1,
              field: '',
              message: 'no frontmatter: start the file with a --- block of fields (see CONTRIBUTING.md)',
            });
          return { collection, id, path, yaml: split.yaml, yamlLine: 2, body: split.body, bodyLine: split.bodyLine };
        })();
  if (refused.length > 0) file.refused = refused;
  return file;
}

/** A file that cannot be read as an entry: only its place and what is wrong. */
function refusedFile(collection: CollectionName, path: string, problems: FileProblem[]): ContentFile {
  const name = path.split('/').pop() ?? path;
  const id = name.replace(/\.[^.]+$/, '');
  return { collection, id, path, yaml: '', yamlLine: 1, body: '', bodyLine: 1, refused: problems, unreadable: true };
}

/**
 * Reads one file of a collection folder without trusting it: a symbolic link is never
 * followed, a folder or device never opened, and no more than the size limit is ever read.
 */
function readEntryFile(collection: CollectionName, full: string, path: string): ContentFile {
  const stat = lstatSync(full);
  const kind = fileKindProblems({
    isFile: stat.isFile(),
    isDirectory: stat.isDirectory(),
    isSymbolicLink: stat.isSymbolicLink(),
    size: stat.size,
  });
  if (kind.length > 0) return refusedFile(collection, path, kind);
  // Read at most one byte over the limit, from the file descriptor, whatever its size claims.
  const fd = openSync(full, 'r');
  let bytes: Buffer;
  try {
    const size = Math.min(fstatSync(fd).size, LIMITS.fileBytes) + 1;
    bytes = Buffer.alloc(size);
    let read = 0;
    for (let n = 1; n > 0 && read < size; read += n) n = readSync(fd, bytes, read, size - read, null);
    bytes = bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
  if (bytes.length > LIMITS.fileBytes)
    return refusedFile(
      collection,
      path,
      fileKindProblems({ isFile: true, isDirectory: false, isSymbolicLink: false, size: bytes.length }),
    );
  const decoded = decodeContent(bytes);
  if ('problems' in decoded) return refusedFile(collection, path, decoded.problems);
  return toContentFile(collection, path, decoded.text);
}

/**
 * The content folder: `content/` of the working directory, or `OWE_CONTENT_DIR` when set
 * (the benchmark and the hostile-input tests build other folders with the same code).
 */
export function contentDir(): string {
  return resolve(process.env.OWE_CONTENT_DIR ?? 'content');
}

/** Every entry file of every collection under `dir` (a content folder), sorted by path; paths relative to the working directory. */
export function readContentFiles(
  dir: string = contentDir(),
  collections: readonly CollectionName[] = COLLECTIONS,
): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of collections) {
    const spec = COLLECTION_SPECS[collection];
    const folder = join(dir, spec.dir);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const full = join(folder, name);
      files.push(readEntryFile(collection, full, relative(process.cwd(), full).split('\\').join('/')));
    }
  }
  return files;
}

/**
 * Reads the raw content folder: one record per entry file, with its frontmatter text and
 * body, so the validator and the markdown plugins can work without an Astro build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';

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
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into frontmatter and body; frontmatter is '' when the file has none. */
function splitFrontmatter(text: string): {
  yaml: string;
  body: string;
  bodyLine: number;
  hasFrontmatter: boolean;
} {
  const m = FRONTMATTER.exec(text);
  if (!m) return { yaml: '', body: text, bodyLine: 1, hasFrontmatter: false };
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  return { yaml: m[1] ?? '', body: text.slice(m[0].length), bodyLine, hasFrontmatter: true };
}

/** Turns one file's text into a ContentFile. */
export function toContentFile(collection: CollectionName, path: string, text: string): ContentFile {
  const spec = COLLECTION_SPECS[collection];
  const name = path.split('/').pop() ?? path;
  const id = name.replace(/\.[^.]+$/, '');
  if (spec.ext === 'yaml') return { collection, id, path, yaml: text, yamlLine: 1, body: '', bodyLine: 1 };
  const { yaml, body, bodyLine } = splitFrontmatter(text);
  return { collection, id, path, yaml, yamlLine: 2, body, bodyLine };
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
      files.push(
        toContentFile(collection, relative(process.cwd(), full).split('\\').join('/'), readFileSync(full, 'utf8')),
      );
    }
  }
  return files;
}

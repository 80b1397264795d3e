/**
 * Bibliography helpers: load source entries from the content folder (for the markdown
 * plugins, which run outside Astro's collections) and describe a source in one line.
 */
import { parse } from 'yaml';
import { formatDate } from './format.ts';
import { contentDir, readContentFiles } from './content-files.ts';

export interface SourceInfo {
  id: string;
  title: string;
  author: string;
  publisher?: string;
  date?: string;
  url?: string;
  kind?: string;
}

const cache = new Map<string, Map<string, SourceInfo>>();

/** Every source of a content folder, read once per process. */
export function loadSources(dir: string = contentDir()): Map<string, SourceInfo> {
  let sources = cache.get(dir);
  if (!sources) {
    sources = new Map();
    for (const file of readContentFiles(dir, ['sources'])) {
      const data = (parse(file.yaml) ?? {}) as Record<string, unknown>;
      sources.set(file.id, {
        id: file.id,
        title: String(data.title ?? file.id),
        author: String(data.author ?? ''),
        publisher: data.publisher ? String(data.publisher) : undefined,
        date: data.date !== undefined ? String(data.date) : undefined,
        url: data.url ? String(data.url) : undefined,
        kind: data.kind ? String(data.kind) : undefined,
      });
    }
    cache.set(dir, sources);
  }
  return sources;
}

/** "Author. Publisher, 18 July 2023." — the part of a reference after the title. */
export function sourceByline(s: Pick<SourceInfo, 'author' | 'publisher' | 'date'>): string {
  const parts = [s.author, [s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(', ')].filter(
    (p) => p && p.length > 0,
  );
  return parts.map((p) => (p.endsWith('.') ? p : `${p}.`)).join(' ');
}

/**
 * Bibliography helpers: load source entries from the content folder (for the markdown
 * plugins, which run outside Astro's collections) and describe a source in one line.
 */
import { parse } from 'yaml';
import { formatDate } from '../domain/format.ts';
import { contentDir } from '../checks/content-files.ts';
import { checkedContent } from '../checks/check-content.ts';

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
    // The validated entries of the content check; a source that failed it (the check has
    // reported why) is still read, so a page citing it renders in development.
    const check = checkedContent(dir);
    const valid = new Map(check.validation.entries.map((e) => [e.file, e.data]));
    for (const file of check.files) {
      if (file.collection !== 'sources') continue;
      const data = valid.get(file) ?? ((parse(file.yaml) ?? {}) as Record<string, unknown>);
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

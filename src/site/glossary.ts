/** The glossary of a content folder as one matcher, shared by the glossary-links plugin and "mentioned in". */
import { parse } from 'yaml';
import { buildMatcher, type Matcher, type TermName } from '../domain/glossary-match.ts';
import { contentDir } from '../checks/content-files.ts';
import { checkedContent } from '../checks/check-content.ts';

const cache = new Map<string, Matcher>();

/** The glossary of a content folder, read once per process. */
export function loadGlossary(dir: string = contentDir()): Matcher {
  let m = cache.get(dir);
  if (!m) {
    const check = checkedContent(dir);
    const valid = new Map(check.validation.entries.map((e) => [e.file, e.data]));
    const glossary = check.files.filter((f) => f.collection === 'glossary');
    const terms: TermName[] = glossary.map((f) => {
      const data = (valid.get(f) ?? parse(f.yaml) ?? {}) as { term?: string; aliases?: string[]; definition?: string };
      return { id: f.id, term: data.term ?? f.id, aliases: data.aliases ?? [], definition: data.definition ?? '' };
    });
    cache.set(dir, (m = buildMatcher(terms)));
  }
  return m;
}

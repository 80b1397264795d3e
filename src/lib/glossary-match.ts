/**
 * Finds mentions of glossary terms and their aliases in text. One matcher serves the
 * markdown plugin (which links the first mention) and the backlinks ("mentioned in").
 */

export interface TermName {
  id: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

export interface Mention {
  id: string;
  index: number;
  length: number;
}

export interface Matcher {
  regex: RegExp;
  /** Lower-cased phrase (or exact phrase, for case-sensitive ones) → term id. */
  byPhrase: Map<string, string>;
  terms: Map<string, TermName>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Abbreviations and mixed-case names ("MoE", "GGUF", "LoRA") match only as written. */
export const isCaseSensitive = (phrase: string) => /[A-Z]/.test(phrase.slice(1)) || /^[A-Z]{2,}/.test(phrase);

/** Builds one regex over every term and alias, longest first so "mixture of experts" beats "experts". */
export function buildMatcher(terms: readonly TermName[]): Matcher {
  const byPhrase = new Map<string, string>();
  const parts: { phrase: string; pattern: string }[] = [];
  for (const t of terms) {
    for (const phrase of [t.term, ...t.aliases]) {
      const cs = isCaseSensitive(phrase);
      const key = cs ? phrase : phrase.toLowerCase();
      if (byPhrase.has(key) || phrase.trim().length < 2) continue;
      byPhrase.set(key, t.id);
      // Case-insensitive phrases are matched lower-cased by an inline group: JS has no (?i:…),
      // so each letter becomes a [xX] class.
      const fold = (word: string) => (cs ? word : word.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`)));
      const pattern = phrase.trim().split(/\s+/).map((w) => fold(escape(w))).join('\\s+');
      parts.push({ phrase, pattern });
    }
  }
  parts.sort((a, b) => b.phrase.length - a.phrase.length);
  const alternation = parts.map((p) => p.pattern).join('|') || '(?!)';
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_/-])(${alternation})(?:s|es)?(?![\\p{L}\\p{N}_-])`, 'gu');
  return { regex, byPhrase, terms: new Map(terms.map((t) => [t.id, t])) };
}

/** The term id a matched phrase names. */
export function termOf(m: Matcher, matched: string): string | undefined {
  const phrase = matched.replace(/\s+/g, ' ');
  return m.byPhrase.get(phrase) ?? m.byPhrase.get(phrase.toLowerCase());
}

/** Every mention in `text`, in order. */
export function findMentions(text: string, m: Matcher): Mention[] {
  const out: Mention[] = [];
  for (const match of text.matchAll(m.regex)) {
    const id = termOf(m, match[1] ?? '');
    if (id) out.push({ id, index: match.index ?? 0, length: (match[1] ?? '').length });
  }
  return out;
}

/** Ids of the terms mentioned in a markdown body (citation markers, link targets and code removed). */
export function termsMentioned(markdown: string, m: Matcher): Set<string> {
  const text = markdown
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(/\]\(([^)]*)\)/g, (_, url: string) => `] ${/^\/glossary\/([a-z0-9-]+)\/?/.exec(url)?.[0] ?? ''}`)
    .replace(/`[^`]*`/g, ' ');
  const ids = new Set(findMentions(text, m).map((x) => x.id));
  for (const link of text.matchAll(/\/glossary\/([a-z0-9-]+)\//g)) if (m.terms.has(link[1] ?? '')) ids.add(link[1]!);
  return ids;
}

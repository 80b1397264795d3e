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

/** A phrase to look for, with its own sticky pattern. */
interface Candidate {
  /** Rank in the global order (longest phrase first): the lowest-ranked match wins. */
  rank: number;
  /** `(phrase)` then an optional plural, anchored at a position (sticky). */
  sticky: RegExp;
}

export interface Matcher {
  /**
   * Candidates by the lower-cased first run of letters and digits of their phrase ("open" for
   * "open-weight model"), so each position of a text is tried against the few phrases that
   * can start there, not against the whole glossary: finding mentions stays linear in the
   * length of the text however large the glossary grows.
   */
  byFirstWord: Map<string, Candidate[]>;
  /** Lower-cased phrase (or exact phrase, for case-sensitive ones) → term id. */
  byPhrase: Map<string, string>;
  terms: Map<string, TermName>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FIRST_RUN = /[\p{L}\p{N}]*/uy;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
/** A mention may not start right after a letter, digit, `_`, `/` or `-` (inside a word, a path or an id). */
const JOINED_BEFORE = /[\p{L}\p{N}_/-]$/u;

/** The run of letters and digits starting at `index`, lower-cased ('' when there is none). */
function runAt(text: string, index: number): string {
  FIRST_RUN.lastIndex = index;
  return (FIRST_RUN.exec(text)?.[0] ?? '').toLowerCase();
}

/** Abbreviations and mixed-case names ("MoE", "GGUF", "LoRA") match only as written. */
const isCaseSensitive = (phrase: string) => /[A-Z]/.test(phrase.slice(1)) || /^[A-Z]{2,}/.test(phrase);

/** Indexes every term and alias, longest first so "mixture of experts" beats "experts". */
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
      const fold = (word: string) =>
        cs
          ? word
          : word.replace(/\p{L}/gu, (ch) =>
              ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`,
            );
      const pattern = phrase
        .trim()
        .split(/\s+/)
        .map((w) => fold(escape(w)))
        .join('\\s+');
      parts.push({ phrase, pattern });
    }
  }
  parts.sort((a, b) => b.phrase.length - a.phrase.length);
  const byFirstWord = new Map<string, Candidate[]>();
  parts.forEach(({ phrase, pattern }, rank) => {
    const first = runAt(phrase.trim(), 0);
    const list = byFirstWord.get(first) ?? [];
    list.push({ rank, sticky: new RegExp(`(${pattern})(?:s|es)?(?![\\p{L}\\p{N}_-])`, 'uy') });
    byFirstWord.set(first, list);
  });
  return { byFirstWord, byPhrase, terms: new Map(terms.map((t) => [t.id, t])) };
}

/**
 * The phrase matching at `index` that comes first in the global order, as
 * [matched phrase, length with its plural ending]. A phrase matching here begins with the run
 * of letters and digits found here, or with that run less a plural "s" or "es".
 */
function matchAt(text: string, index: number, m: Matcher): [string, number] | undefined {
  const run = runAt(text, index);
  const keys = [run];
  if (run.endsWith('s')) keys.push(run.slice(0, -1));
  if (run.endsWith('es')) keys.push(run.slice(0, -2));
  let best: { rank: number; phrase: string; length: number } | undefined;
  for (const key of keys) {
    for (const c of m.byFirstWord.get(key) ?? []) {
      if (best && c.rank > best.rank) break;
      c.sticky.lastIndex = index;
      const found = c.sticky.exec(text);
      if (found) best = { rank: c.rank, phrase: found[1] ?? '', length: found[0].length };
    }
  }
  return best && [best.phrase, best.length];
}

/** The term id a matched phrase names. */
function termOf(m: Matcher, matched: string): string | undefined {
  const phrase = matched.replace(/\s+/g, ' ');
  return m.byPhrase.get(phrase) ?? m.byPhrase.get(phrase.toLowerCase());
}

/** Every mention in `text`, in order (the same matches as one regex over every phrase, longest first). */
export function findMentions(text: string, m: Matcher): Mention[] {
  const out: Mention[] = [];
  // Phrases that start with a letter or digit can only start where a run of them starts;
  // a phrase starting with anything else (rare) means trying every position.
  const everywhere = m.byFirstWord.has('');
  let from = 0;
  const tryAt = (index: number): number => {
    if (index < from || (index > 0 && JOINED_BEFORE.test(text.slice(Math.max(0, index - 2), index)))) return index;
    const hit = matchAt(text, index, m);
    if (!hit) return index;
    const id = termOf(m, hit[0]);
    if (id) out.push({ id, index, length: hit[0].length });
    from = index + Math.max(1, hit[1]);
    return from;
  };
  if (everywhere) {
    for (let i = 0; i < text.length; i++) i = Math.max(i, tryAt(i) - 1);
  } else {
    for (const word of text.matchAll(WORD_RUN)) tryAt(word.index ?? 0);
  }
  return out;
}

/**
 * Ids of the terms mentioned in a markdown body, by the rules of the glossary-links plugin:
 * text in headings, link text, code and citation markers is not a mention (the plugin never
 * links there); a link to a term's page is.
 */
export function termsMentioned(markdown: string, m: Matcher): Set<string> {
  // What is removed leaves a "|": a phrase never runs across it, as it never runs across
  // the nodes the plugin sees (text before a link, the link, text after it).
  const BREAK = ' | ';
  const text = markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm, BREAK)
    .replace(/^ {0,3}#{1,6}(?:[ \t].*)?$/gm, BREAK)
    .replace(/\[\^[^\]]*\]/g, BREAK)
    .replace(
      /\[([^\]]*)\]\(([^)]*)\)/g,
      (_, _text: string, url: string) => ` | ${/^\/glossary\/([a-z0-9-]+)\/?/.exec(url)?.[0] ?? ''} | `,
    )
    .replace(/`[^`]*`/g, BREAK);
  const ids = new Set(findMentions(text, m).map((x) => x.id));
  for (const link of text.matchAll(/\/glossary\/([a-z0-9-]+)\//g)) if (m.terms.has(link[1] ?? '')) ids.add(link[1]!);
  return ids;
}

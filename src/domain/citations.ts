/**
 * Citation markers in bodies: `[^source-id]` cites a source entry; `[^citation-needed]`
 * marks a claim that still needs one. Pure text functions, shared by the markdown plugin,
 * the validator and the derived data.
 */

/** The marker a writer puts after a claim that has no source yet. */
export const CITATION_NEEDED = 'citation-needed';

/** Matches `[^id]` with an id of lower-case words joined by hyphens. */
export const CITATION_PATTERN = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export interface CitationMark {
  id: string;
  /** 0-based offset of the marker in the text. */
  index: number;
}

/** Every citation marker in `text`, in order (including `citation-needed`). */
export function findCitations(text: string): CitationMark[] {
  return [...text.matchAll(CITATION_PATTERN)].map((m) => ({ id: m[1] ?? '', index: m.index ?? 0 }));
}

/** Distinct source ids cited, in order of first citation (without `citation-needed`). */
export function citedSourceIds(text: string): string[] {
  return [
    ...new Set(
      findCitations(text)
        .map((c) => c.id)
        .filter((id) => id !== CITATION_NEEDED),
    ),
  ];
}

/** 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Review status computed from an article's text: an editor's "reviewed" is shown as
 * "needs citations" while any claim is marked as needing one or any section cites nothing.
 */
import { CITATION_NEEDED, findCitations } from './citations.ts';

export type ReviewStatus = 'draft' | 'reviewed' | 'needs-citations';

/** Titles of `##` sections (and the lead before the first) whose text has no citation. */
export function uncitedSections(body: string): string[] {
  const sections: { title: string; text: string }[] = [{ title: '(introduction)', text: '' }];
  for (const line of body.split('\n')) {
    const h = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h && !line.startsWith('###')) sections.push({ title: h[1] ?? '', text: '' });
    else sections[sections.length - 1]!.text += `${line}\n`;
  }
  return sections
    .filter((s) => s.text.trim().length > 0 && !findCitations(s.text).some((c) => c.id !== CITATION_NEEDED))
    .map((s) => s.title);
}

/** The status readers see. */
export function reviewStatus(body: string, declared: 'draft' | 'reviewed'): ReviewStatus {
  const needed = findCitations(body).some((c) => c.id === CITATION_NEEDED);
  if (needed || uncitedSections(body).length > 0) return 'needs-citations';
  return declared;
}

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  draft: 'Draft',
  reviewed: 'Reviewed',
  'needs-citations': 'Needs citations',
};

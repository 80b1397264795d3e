/**
 * Content problems as GitHub Actions workflow commands, so a pull request shows each one on
 * its file and line (`::error file=…,line=…,title=…::message`), and the job summary a
 * reviewer reads: the problems, and the pages the pull request adds or changes.
 *
 * Escaping follows GitHub's rules for workflow commands: in the message, `%`, CR and LF are
 * percent-encoded; in a property value, `:` and `,` are as well, since they delimit properties.
 */
import type { Problem } from './validate.ts';
import { href } from '../domain/urls.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';

/** Escapes a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file`, `title`...). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One workflow command, e.g. `::error file=a.mdx,line=3,title=x::message`. Empty properties are left out. */
export function workflowCommand(
  level: AnnotationLevel,
  props: Record<string, string | number | undefined>,
  message: string,
): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${level}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

/** The title GitHub shows above a problem: what kind of check and which field. */
function problemTitle(p: Problem): string {
  return p.field ? `Content check: ${p.field}` : 'Content check';
}

/** A content problem as an annotation on its file and line. */
export function problemAnnotation(p: Problem, level: AnnotationLevel = 'error'): string {
  return workflowCommand(
    level,
    { file: p.file, line: p.line > 0 ? p.line : undefined, title: problemTitle(p) },
    p.message,
  );
}

/** Every problem (and warning) as annotations, one per line. */
export function formatAnnotations(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  return [...problems.map((p) => problemAnnotation(p)), ...warnings.map((w) => problemAnnotation(w, 'warning'))].join(
    '\n',
  );
}

/** True when running inside GitHub Actions (its runners set GITHUB_ACTIONS=true). */
export const inGitHubActions = (env: Record<string, string | undefined> = process.env): boolean =>
  env.GITHUB_ACTIONS === 'true';

export interface ChangedPage {
  /** `added`, `changed`, `removed` or `renamed` (from `git diff --name-status -M`). */
  change: 'added' | 'changed' | 'removed' | 'renamed';
  /** The file in the repository, e.g. `content/models/llama-2.mdx`. */
  file: string;
  /** The page on the site, e.g. `/models/llama-2/` or `/sources/#llama-2-paper`. */
  path: string;
  /** For a rename, the page's former path. */
  from?: string;
}

/** The site path of a content file, or undefined for a file that is not an entry. */
export function sitePathOf(file: string): string | undefined {
  const m = /(?:^|\/)content\/([a-z]+)\/([a-z0-9][a-z0-9-]*)\.(mdx|md|ya?ml)$/.exec(file);
  if (!m) return undefined;
  const [, collection = '', id = ''] = m;
  return (COLLECTIONS as readonly string[]).includes(collection) ? href(collection as CollectionName, id) : undefined;
}

/** Parses `git diff --name-status -M` output into the entry pages it adds, changes, renames or removes. */
export function changedPages(nameStatus: string): ChangedPage[] {
  const out: ChangedPage[] = [];
  for (const line of nameStatus.split('\n')) {
    const [status = '', a = '', b] = line.split('\t');
    const file = status.startsWith('R') || status.startsWith('C') ? (b ?? a) : a;
    const path = sitePathOf(file);
    if (!path) continue;
    if (status.startsWith('R')) out.push({ change: 'renamed', file, path, from: sitePathOf(a) });
    else if (status === 'A' || status.startsWith('C')) out.push({ change: 'added', file, path });
    else if (status === 'D') out.push({ change: 'removed', file, path });
    else if (status) out.push({ change: 'changed', file, path });
  }
  return out.sort((x, y) => x.path.localeCompare(y.path));
}

/** Text made safe inside Markdown: no HTML, tables, emphasis or links from contributed text. */
function markdownText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!~])/g, '\\$1');
}

/** The job summary of a pull request's check: its problems, then the pages it adds or changes. */
export function jobSummary(
  problems: readonly Problem[],
  pages: readonly ChangedPage[],
  warnings: readonly Problem[] = [],
): string {
  const code = (t: string) => `\`${t.replace(/[`\r\n|]/g, '')}\``;
  const item = (p: Problem) =>
    `- ${code(`${p.file}:${p.line}`)}${p.field ? ` **${markdownText(p.field)}**` : ''}: ${markdownText(p.message)}`;
  const lines = ['## Content check', ''];
  if (problems.length === 0) lines.push('No problems: every entry validates.');
  else {
    lines.push(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} (each is also marked on its line in **Files changed**):`,
      '',
    );
    for (const p of problems) lines.push(item(p));
  }
  if (warnings.length > 0) {
    lines.push(
      '',
      `<details><summary>${warnings.length} warning${warnings.length === 1 ? '' : 's'} (not failing)</summary>`,
      '',
    );
    for (const w of warnings) lines.push(item(w));
    lines.push('', '</details>');
  }
  lines.push('', '## Pages this pull request adds or changes', '');
  if (pages.length === 0) lines.push('None: no file under `content/` changed.');
  else {
    lines.push(
      'Open them in the preview artifact or a local build (`npm run build && npm run preview`, then http://127.0.0.1:4321 followed by the path).',
      '',
      '| change | page | file |',
      '| --- | --- | --- |',
    );
    for (const p of pages)
      lines.push(`| ${p.change} | ${code(p.path)}${p.from ? ` (was ${code(p.from)})` : ''} | ${code(p.file)} |`);
  }
  return `${lines.join('\n')}\n`;
}

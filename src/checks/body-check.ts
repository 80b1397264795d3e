/**
 * Parses each MDX body the way the build will and applies the MDX guard, so
 * `npm run validate` reports syntax errors and refused constructs without a build.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { guardTree, literalProps } from '../markdown/mdx-guard.ts';
import type { ContentFile } from './content-files.ts';
import { nestingProblems } from './file-checks.ts';
import type { Problem, ValidatedEntry } from './validate.ts';
import {
  checkProps,
  contentProblems,
  MDX_COMPONENTS,
  type ComponentName,
  type ContentLookup,
  type EventLike,
  type LicenseLike,
  type ModelLike,
} from '../domain/mdx-components.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';

/** What the components' content checks read, from the validated entries (and the ids of every file). */
export function contentLookup(files: readonly ContentFile[], entries: readonly ValidatedEntry[]): ContentLookup {
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Record<CollectionName, Set<string>>;
  for (const f of files) ids[f.collection].add(f.id);
  const of = (c: CollectionName) =>
    entries.filter((e) => e.file.collection === c).map((e) => ({ id: e.file.id, data: e.data }) as never);
  return {
    ids,
    models: of('models') as ModelLike[],
    licenses: new Map((of('licenses') as LicenseLike[]).map((l) => [l.id, l])),
    events: of('events') as EventLike[],
  };
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Whether a body could hold anything the guard refuses or MDX cannot parse: JSX or HTML (`<`),
 * an expression (`{`, `}`), ESM (`import`/`export` starting a line), or a javascript:, data: or
 * vbscript: URL (also written with an escape or a character reference). A body with none of
 * these is plain Markdown and needs no parse: at 10,000 entries the parse was the content
 * check's main cost. The build's own guard (remarkMdxGuard) still sees every body.
 */
export function mayNeedGuard(body: string): boolean {
  if (/[<{}]/.test(body) || /^[ \t]*(?:import|export)\b/m.test(body) || /&(?:#|[a-z]+;)/i.test(body)) return true;
  // As isUnsafeUrl reads a URL: without the tabs, newlines, spaces and control characters a browser ignores.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return /(?:javascript|data|vbscript)\\?:/i.test(body.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

/**
 * Every problem in the bodies: what MDX cannot parse, what the guard refuses, and, given the
 * content (`lookup`), component props naming an entry that does not exist, a field the entry
 * does not have, or filters that match nothing. `clean`, when given, receives the files whose
 * body was parsed and passed all of these, so the build's own guard need not walk them again.
 */
export function bodyProblems(
  files: readonly ContentFile[],
  clean?: Set<ContentFile>,
  lookup?: ContentLookup,
): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.mdx') || file.refused) continue;
    // Pathological nesting is refused before any parser sees it.
    const deep = nestingProblems(file.body, file.bodyLine);
    if (deep.length > 0) {
      for (const p of deep) problems.push({ file: file.path, ...p });
      continue;
    }
    if (!mayNeedGuard(file.body)) continue;
    const at = (line: number) => file.bodyLine + line - 1;
    let tree;
    try {
      tree = parser.runSync(parser.parse(file.body));
    } catch (error) {
      const e = error as {
        line?: number;
        place?: { line?: number; start?: { line?: number } };
        reason?: string;
        message: string;
      };
      const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
      problems.push({
        file: file.path,
        line: at(line),
        field: 'body',
        message: `MDX syntax error: ${e.reason ?? e.message} (a literal < or { must be written \\< or \\{)`,
      });
      continue;
    }
    const refused = guardTree(tree as never);
    for (const p of refused) problems.push({ file: file.path, line: at(p.line), field: 'body', message: p.message });
    if (refused.length > 0) continue;
    let misused = false;
    if (lookup)
      visit(tree as never, (node: { type: string; name?: string | null; position?: { start: { line: number } } }) => {
        if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
        const name = node.name as ComponentName;
        if (!Object.hasOwn(MDX_COMPONENTS, name)) return;
        const raw = literalProps(node as never);
        const checked = raw && checkProps(name, raw);
        if (!checked || !checked.ok) return;
        for (const p of contentProblems(name, checked.props, lookup)) {
          misused = true;
          problems.push({
            file: file.path,
            line: at(node.position?.start.line ?? 1),
            field: 'body',
            message: `<${name}>${p.prop ? ` ${p.prop}` : ''}: ${p.message}`,
          });
        }
      });
    if (!misused) clean?.add(file);
  }
  return problems;
}

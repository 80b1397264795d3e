/**
 * Parses each MDX body the way the build will and applies the MDX guard, so
 * `npm run validate` reports syntax errors and refused constructs without a build.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { guardTree } from '../markdown/mdx-guard.ts';
import type { ContentFile } from './content-files.ts';
import { nestingProblems } from './file-checks.ts';
import type { Problem } from './validate.ts';

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
 * The guard's problems in every body that may need it. `clean`, when given, receives the files
 * whose body was parsed and passed the guard, so the build's own guard need not walk them again.
 */
export function bodyProblems(files: readonly ContentFile[], clean?: Set<ContentFile>): Problem[] {
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
    const found = guardTree(tree as never);
    for (const p of found) problems.push({ file: file.path, line: at(p.line), field: 'body', message: p.message });
    if (found.length === 0) clean?.add(file);
  }
  return problems;
}

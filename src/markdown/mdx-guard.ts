/**
 * Contributed MDX is code: `import`, `export` and `{expressions}` run on the build machine
 * and can publish its files and secrets. This guard accepts Markdown, GFM and the
 * allow-listed components with literal string props, and refuses everything else.
 * `guardTree` is pure (used by the validator); `remarkMdxGuard` fails the build with it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { resolve } from 'node:path';
import { alreadyGuarded } from '../checks/guarded-bodies.ts';
import { checkProps, MDX_COMPONENTS, type ComponentName, type ComponentSpec } from '../domain/mdx-components.ts';

/**
 * Components the site hands to content (src/domain/mdx-components.ts), each with the schema of
 * its props. Nothing else may appear. Tests may pass a plain list of props per name instead.
 */
export type AllowList = Readonly<Record<string, readonly string[] | ComponentSpec>>;
export const ALLOWED_COMPONENTS: AllowList = MDX_COMPONENTS;

/** The literal props of a component element, when every one is a plain string (else undefined). */
export function literalProps(node: {
  attributes?: { type: string; name?: string; value?: unknown }[];
}): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || typeof a.value !== 'string') return undefined;
    out[a.name] = a.value;
  }
  return out;
}

const UNSAFE_SCHEME = /^(?:javascript|data|vbscript):/i;

/**
 * True for a javascript:, data: or vbscript: URL, however it is disguised: browsers ignore
 * tabs and newlines anywhere in a URL and spaces or control characters around it
 * (`java\tscript:` runs), so those are removed before the scheme is read.
 */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return UNSAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
}

export interface GuardProblem {
  line: number;
  message: string;
}

interface AnyNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start: { line: number } } }[];
  children?: unknown[];
  position?: { start: { line: number } };
}

/** Every reason the tree may not be published, with its line. `allowed` is the component allow-list (tests pass their own). */
export function guardTree(tree: Root, allowed: AllowList = ALLOWED_COMPONENTS): GuardProblem[] {
  const problems: GuardProblem[] = [];
  visit(tree, (node) => {
    const n = node as AnyNode;
    const line = n.position?.start.line ?? 1;
    const add = (message: string) => problems.push({ line, message });
    switch (n.type) {
      case 'mdxjsEsm':
        add(
          '`import` and `export` are not allowed in content: remove the line (content may use Markdown and the site components only)',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(
          '`{...}` expressions are not allowed in content: remove the braces, or write \\{ and \\} for literal braces',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const entry = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
        const spec = entry && !Array.isArray(entry) ? (entry as ComponentSpec) : undefined;
        const props = spec ? Object.keys(spec.props) : (entry as readonly string[] | undefined);
        if (!props) {
          const known = Object.keys(allowed);
          const miscased = known.find((k) => k.toLowerCase() === name.toLowerCase());
          add(
            name === ''
              ? 'fragments (<>...</>) are not allowed in content: remove them'
              : miscased
                ? `<${name}> is miscased: write <${miscased}>`
                : `<${name}> is not allowed in content: use Markdown instead` +
                  (known.length
                    ? ` (components available: ${known.join(', ')})`
                    : ' (no HTML or components; write \\< for a literal <)'),
          );
        }
        let literal = true;
        for (const attr of n.attributes ?? []) {
          const at = (message: string) => problems.push({ line: attr.position?.start.line ?? line, message });
          if (attr.type === 'mdxJsxExpressionAttribute') at(`<${name}>: spread attributes {...} are not allowed`);
          else if (attr.name && /^on/i.test(attr.name)) at(`<${name}>: event attribute "${attr.name}" is not allowed`);
          else if (attr.value !== null && typeof attr.value === 'object')
            at(`<${name}> ${attr.name}: attribute values must be plain strings, not {expressions}`);
          else if (props && attr.name && !props.includes(attr.name))
            at(
              spec
                ? `<${name}>: unknown prop "${attr.name}" (props: ${props.join(', ')})`
                : `<${name}>: unknown attribute "${attr.name}" (allowed: ${props.join(', ') || 'none'})`,
            );
          else if (typeof attr.value === 'string' && isUnsafeUrl(attr.value))
            at(`<${name}> ${attr.name}: javascript: and data: URLs are not allowed`);
          else if (spec && attr.value == null)
            at(`<${name}> ${attr.name}: give the prop a value in quotes, e.g. ${attr.name}="…"`);
          else continue;
          literal = false;
        }
        if (spec) {
          if ((n.children ?? []).length > 0)
            add(`<${name}> takes no content between its tags: write it self-closing, <${name} … />`);
          if (spec.display === 'block' && n.type === 'mdxJsxTextElement')
            add(`<${name}> renders a table or a figure: put it on a line of its own, with blank lines around it`);
          // Each prop's type, the required ones and the rules between them: only once every prop is literal and known.
          const values = literal ? literalProps(n) : undefined;
          const checked = values && checkProps(name as ComponentName, values);
          if (checked && !checked.ok)
            for (const p of checked.problems) add(`<${name}>${p.prop ? ` ${p.prop}` : ''}: ${p.message}`);
        }
        break;
      }
      case 'html':
        add('raw HTML is not allowed in content: use Markdown instead');
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof n.url === 'string' && isUnsafeUrl(n.url))
          add(`javascript:, data: and vbscript: URLs are not allowed (link to an https:// page or a /site/ path)`);
        break;
    }
  });
  return problems;
}

/** Relative path of a vfile, for messages. */
export function displayPath(file: VFile): string {
  const path = file.path ?? 'content';
  const i = path.lastIndexOf('/content/');
  return i >= 0 ? path.slice(i + 1) : path;
}

/** Remark plugin: fails the compile of any content file that breaks the guard. */
export function remarkMdxGuard() {
  return (tree: Root, file: VFile) => {
    // A body the content check of this build parsed and passed is not walked a second time.
    if (file.path && alreadyGuarded(resolve(file.path), String(file.value))) return;
    const problems = guardTree(tree);
    if (problems.length > 0) {
      const where = displayPath(file);
      const list = problems.map((p) => `${where}:${p.line} ${p.message}`).join('\n');
      throw new Error(`MDX guard refused ${where}:\n${list}`);
    }
  };
}

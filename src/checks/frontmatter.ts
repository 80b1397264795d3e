/**
 * Frontmatter as untrusted input: splits an MDX file into its `---` block and its body, and
 * reads the YAML as plain data. Frontmatter is data, not a program: anchors and aliases
 * (`&a`, `*a`, which can also multiply a small file into gigabytes), explicit tags (`!x`),
 * duplicate fields, complex keys and tab indentation are refused with the line and the fix,
 * never thrown. Used by the validator, the build's content check and the property tests.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { FileProblem } from './file-checks.ts';

export interface SplitFrontmatter {
  /** The YAML between the `---` lines ('' when there is none). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** 1-based line on which `body` starts. */
  bodyLine: number;
  hasFrontmatter: boolean;
  /** What is wrong with the `---` block itself (never closed, text on a `---` line, blank lines before it). */
  problems: FileProblem[];
}

const isDashes = (line: string) => line.replace(/[ \t\r]+$/, '') === '---';

/**
 * Splits an MDX file into frontmatter and body. The block opens with a line `---` that is the
 * file's first line and closes at the next line that starts with `---` (as Astro reads it),
 * which must be `---` alone. Anything else is reported, so what the checks read is what Astro reads.
 */
export function splitFrontmatter(text: string): SplitFrontmatter {
  const none = (problems: FileProblem[] = []): SplitFrontmatter => ({
    yaml: '',
    body: text,
    bodyLine: 1,
    hasFrontmatter: false,
    problems,
  });
  const firstBreak = text.indexOf('\n');
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (!isDashes(first)) {
    if (first.startsWith('---'))
      return none([{ line: 1, field: '', message: 'text after the opening ---: the first line must be --- alone' }]);
    if (/^(?:[ \t\r]*\n)+---[ \t\r]*(?:\n|$)/.test(text))
      return none([
        { line: 1, field: '', message: 'blank lines before the opening ---: the file must start with the --- line' },
      ]);
    return none();
  }
  let line = 2;
  for (let start = firstBreak + 1; firstBreak >= 0 && start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const current = text.slice(start, end);
    if (current.startsWith('---')) {
      const yaml = text.slice(firstBreak + 1, start).replace(/\r?\n$/, '');
      const result: SplitFrontmatter = {
        yaml,
        body: end < text.length ? text.slice(end + 1) : '',
        bodyLine: line + 1,
        hasFrontmatter: true,
        problems: [],
      };
      if (!isDashes(current))
        result.problems.push({
          line,
          field: '',
          message:
            'a line starting with --- closes the frontmatter: write --- alone on the closing line (quote a value that starts with ---)',
        });
      return result;
    }
    if (end >= text.length) break;
    start = end + 1;
  }
  return {
    yaml: firstBreak < 0 ? '' : text.slice(firstBreak + 1),
    body: '',
    bodyLine: line,
    hasFrontmatter: true,
    problems: [
      {
        line: 1,
        field: '',
        message: 'the frontmatter opened on line 1 never closes: add a line with --- after the last field',
      },
    ],
  };
}

/** A problem in YAML text; `line` is 1-based, counted from `firstLine`. */
type YamlProblem = FileProblem;

export type ParsedYaml =
  { ok: true; data: unknown; doc: Document; counter: LineCounter } | { ok: false; problems: YamlProblem[] };

const keyName = (key: unknown) => (isScalar(key) ? String(key.value) : String(key));
/** The dotted field a node belongs to, from the pairs above it. */
const fieldOf = (path: readonly unknown[]) =>
  path
    .filter(isPair)
    .map((p) => keyName(p.key))
    .join('.');

/**
 * Parses YAML as plain data, refusing every construct that is not plain data with the line
 * of each occurrence and the fix. Never throws. `firstLine` is the file line the YAML starts on.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const problems: YamlProblem[] = [];
  const counter = new LineCounter();
  const shift = firstLine - 1;
  const lineAt = (offset: number | undefined) => shift + (offset === undefined ? 1 : counter.linePos(offset).line);

  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return {
      ok: false,
      problems: [{ line: 1, field: '', message: `YAML could not be read: ${(error as Error).message.split('\n')[0]}` }],
    };
  }

  // Tabs used for indentation: YAML's own messages for them are cryptic, so when the YAML is
  // broken, each line that starts with a tab is named instead (a tab inside a block of text is fine).
  const tabLines = text.split('\n').flatMap((l, i) => (/^[ ]*\t/.test(l) ? [i + 1 + shift] : []));
  if (tabLines.length > 0 && doc.errors.length > 0)
    return {
      ok: false,
      problems: tabLines.map((line) => ({
        line,
        field: '',
        message: 'tab used for indentation: indent with spaces (YAML does not allow tabs)',
      })),
    };

  // Where each field was first seen, per map, to name both lines of a duplicate.
  const seen = new Map<unknown, Map<string, number>>();
  visit(doc, {
    Alias(_, node, path) {
      problems.push({
        line: lineAt(node.range?.[0]),
        field: fieldOf(path),
        message: `YAML alias *${node.source} is not allowed (frontmatter is data, not a program): write the value out in full`,
      });
    },
    Node(_, node: Node, path) {
      if (node.anchor)
        problems.push({
          line: lineAt(node.range?.[0]),
          field: fieldOf(path),
          message: `YAML anchor &${node.anchor} is not allowed (frontmatter is data, not a program): remove it and write values out in full`,
        });
      if (node.tag)
        problems.push({
          line: lineAt(node.range?.[0]),
          field: fieldOf(path),
          message: `YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed: remove it (quote the value if it must stay text)`,
        });
    },
    Pair(_, pair, path) {
      const parent = path[path.length - 1];
      if (!isMap(parent)) return;
      if (!isScalar(pair.key)) {
        problems.push({
          line: lineAt((pair.key as Node | null)?.range?.[0]),
          field: '',
          message: 'complex keys (? or a list as a key) are not allowed: use "field: value"',
        });
        return;
      }
      let keys = seen.get(parent);
      if (!keys) seen.set(parent, (keys = new Map()));
      const name = keyName(pair.key);
      const line = lineAt(pair.key.range?.[0]);
      const first = keys.get(name);
      if (first !== undefined)
        problems.push({
          line,
          field: name,
          message: `duplicate field "${name}" (first on line ${first}): keep one of them`,
        });
      else keys.set(name, line);
    },
  });

  // A syntax error is reported on the field it breaks: `name: [x` is noticed on the next line.
  const fieldAt = (offset: number): { line: number; field: string } | undefined => {
    if (!isMap(doc.contents)) return undefined;
    for (const pair of doc.contents.items) {
      const key = pair.key as Node | null;
      const end = (pair.value as Node | null)?.range?.[2] ?? key?.range?.[2];
      if (key?.range && end !== undefined && key.range[0] <= offset && offset <= end)
        return { line: lineAt(key.range[0]), field: keyName(key) };
    }
    return undefined;
  };
  for (const err of doc.errors) {
    // Reported above in words of their own.
    if (err.code === 'DUPLICATE_KEY') continue;
    const where = fieldAt(err.pos?.[0] ?? 0);
    problems.push({
      line: where?.line ?? lineAt(err.pos?.[0]),
      field: where?.field ?? '',
      message: `YAML syntax error: ${err.message.split('\n')[0]} (check indentation, colons and quotes)`,
    });
  }
  for (const warning of doc.warnings)
    if (warning.code !== 'TAG_RESOLVE_FAILED')
      problems.push({
        line: lineAt(warning.pos?.[0]),
        field: '',
        message: `YAML: ${warning.message.split('\n')[0]} (write plain "field: value" lines)`,
      });

  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 0 }), doc, counter };
  } catch (error) {
    return {
      ok: false,
      problems: [{ line: 1, field: '', message: `YAML could not be read: ${(error as Error).message.split('\n')[0]}` }],
    };
  }
}

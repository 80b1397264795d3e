/**
 * Malformed content files as bytes on disk, each with the exact line the checks must print
 * for it (path relative to the content folder). Shared by the unit test (validator and
 * `npm run validate`) and the hostile-build suite (the real `astro build`).
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/checks/file-checks.ts';

const LAB = `---
name: Broken Lab
kind: company
country: France
summary: A lab.
---

Body text.
`;

export interface MalformedFile {
  /** Path under the content folder. */
  path: string;
  bytes: string | Buffer;
  /** A symbolic link to this target instead of bytes. */
  link?: string;
  /** Every line the report must hold for the file, without the content folder's path. */
  expected: string[];
}

const lab = (from: string, to: string) => LAB.replace(from, to);

export const MALFORMED: MalformedFile[] = [
  {
    path: 'labs/yaml-syntax.mdx',
    bytes: lab('kind: company', 'kind: [company'),
    expected: [
      'labs/yaml-syntax.mdx:3 kind: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (check indentation, colons and quotes)',
    ],
  },
  {
    path: 'labs/anchors.mdx',
    bytes: lab('name: Broken Lab', 'name: &n Broken Lab').replace('summary: A lab.', 'summary: *n'),
    expected: [
      'labs/anchors.mdx:2 name: YAML anchor &n is not allowed (frontmatter is data, not a program): remove it and write values out in full',
      'labs/anchors.mdx:5 summary: YAML alias *n is not allowed (frontmatter is data, not a program): write the value out in full',
    ],
  },
  {
    path: 'labs/custom-tag.mdx',
    bytes: lab('country: France', 'country: !secret France'),
    expected: [
      'labs/custom-tag.mdx:4 country: YAML tag !secret is not allowed: remove it (quote the value if it must stay text)',
    ],
  },
  {
    path: 'labs/duplicate-key.mdx',
    bytes: lab('summary: A lab.', 'summary: A lab.\nkind: nonprofit'),
    expected: ['labs/duplicate-key.mdx:6 kind: duplicate field "kind" (first on line 3): keep one of them'],
  },
  {
    path: 'labs/tab-indent.mdx',
    bytes: lab('summary: A lab.', 'summary:\n\tA lab.'),
    expected: ['labs/tab-indent.mdx:6: tab used for indentation: indent with spaces (YAML does not allow tabs)'],
  },
  {
    path: 'labs/bom.mdx',
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LAB)]),
    expected: [
      'labs/bom.mdx:1: the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM (in most editors: "UTF-8", not "UTF-8 with BOM")',
    ],
  },
  {
    path: 'labs/crlf.mdx',
    bytes: LAB.replace(/\n/g, '\r\n'),
    expected: [
      'labs/crlf.mdx:1: Windows (CRLF) or old Mac (CR) line ends: save the file with LF line ends (git: core.autocrlf=input; editors: "LF")',
    ],
  },
  {
    path: 'labs/bidi.mdx',
    bytes: lab('name: Broken Lab', 'name: Broken \u202Ebal\u202C Lab'),
    expected: [
      'labs/bidi.mdx:2: bidirectional control character U+202E: remove it (it reorders the text around it on the page, and hides what a reviewer reads)',
    ],
  },
  {
    path: 'labs/latin-1.mdx',
    bytes: Buffer.concat([Buffer.from(lab('Body text.\n', 'Caf')), Buffer.from([0xe9, 0x2e, 0x0a])]),
    expected: ['labs/latin-1.mdx:8: bytes that are not UTF-8 (0xE9 at column 4): save the file as UTF-8'],
  },
  {
    path: 'labs/empty.mdx',
    bytes: '',
    expected: ['labs/empty.mdx:1: the file is empty: write the entry (npm run new makes a valid start)'],
  },
  {
    path: 'labs/frontmatter-only.mdx',
    bytes: lab('\nBody text.\n', ''),
    expected: ["labs/frontmatter-only.mdx:6: frontmatter only, no text: write the lab's text below the closing ---"],
  },
  {
    path: 'labs/unclosed.mdx',
    bytes: lab('---\n\nBody', '\nBody'),
    expected: [
      'labs/unclosed.mdx:1: the frontmatter opened on line 1 never closes: add a line with --- after the last field',
    ],
  },
  {
    path: 'labs/Capital-Lab.mdx',
    bytes: LAB,
    expected: [
      `labs/Capital-Lab.mdx:1: "Capital-Lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to capital-lab.mdx`,
    ],
  },
  {
    path: 'labs/space lab.mdx',
    bytes: LAB,
    expected: [
      `labs/space lab.mdx:1: "space lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to space-lab.mdx`,
    ],
  },
  {
    path: 'labs/café-lab.mdx',
    bytes: LAB,
    expected: [
      `labs/café-lab.mdx:1: "café-lab" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to cafe-lab.mdx`,
    ],
  },
  {
    path: 'labs/notes.md',
    bytes: LAB,
    expected: ['labs/notes.md:1: a lab file must end in .mdx: rename it to notes.mdx'],
  },
  {
    path: 'labs/linked.mdx',
    bytes: '',
    link: '/etc/passwd',
    expected: [
      'labs/linked.mdx:1: symbolic links are not allowed in content (a link can point outside the repository): replace it with the file itself',
    ],
  },
  {
    path: 'labs/folder/inner.mdx',
    bytes: LAB,
    expected: [
      'labs/folder:1: a folder inside a collection folder: entries are files one level deep; move its files up',
    ],
  },
  {
    path: 'labs/too-big.mdx',
    bytes: lab('Body text.', 'word '.repeat(LIMITS.fileBytes / 5)),
    expected: [
      'labs/too-big.mdx:1: the file is 257 KB, over the limit of 256 KB for one entry: shorten it or split it into several entries',
    ],
  },
  {
    path: 'labs/five-megabyte-line.mdx',
    bytes: lab('Body text.', 'x'.repeat(5 * 1024 * 1024)),
    expected: [
      'labs/five-megabyte-line.mdx:1: the file is 5.0 MB, over the limit of 256 KB for one entry: shorten it or split it into several entries',
    ],
  },
  {
    path: 'labs/deep-list.mdx',
    bytes: lab('Body text.', `${'- '.repeat(5_000)}x`),
    expected: [
      `labs/deep-list.mdx:8 body: lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
    ],
  },
  {
    // 10,000 nested list items on one line: refused by the line limit before anything parses it.
    path: 'labs/ten-thousand-nested.mdx',
    bytes: lab('Body text.', `${'- '.repeat(10_000)}x`),
    expected: [
      `labs/ten-thousand-nested.mdx:8: line 8 is 20001 characters long, over the limit of ${LIMITS.lineChars}: break it into paragraphs or lines`,
    ],
  },
  {
    path: 'labs/deep-quotes.mdx',
    bytes: lab('Body text.', Array.from({ length: 40 }, (_, i) => `${'> '.repeat(i)}text`).join('\n')),
    expected: [
      `labs/deep-quotes.mdx:${8 + LIMITS.nesting + 1} body: lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
    ],
  },
  {
    path: 'sources/duplicate.yaml',
    bytes: 'title: A\nauthor: B\nurl: https://example.org/\nkind: news\ntitle: C\n',
    expected: ['sources/duplicate.yaml:5 title: duplicate field "title" (first on line 1): keep one of them'],
  },
];

/** Writes every malformed file (and link) into `content`, a copy of a valid content folder. */
export function writeMalformed(content: string, files: readonly MalformedFile[] = MALFORMED): void {
  for (const f of files) {
    const full = join(content, f.path);
    mkdirSync(join(full, '..'), { recursive: true });
    if (f.link) symlinkSync(f.link, full);
    else writeFileSync(full, f.bytes);
  }
}

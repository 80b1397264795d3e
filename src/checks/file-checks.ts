/**
 * Checks on a content file as a file, before its frontmatter is parsed: its name, its kind
 * (symbolic links and folders are refused), its size, its bytes (UTF-8 only, no byte-order
 * mark, LF line ends, no control characters) and the shape of its text (line length, nesting
 * of lists and quotes). Contributed files are untrusted input: each check names the file, the
 * line and the fix, and none reads more than the size limit or parses anything pathological.
 */
import { COLLECTION_SPECS, SINGULAR, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/shared.ts';

/** The size limits every content file must keep (README, Security). */
export const LIMITS = {
  /** Largest content file, in bytes (the longest article today is about 40 KB). */
  fileBytes: 256 * 1024,
  /** Longest line, in characters: a paragraph may be one line, a 5 MB line is not prose. */
  lineChars: 20_000,
  /** Deepest nesting of lists and block quotes in a body, in levels. */
  nesting: 16,
} as const;

/** A problem with a file as a whole (or one of its lines), before any field is read. */
export interface FileProblem {
  /** 1-based line, 1 for the file as a whole. */
  line: number;
  /** '' for the file, 'body' for its text. */
  field: string;
  message: string;
}

const KB = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** A name that would be a valid id: lower case, ASCII letters and digits, hyphens between words. */
function suggestId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Problems with an entry's file name: its extension, and whether the rest is a valid id (it is the page's URL). */
export function fileNameProblems(collection: CollectionName, name: string): FileProblem[] {
  const spec = COLLECTION_SPECS[collection];
  const dot = name.lastIndexOf('.');
  const id = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1) : '';
  const fixedId = ID_PATTERN.test(id) ? id : suggestId(id) || 'entry-name';
  if (ext !== spec.ext)
    return [
      {
        line: 1,
        field: '',
        message: `a ${SINGULAR[collection]} file must end in .${spec.ext}: rename it to ${fixedId}.${spec.ext}`,
      },
    ];
  if (!ID_PATTERN.test(id))
    return [
      {
        line: 1,
        field: '',
        message: `"${id}" is not a valid file name: use lower-case letters, digits and hyphens (the name is the page's URL): rename it to ${fixedId}.${spec.ext}`,
      },
    ];
  return [];
}

/** What kind of thing sits in a collection folder, as `lstat` tells it (a link is never followed). */
export interface FileKind {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  size: number;
}

/** Problems with the kind and size of a file, known before reading a byte of it. */
export function fileKindProblems(kind: FileKind): FileProblem[] {
  if (kind.isSymbolicLink)
    return [
      {
        line: 1,
        field: '',
        message:
          'symbolic links are not allowed in content (a link can point outside the repository): replace it with the file itself',
      },
    ];
  if (kind.isDirectory)
    return [
      {
        line: 1,
        field: '',
        message: 'a folder inside a collection folder: entries are files one level deep; move its files up',
      },
    ];
  if (!kind.isFile)
    return [{ line: 1, field: '', message: 'not a regular file (a device, socket or pipe): remove it' }];
  if (kind.size > LIMITS.fileBytes)
    return [
      {
        line: 1,
        field: '',
        message: `the file is ${KB(kind.size)}, over the limit of ${KB(LIMITS.fileBytes)} for one entry: shorten it or split it into several entries`,
      },
    ];
  return [];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as UTF-8, refusing a byte-order mark and any byte sequence that is
 * not UTF-8 (with the line where it is). Returns the text, or the problems.
 */
export function decodeContent(bytes: Uint8Array): { text: string } | { problems: FileProblem[] } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      problems: [
        {
          line: 1,
          field: '',
          message:
            'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM (in most editors: "UTF-8", not "UTF-8 with BOM")',
        },
      ],
    };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    const byte = bytes[Math.max(at, 0)] ?? 0;
    return {
      problems: [
        {
          line,
          field: '',
          message: `bytes that are not UTF-8 (0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${at - lineStart + 1}): save the file as UTF-8`,
        },
      ],
    };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or the length. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length + (n > 0 ? 0 : 1)) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const next = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates, and code points over U+10FFFF.
    if (
      (c === 0xe0 && next < 0xa0) ||
      (c === 0xed && next > 0x9f) ||
      (c === 0xf0 && next < 0x90) ||
      (c === 0xf4 && next > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return b.length;
}

// C0 controls but tab and line feed, DEL, C1 controls. A carriage return has its own message.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): "Trojan Source" text. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** 1-based line of a character offset. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Problems with a file's text as a whole: empty, carriage returns (CRLF line ends), control
 * characters, lines over the length limit. At most one problem of each kind (the first line),
 * so a broken file gives a short report.
 */
export function textProblems(text: string): FileProblem[] {
  if (text.trim() === '')
    return [{ line: 1, field: '', message: 'the file is empty: write the entry (npm run new makes a valid start)' }];
  const problems: FileProblem[] = [];
  if (text.charCodeAt(0) === 0xfeff)
    problems.push({
      line: 1,
      field: '',
      message: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM',
    });
  const cr = text.indexOf('\r');
  if (cr >= 0)
    problems.push({
      line: lineAt(text, cr),
      field: '',
      message:
        'Windows (CRLF) or old Mac (CR) line ends: save the file with LF line ends (git: core.autocrlf=input; editors: "LF")',
    });
  const control = CONTROL.exec(text);
  if (control)
    problems.push({
      line: lineAt(text, control.index),
      field: '',
      message: `control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: remove it (it is invisible and breaks feeds and exports)`,
    });
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi)
    problems.push({
      line: lineAt(text, bidi.index),
      field: '',
      message: `bidirectional control character U+${bidi[0].charCodeAt(0).toString(16).toUpperCase()}: remove it (it reorders the text around it on the page, and hides what a reviewer reads)`,
    });
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LIMITS.lineChars) {
      problems.push({
        line,
        field: '',
        message: `line ${line} is ${end - start} characters long, over the limit of ${LIMITS.lineChars}: break it into paragraphs or lines`,
      });
      break;
    }
    start = end + 1;
  }
  return problems;
}

/** A marker that opens a list item or a block quote, with the spaces after it. */
const MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]*/;

/**
 * How deep a body line nests lists and block quotes, as an upper bound: the markers at its
 * start (`- - - x` is three lists deep, `> > x` two quotes) plus one level for every two
 * columns of indentation before them.
 */
export function nestingOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  let depth = Math.floor(lead.replace(/\t/g, '    ').length / 2);
  let rest = line.slice(lead.length);
  for (let m = MARKER.exec(rest); m && depth <= LIMITS.nesting; m = MARKER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  return depth;
}

/**
 * Refuses a body nested deeper than the limit before any Markdown parser sees it: 10,000
 * nested list items would take the parser minutes and its memory with them. Fenced code is
 * skipped (its indentation is text). One problem at most: the first line over the limit.
 */
export function nestingProblems(body: string, bodyLine: number): FileProblem[] {
  let fence = '';
  const lines = body.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const f = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length && line.trim() === f) fence = '';
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    if (nestingOf(line) > LIMITS.nesting)
      return [
        {
          line: bodyLine + n,
          field: 'body',
          message: `lists or quotes nested more than ${LIMITS.nesting} levels deep: flatten them (headings or a table give structure)`,
        },
      ];
  }
  return [];
}

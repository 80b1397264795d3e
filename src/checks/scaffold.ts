/**
 * `npm run new -- <collection> <id>`: the text of a new entry that already validates, with
 * every field of the schema written out and explained by its own JSDoc (from
 * `schema-docs.ts`, so the scaffold follows the schema as it changes). Required fields carry
 * a placeholder marked `# TODO` (which `npm run validate` lists until it is replaced);
 * optional fields are commented out: remove the `# ` to use one.
 * Pure: the caller reads the docs and the existing ids and writes the file.
 */
import { COLLECTION_SPECS, COLLECTIONS, SINGULAR, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/shared.ts';
import type { CollectionDoc, DocumentedField } from './schema-docs.ts';
import { kindInWords, sharedChildren, yamlScalar, type FieldInfo } from './schema-fields.ts';

/** The marker left on every placeholder value; `npm run validate` warns while one remains. */
export const TODO = 'TODO';

export class ScaffoldError extends Error {}

/** `models` from `models`, `model`, `Models`; undefined for anything else. */
export function collectionNamed(name: string): CollectionName | undefined {
  const n = name.trim().toLowerCase();
  return COLLECTIONS.find(
    (c) => c === n || SINGULAR[c] === n || (c === 'glossary' && (n === 'terms' || n === 'glossary-term')),
  );
}

/** Refuses a collection, an id or a duplicate before anything is written, with the fix. */
export function checkNewEntry(collectionName: string, id: string, existing: ReadonlySet<string>): CollectionName {
  const collection = collectionNamed(collectionName);
  if (!collection)
    throw new ScaffoldError(`unknown collection "${collectionName}": use one of ${COLLECTIONS.join(', ')}`);
  if (!id) throw new ScaffoldError(`give the new entry an id: npm run new -- ${collection} <id>`);
  if (!ID_PATTERN.test(id)) {
    const suggestion = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    throw new ScaffoldError(
      `"${id}" is not a valid id: use lower-case letters, digits and single hyphens (it becomes the URL /${collection}/<id>/)` +
        (suggestion && ID_PATTERN.test(suggestion) ? `, e.g. "${suggestion}"` : ''),
    );
  }
  if (existing.has(id))
    throw new ScaffoldError(`content/${collection}/${id} already exists: edit that file, or choose another id`);
  return collection;
}

export interface ScaffoldContext {
  /** Ids that exist, by collection (a required reference gets the first as its placeholder). */
  ids: Partial<Record<CollectionName, readonly string[]>>;
  /** Today, YYYY-MM-DD. */
  today: string;
}

const DATE_PREFIX = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-/;

/** `llama-3-1-8b` → `Llama 3 1 8b`: a starting point for a name, flagged TODO like every placeholder. */
function titleFromId(id: string): string {
  const words = id.replace(DATE_PREFIX, '').split('-');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

const scalar = yamlScalar;

const isEmptyObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;

/** What a field accepts, e.g. "required · one of: dense, moe". */
function rule(f: DocumentedField): string {
  const parts = [f.required ? 'required' : 'optional'];
  if (f.kind === 'enum' && f.values) parts.push(`one of: ${f.values.join(', ')}`);
  else if (f.kind === 'list' && f.item?.kind === 'enum' && f.item.values)
    parts.push(`list of: ${f.item.values.join(', ')}`);
  else parts.push(kindInWords(f));
  if (f.defaultValue !== undefined && !isEmptyObject(f.defaultValue)) parts.push(`default ${scalar(f.defaultValue)}`);
  return parts.join(' · ');
}

/** Comment lines at `indent`, wrapped at about 100 characters. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
}

/** A value that passes the schema: the placeholder of a required field, the example of an optional one. */
function placeholder(
  f: Omit<FieldInfo, 'path' | 'name' | 'required'> & { name?: string },
  id: string,
  ctx: ScaffoldContext,
): unknown {
  switch (f.kind) {
    case 'text': {
      const named = f.name && ['name', 'title', 'term', 'shortName'].includes(f.name) ? titleFromId(id) : TODO;
      return f.maxLength ? named.slice(0, f.maxLength) : named;
    }
    case 'date':
      return DATE_PREFIX.exec(`${id}-`)?.[1] ?? ctx.today;
    case 'day':
      return ctx.today;
    case 'url':
      return `https://example.org/${TODO}`;
    case 'enum':
      // Never claim more than is known: "unknown" where the schema has it.
      return f.values?.includes('unknown') ? 'unknown' : f.values?.[0];
    case 'ref':
      return ctx.ids[f.ref!]?.[0] ?? `${TODO.toLowerCase()}-${SINGULAR[f.ref!]}-id`;
    case 'boolean':
      return false;
    case 'number':
    case 'integer':
      return 1;
    case 'list':
      return [];
    case 'literal':
      return f.literal;
    case 'choice':
      return f.options?.[0] ? placeholder(f.options[0], id, ctx) : TODO;
    case 'group':
      return undefined;
  }
}

/** The lines of one field (and of its fields, for a group), at `indent`. */
function fieldLines(f: DocumentedField, id: string, ctx: ScaffoldContext, indent: string): string[] {
  const lines = comment(`${f.doc || '(no description in the schema)'} [${rule(f)}]`, indent);
  if (f.kind === 'group') {
    const shared = sharedChildren(f);
    let inner: string[];
    if (shared) {
      // One description of the common fields, then each member with its required fields only.
      lines.push(...comment('Each of the fields below takes:', indent));
      for (const g of shared) lines.push(...comment(`- ${g.name}: ${g.doc} [${rule(g)}]`, indent));
      inner = (f.children ?? []).flatMap((c) => [
        ...comment(c.doc, `${indent}  `),
        `${indent}  ${c.name}:`,
        ...(c.children ?? [])
          .filter((g) => g.required)
          .map((g) => `${indent}    ${g.name}: ${scalar(placeholder(g, id, ctx))} # ${TODO}`),
      ]);
    } else inner = (f.children ?? []).flatMap((c) => fieldLines(c, id, ctx, `${indent}  `));
    if (f.required) lines.push(`${indent}${f.name}:`, ...inner);
    else lines.push(`${indent}# ${f.name}:`, ...inner.map((l) => `${indent}# ${l.slice(indent.length)}`));
    return lines;
  }
  if (f.required) lines.push(`${indent}${f.name}: ${scalar(placeholder(f, id, ctx))} # ${TODO}`);
  else
    lines.push(
      `${indent}# ${f.name}: ${scalar(f.defaultValue !== undefined ? f.defaultValue : placeholder(f, id, ctx))}`,
    );
  return lines;
}

const BODY = `
${TODO}: write the entry here, in your own words, in Markdown. After each claim, cite where it comes
from with a footnote marker naming a file of content/sources/ (see /contribute/#citations). A claim
that has no source yet is marked like this.[^citation-needed]
`;

/**
 * An article shows what the entries hold through a component, never by retyping it: the
 * scaffold uses one (valid as written: it names a model that exists).
 */
function componentExample(model: string): string {
  return `
${TODO}: figures, clauses and tables that the entries hold are shown with a component, which renders
what the entry says, with its source. In a sentence: \`<Fact model="${model}" field="released" />\`.
As a table, on a line of its own (every component: /contribute/#components):

<ModelsTable models="${model}" columns="released total license" />
`;
}

/** The file name and text of a new entry. `doc` is the collection's documentation. */
export function scaffoldEntry(doc: CollectionDoc, id: string, ctx: ScaffoldContext): { file: string; text: string } {
  const { collection } = doc;
  const yaml = COLLECTION_SPECS[collection].ext === 'yaml';
  const header = [
    ...comment(`New ${SINGULAR[collection]}. ${doc.description}`, ''),
    ...comment(
      `Each field is explained above it, with [required or optional · what it accepts]. Replace every value marked ${TODO} ` +
        `(npm run validate lists those left). Optional fields are commented out: remove the "# " before a field to use it. ` +
        `Fields: /contribute/#${collection}-fields and ${doc.schemaFile}.`,
      '',
    ),
  ];
  const fields = doc.fields.flatMap((f) => fieldLines(f, id, ctx, ''));
  if (yaml) return { file: `${id}.yaml`, text: `${[...header, ...fields].join('\n')}\n` };
  const model = ctx.ids.models?.[0];
  const body = collection === 'articles' && model ? BODY + componentExample(model) : BODY;
  return { file: `${id}.mdx`, text: `---\n${[...header, ...fields].join('\n')}\n---\n${body}` };
}

/**
 * What each field of a collection accepts, read from the zod schema itself at run time:
 * its kind, whether it is required, its default, its allowed values, the collection a
 * reference points to. The words that explain a field come from its JSDoc
 * (`src/checks/schema-docs.ts`); this module knows only the structure, so it needs no compiler
 * and serves the validator's warnings as well as the generated documentation.
 */
import { z } from 'astro/zod';
import { COLLECTION_SPECS, type CollectionName } from '../schemas/index.ts';
import { fullDate, httpsUrl, partialDate, type EntryRef, type RefFn } from '../schemas/shared.ts';

type FieldKind =
  | 'text'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'day'
  | 'url'
  | 'enum'
  | 'ref'
  | 'list'
  | 'group'
  | 'choice'
  | 'literal';

export interface FieldInfo {
  /** Dotted path from the top of the entry, e.g. `openness.weights.status`. */
  path: string;
  /** The last segment of the path. */
  name: string;
  kind: FieldKind;
  /** Must the contributor write it? (Optional fields and fields with a default need not be written.) */
  required: boolean;
  /** The value used when the field is left out. */
  defaultValue?: unknown;
  /** Allowed values of an enum (or of a list of enum values). */
  values?: readonly string[];
  /** The collection a reference (or a list of references) points to. */
  ref?: CollectionName;
  /** Longest text allowed. */
  maxLength?: number;
  /** For a list: what each item is. */
  item?: Omit<FieldInfo, 'path' | 'name' | 'required'>;
  /** For a choice (union): the alternatives. */
  options?: Omit<FieldInfo, 'path' | 'name' | 'required'>[];
  /** For a literal: the one value allowed. */
  literal?: unknown;
  /** For a group of fields: its fields, in the order the schema declares them. */
  children?: FieldInfo[];
}

// Reference schemas are recognised by identity: the schemas are built with a `ref` that records them.
const refTargets = new WeakMap<object, CollectionName>();
const docRef: RefFn = (collection) => {
  const s = z.string().transform((id): EntryRef => ({ id, collection }));
  refTargets.set(s, collection);
  return s;
};

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  checks?: { _zod: { def: { check?: string; maximum?: number; format?: string } } }[];
}
interface Schema {
  _zod: { def: Def };
}

type Shape = Omit<FieldInfo, 'path' | 'name' | 'required'>;

/** The shape of one schema node, with optional/default wrappers removed and noted. */
function describe(schema: Schema): { shape: Shape; optional: boolean; defaultValue?: unknown } {
  let s = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = s._zod.def;
    if (def.type === 'optional') {
      optional = true;
      s = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      const v = def.defaultValue;
      defaultValue = typeof v === 'function' ? (v as () => unknown)() : v;
      s = def.innerType!;
    } else break;
  }
  return { shape: shapeOf(s), optional, defaultValue };
}

function shapeOf(s: Schema): Shape {
  const def = s._zod.def;
  if ((s as unknown) === partialDate) return { kind: 'date' };
  if ((s as unknown) === fullDate) return { kind: 'day' };
  if ((s as unknown) === httpsUrl) return { kind: 'url' };
  const target = refTargets.get(s);
  if (target) return { kind: 'ref', ref: target };
  switch (def.type) {
    case 'string': {
      const max = def.checks?.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
      return max === undefined ? { kind: 'text' } : { kind: 'text', maxLength: max };
    }
    case 'number': {
      const int = def.checks?.some((c) => c._zod.def.format === 'safeint' || c._zod.def.format === 'int');
      return { kind: int ? 'integer' : 'number' };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'literal', literal: def.values?.[0] };
    case 'array':
      return { kind: 'list', item: shapeOf(def.element!) };
    case 'union':
      return { kind: 'choice', options: (def.options ?? []).map(shapeOf) };
    case 'pipe':
      return shapeOf(def.out!);
    case 'object':
      return { kind: 'group', children: fieldsOf(s, '') };
    default:
      throw new Error(
        `schema-fields: no description for zod type "${def.type}" (teach src/checks/schema-fields.ts about it)`,
      );
  }
}

function fieldsOf(object: Schema, prefix: string): FieldInfo[] {
  const shape = object._zod.def.shape ?? {};
  return Object.entries(shape).map(([name, schema]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const { shape: info, optional, defaultValue } = describe(schema);
    const field: FieldInfo = { path, name, required: !optional, ...info };
    if (defaultValue !== undefined) field.defaultValue = defaultValue;
    if (info.children) field.children = fieldsOf(unwrapObject(schema), path);
    return field;
  });
}

function unwrapObject(schema: Schema): Schema {
  let s = schema;
  while (s._zod.def.type !== 'object') s = (s._zod.def.innerType ?? s._zod.def.out)!;
  return s;
}

const cache = new Map<CollectionName, FieldInfo[]>();

/** The fields of a collection, in schema order, nested groups included. */
export function collectionFields(collection: CollectionName): FieldInfo[] {
  let fields = cache.get(collection);
  if (!fields) {
    fields = fieldsOf(unwrapObject(COLLECTION_SPECS[collection].schema(docRef) as unknown as Schema), '');
    cache.set(collection, fields);
  }
  return fields;
}

/** Every field of a collection, groups first then their fields, depth first. */
export function flattenFields(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.flatMap((f) => [f, ...flattenFields(f.children ?? [])]);
}

/** Paths of the fields of a collection that reference `target` (a reference or a list of references). */
export function refPaths(collection: CollectionName, target: CollectionName): string[] {
  return flattenFields(collectionFields(collection))
    .filter((f) => f.ref === target || f.item?.ref === target)
    .map((f) => f.path);
}

/** The ids found at `path` (dotted, as given by `refPaths`) in an entry's data. */
export function valuesAt(data: unknown, path: string): string[] {
  let values: unknown[] = [data];
  for (const key of path.split('.')) {
    values = values.flatMap((v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? [(v as Record<string, unknown>)[key]] : [],
    );
  }
  // A reference is an id, or (once resolved like Astro's `reference()`) an object with its id.
  return values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .map((v) =>
      v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : v,
    )
    .filter((v): v is string => typeof v === 'string');
}

/** A field's kind in words, e.g. "text, at most 120 characters", "id of a labs entry", "list of: one of …". */
export function kindInWords(f: Shape): string {
  switch (f.kind) {
    case 'text':
      return f.maxLength ? `text, at most ${f.maxLength} characters` : 'text';
    case 'number':
      return 'number';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'date: YYYY, YYYY-MM or YYYY-MM-DD';
    case 'day':
      return 'date: YYYY-MM-DD';
    case 'url':
      return 'URL starting with https://';
    case 'enum':
      return 'one of the allowed values';
    case 'ref':
      return `id of a ${f.ref} entry`;
    case 'literal':
      return JSON.stringify(f.literal);
    case 'list':
      return `list of ${f.item ? pluralKind(f.item) : 'values'}`;
    case 'choice':
      return (f.options ?? []).map(kindInWords).join(', or ');
    case 'group':
      return 'group of fields';
  }
}

function pluralKind(f: Shape): string {
  switch (f.kind) {
    case 'ref':
      return `ids of ${f.ref} entries`;
    case 'enum':
      return 'allowed values';
    case 'text':
      return f.maxLength ? `texts (each at most ${f.maxLength} characters)` : 'texts';
    case 'number':
    case 'integer':
      return 'numbers';
    default:
      return kindInWords(f);
  }
}

/** A field with its explanation (see schema-docs.ts). */
export type DocField = FieldInfo & { doc?: string; children?: DocField[] };

/**
 * The fields every member of a group shares, when all its members are groups of the same
 * fields (a license's clauses, a model's openness components): documented once, not nine times.
 */
export function sharedChildren<T extends DocField>(field: T): T[] | undefined {
  const members = (field.children ?? []) as T[];
  if (members.length < 2 || !members.every((c) => c.kind === 'group')) return undefined;
  const signature = (c: T) =>
    JSON.stringify(
      ((c.children ?? []) as DocField[]).map((g) => [
        g.name,
        g.doc,
        g.kind,
        g.required,
        g.values,
        g.ref,
        g.maxLength,
        g.item,
      ]),
    );
  const first = signature(members[0]!);
  return members.every((c) => signature(c) === first) ? (members[0]!.children as T[]) : undefined;
}

/** One row of a collection's field table. */
export interface FieldRow<T extends DocField = DocField> {
  /** Path as shown, e.g. `openness.weights` or `openness.<component>.status`. */
  path: string;
  /** Anchor, e.g. `models-openness-weights`. */
  anchor: string;
  depth: number;
  field: T;
}

/** A collection's fields as table rows: groups, then their fields; shared member fields once. */
export function fieldRows<T extends DocField>(
  collection: CollectionName,
  fields: readonly T[],
  prefix = '',
  depth = 0,
): FieldRow<T>[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const row: FieldRow<T> = {
      path,
      anchor: `${collection}-${path.replace(/[.<>]+/g, '-').replace(/-+$/, '')}`,
      depth,
      field: f,
    };
    const shared = sharedChildren(f);
    if (shared) {
      const memberName = `<${f.name === 'clauses' ? 'clause' : f.name === 'openness' ? 'component' : 'member'}>`;
      return [
        row,
        ...((f.children ?? []) as T[]).map((m) => ({
          path: `${path}.${m.name}`,
          anchor: `${collection}-${path}-${m.name}`.replace(/\./g, '-'),
          depth: depth + 1,
          field: { ...m, children: undefined } as T,
        })),
        ...fieldRows(collection, shared, `${path}.${memberName}`, depth + 1),
      ];
    }
    return [row, ...fieldRows(collection, (f.children ?? []) as T[], path, depth + 1)];
  });
}

/** A value as it is written in YAML: bare when that is unambiguous, quoted otherwise. */
export function yamlScalar(value: unknown): string {
  if (typeof value === 'string') {
    if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
    const bare =
      /^[A-Za-z][\w .,()/-]*$/.test(value) &&
      !/:\s|\s#/.test(value) &&
      !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
    return bare ? value : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(yamlScalar).join(', ')}]`;
  if (value && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : JSON.stringify(value);
  return String(value);
}

/** Splits a JSDoc sentence on `backticks`: odd parts are code. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((p) => p.text !== '');
}

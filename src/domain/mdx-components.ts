/**
 * The components content may use, and nothing else: each with a zod schema for its props,
 * documentation generated from the same declaration, and the checks that need the content
 * (ids that exist, fields an entry has, filters that match something).
 *
 * Props are literal strings in MDX (`model="llama-3-1"`): a list of ids or values is written
 * with spaces between them (`models="llama-3-1 mistral-7b"`), a number or year as digits.
 * No expressions, spreads or children: the MDX guard refuses them before anything compiles.
 *
 * Pure: used by the MDX guard (names, props and their types), the validator (plus ids and
 * fields, through `contentProblems`), the components (`parseProps`, `selectModels`...) and the
 * generated documentation (CONTRIBUTING.md, /contribute/).
 */
import { z } from 'astro/zod';
import { CLAUSE_KEYS, type CLAUSE_VALUES, LICENSE_TIERS, type ClauseKey } from '../schemas/license.ts';
import { EVIDENCED_FIELDS, MODALITIES, OPENNESS_COMPONENTS, type EvidencedField } from '../schemas/model.ts';

/** Headers of the openness columns (as the openness record names its components). */
const OPENNESS_COLUMN_LABELS: Record<(typeof OPENNESS_COMPONENTS)[number], string> = {
  weights: 'Weights',
  inferenceCode: 'Inference code',
  trainingCode: 'Training code',
  trainingData: 'Training data',
  dataDescription: 'Data description',
  hyperparameters: 'Hyperparameters',
  paper: 'Paper',
  modelCard: 'Model card',
  evaluationCode: 'Evaluation code',
};
import { EVENT_KINDS } from '../schemas/event.ts';
import { ID_PATTERN, SINGULAR, type CollectionName, type EntryRef } from '../schemas/shared.ts';

/** What a prop accepts. */
export type PropKind =
  | { kind: 'id'; collection: CollectionName }
  | { kind: 'ids'; collection: CollectionName; min?: number; max?: number }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'choices'; values: readonly string[] }
  | { kind: 'years' }
  | { kind: 'count'; min: number; max: number }
  | { kind: 'text'; max: number };

type PropSpec = PropKind & {
  /** What the prop does, for the documentation. */
  doc: string;
  required?: boolean;
};

export interface ComponentSpec {
  /** What the component is for. */
  doc: string;
  /** What it renders, in words. */
  renders: string;
  /** inline: inside a sentence; block: on a line of its own (it renders a table or a figure). */
  display: 'inline' | 'block';
  props: Readonly<Record<string, PropSpec>>;
  /** A use of it, as an author writes it (valid against the fixture and the real content). */
  example: string;
  /** Rules between props, as messages (e.g. "give model or license, not both"). */
  rules?: (props: Record<string, unknown>) => { prop: string; message: string }[];
}

/** The fields a <Fact> can show of a model: the infobox fields, and the two parameter counts alone. */
const MODEL_FACT_FIELDS = [...EVIDENCED_FIELDS, 'parameters.total', 'parameters.active'] as const;
type ModelFactField = (typeof MODEL_FACT_FIELDS)[number];

/** Columns of the models table that only an article's <ModelsTable columns="…"> shows, after the usual ones. */
export const EXTRA_COLUMNS = [
  { key: 'inputs', label: 'Inputs', status: false },
  { key: 'outputs', label: 'Outputs', status: false },
  ...OPENNESS_COMPONENTS.map((key) => ({ key, label: OPENNESS_COLUMN_LABELS[key], status: true })),
] as const satisfies readonly { key: string; label: string; status: boolean }[];

/** A cell of an extra column: its text (or openness status) and sort value. */
export function extraCell(key: string, d: ModelLike['data']): { text: string; status?: string } {
  if (key === 'inputs' || key === 'outputs') {
    const list = (key === 'inputs' ? d.modalities : (d.outputs as string[] | undefined)) ?? [];
    return { text: list.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(', ') };
  }
  const status = (d.openness as Partial<Record<string, { status: string }>> | undefined)?.[key]?.status ?? 'unknown';
  return { text: status, status };
}

/** The columns a <ModelsTable> can show (the model's name is always the first). */
const TABLE_COLUMNS = [
  'lab',
  'released',
  'total',
  'active',
  'arch',
  'context',
  'tokens',
  'license',
  'openness',
  ...EXTRA_COLUMNS.map((c) => c.key),
] as const;

/** The site's charts a <Chart> can draw (as on /compare/charts/). */
const CHART_NAMES = ['parameters-over-time', 'releases-by-tier', 'releases-by-country'] as const;

/** The filters shared by <ModelsTable> and <Chart>: which models they show. */
const MODEL_FILTER_PROPS = {
  models: { kind: 'ids', collection: 'models', min: 1, max: 60, doc: 'only these models' },
  lab: { kind: 'ids', collection: 'labs', min: 1, max: 20, doc: 'models by any of these labs' },
  family: { kind: 'text', max: 60, doc: 'models of this family, as the entries write it (e.g. Llama)' },
  license: { kind: 'ids', collection: 'licenses', min: 1, max: 20, doc: 'models under any of these licenses' },
  tier: { kind: 'choices', values: LICENSE_TIERS, doc: 'models whose license is in any of these tiers' },
  year: { kind: 'years', doc: 'models released in this year, or in this range of years (2023-2025)' },
  modality: { kind: 'choices', values: MODALITIES, doc: 'models that take any of these inputs' },
} as const satisfies Record<string, PropSpec>;

/** Every component content may use. Its name is the tag authors write; nothing else compiles. */
export const MDX_COMPONENTS = {
  Fact: {
    doc: 'One figure or term from an entry, inside a sentence. It shows what the entry says now, with the document the entry cites for it, and links to the entry.',
    renders:
      'the value as the entry page shows it (e.g. "405 billion"), linked to the entry, with a superscript link to its source',
    display: 'inline',
    props: {
      model: { kind: 'id', collection: 'models', doc: 'the model (give model or license)' },
      license: { kind: 'id', collection: 'licenses', doc: 'the license (give model or license)' },
      field: {
        kind: 'choice',
        values: [...MODEL_FACT_FIELDS, ...CLAUSE_KEYS],
        required: true,
        doc: 'for a model, one of its infobox fields (parameters.total and parameters.active alone); for a license, one of its clauses (userThreshold shows the threshold itself)',
      },
    },
    example: '<Fact model="llama-3-1" field="parameters.total" />',
    rules: (p) => {
      const out: { prop: string; message: string }[] = [];
      if ((p.model === undefined) === (p.license === undefined))
        out.push({
          prop: 'model',
          message: 'give either model="<model id>" or license="<license id>", one of the two',
        });
      const field = p.field as string | undefined;
      if (field !== undefined && p.model !== undefined && !(MODEL_FACT_FIELDS as readonly string[]).includes(field))
        out.push({
          prop: 'field',
          message: `"${field}" is not a model field: use one of ${MODEL_FACT_FIELDS.join(', ')}`,
        });
      if (field !== undefined && p.license !== undefined && !(CLAUSE_KEYS as readonly string[]).includes(field))
        out.push({
          prop: 'field',
          message: `"${field}" is not a license clause: use one of ${CLAUSE_KEYS.join(', ')}`,
        });
      return out;
    },
  },
  LicenseClauses: {
    doc: 'Chosen clauses of chosen licenses, compared in a table, as the license entries record them.',
    renders:
      'a table, one row per license, one column per clause; each cell gives the value (yes, no, conditional, unknown), the condition and the document it is read from',
    display: 'block',
    props: {
      licenses: { kind: 'ids', collection: 'licenses', min: 1, max: 40, required: true, doc: 'the licenses, in order' },
      clauses: {
        kind: 'choices',
        values: CLAUSE_KEYS,
        doc: 'the clauses, in order (default: all nine)',
      },
      detail: {
        kind: 'choice',
        values: ['notes', 'values'],
        doc: 'notes (default): each cell with the condition in words and the source by title; values: the value, the threshold and a link to the section of the source (for large tables)',
      },
      caption: { kind: 'text', max: 160, doc: 'what the table shows, for screen readers and the page' },
    },
    example: '<LicenseClauses licenses="llama-3-1-community apache-2-0" clauses="commercialUse userThreshold" />',
  },
  ModelsTable: {
    doc: 'A table of the models that match the filters (all filters must match; a list means any of its values). Sortable by any column when scripting is on, complete without it.',
    renders: 'the models table of /models/, with the chosen columns, newest first',
    display: 'block',
    props: {
      ...MODEL_FILTER_PROPS,
      columns: {
        kind: 'choices',
        values: TABLE_COLUMNS,
        doc: "the columns after the model's name, shown in the table's usual order (default: the usual ones); inputs, outputs and the openness components are extra columns, shown last",
      },
      caption: { kind: 'text', max: 160, doc: 'what the table shows, for screen readers' },
    },
    example: '<ModelsTable lab="meta" year="2024" columns="released total license" />',
  },
  SideBySide: {
    doc: 'Two to four models compared row by row: lab, date, size, architecture, context, training data, license and openness.',
    renders: 'a table with one column per model, as on /compare/models/',
    display: 'block',
    props: {
      models: { kind: 'ids', collection: 'models', min: 2, max: 4, required: true, doc: 'two to four models' },
    },
    example: '<SideBySide models="llama-3-1 deepseek-v3" />',
  },
  TimelineExcerpt: {
    doc: 'The events of the timeline that match the filters, oldest first, each with its date, kind, title and summary.',
    renders: 'a dated list of events linked to their pages',
    display: 'block',
    props: {
      lab: { kind: 'ids', collection: 'labs', min: 1, max: 20, doc: 'events concerning any of these labs' },
      license: { kind: 'ids', collection: 'licenses', min: 1, max: 20, doc: 'events concerning any of these licenses' },
      model: { kind: 'ids', collection: 'models', min: 1, max: 20, doc: 'events concerning any of these models' },
      kind: { kind: 'choices', values: EVENT_KINDS, doc: 'events of any of these kinds' },
      from: { kind: 'years', doc: 'from this year on' },
      to: { kind: 'years', doc: 'up to this year' },
      limit: { kind: 'count', min: 1, max: 50, doc: 'at most this many events (the latest ones)' },
    },
    example: '<TimelineExcerpt kind="license-change" from="2023" />',
  },
  Chart: {
    doc: 'One of the charts of /compare/charts/, drawn from the models that match the filters.',
    renders: 'an SVG chart drawn at build time, with its summary and its data table',
    display: 'block',
    props: {
      name: {
        kind: 'choice',
        values: CHART_NAMES,
        required: true,
        doc: 'which chart (as on /compare/charts/)',
      },
      ...MODEL_FILTER_PROPS,
    },
    example: '<Chart name="parameters-over-time" lab="meta mistral-ai" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof MDX_COMPONENTS;
export const COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as ComponentName[];

const list = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** The type of a prop in words, for messages and documentation. */
export function propType(p: PropKind): string {
  switch (p.kind) {
    case 'id':
      return `a ${SINGULAR[p.collection]} id`;
    case 'ids':
      return p.max === 1 ? `a ${SINGULAR[p.collection]} id` : `${SINGULAR[p.collection]} ids, separated by spaces`;
    case 'choice':
      return `one of: ${p.values.join(', ')}`;
    case 'choices':
      return `any of: ${p.values.join(', ')} (separated by spaces)`;
    case 'years':
      return 'a year (2024) or a range (2023-2025)';
    case 'count':
      return `a whole number from ${p.min} to ${p.max}`;
    case 'text':
      return `plain text, at most ${p.max} characters`;
  }
}

/** A zod schema for one prop's literal value, turning it into what the component uses. */
function valueSchema(p: PropKind): z.ZodType {
  const id = (c: CollectionName) =>
    z.string().regex(ID_PATTERN, {
      error: (i) =>
        `"${String(i.input)}" is not a ${SINGULAR[c]} id: ids are file names in content/${c}/ (lower-case letters, digits and hyphens)`,
    });
  switch (p.kind) {
    case 'id':
      return id(p.collection);
    case 'ids': {
      const min = p.min ?? 1;
      const max = p.max ?? 100;
      return z
        .string()
        .transform(list)
        .pipe(
          z
            .array(id(p.collection))
            .min(min, {
              error: `give at least ${min} ${SINGULAR[p.collection]} id${min === 1 ? '' : 's'}, separated by spaces`,
            })
            .max(max, { error: `give at most ${max} ${SINGULAR[p.collection]} ids` }),
        );
    }
    case 'choice':
      return z.enum(p.values as [string, ...string[]], {
        error: (i) => `"${String(i.input)}" is not allowed here: use one of ${p.values.join(', ')}`,
      });
    case 'choices':
      return z
        .string()
        .transform(list)
        .pipe(
          z
            .array(
              z.enum(p.values as [string, ...string[]], {
                error: (i) => `"${String(i.input)}" is not allowed here: use one of ${p.values.join(', ')}`,
              }),
            )
            .min(1, { error: `give at least one of ${p.values.join(', ')}` }),
        );
    case 'years':
      return z
        .string()
        .regex(/^\d{4}(?:-\d{4})?$/, { error: (i) => `"${String(i.input)}" is not a year: write 2024, or 2023-2025` })
        .transform((s) => {
          const [a, b] = s.split('-').map(Number) as [number, number | undefined];
          return { from: a, to: b ?? a };
        })
        .refine((r) => r.from <= r.to, { error: 'the first year of a range must come first' });
    case 'count':
      return z
        .string()
        .regex(/^\d+$/, { error: (i) => `"${String(i.input)}" is not a whole number: write digits, e.g. "5"` })
        .transform(Number)
        .pipe(
          z
            .number()
            .min(p.min, { error: `must be at least ${p.min}` })
            .max(p.max, { error: `must be at most ${p.max}` }),
        );
    case 'text':
      return z
        .string()
        .trim()
        .min(1, { error: 'must not be empty' })
        .max(p.max, { error: `must be at most ${p.max} characters` });
  }
}

const schemas = new Map<string, z.ZodType>();

/** The zod schema of a component's props: closed (an unknown prop is an error), each value literal text. */
function propsSchema(name: ComponentName): z.ZodType {
  let s = schemas.get(name);
  if (!s) {
    const spec: ComponentSpec = MDX_COMPONENTS[name];
    const shape = Object.fromEntries(
      Object.entries(spec.props).map(([k, p]) => {
        const v = valueSchema(p);
        return [k, p.required ? v : v.optional()];
      }),
    );
    s = z.strictObject(shape).superRefine((props, ctx) => {
      for (const r of spec.rules?.(props as Record<string, unknown>) ?? [])
        ctx.addIssue({ code: 'custom', path: [r.prop], message: r.message });
    });
    schemas.set(name, s);
  }
  return s;
}

export interface PropProblem {
  /** The prop at fault, or '' for the component as a whole. */
  prop: string;
  message: string;
}

/** Parses a component's literal props, or says what is wrong with each. */
export function checkProps(
  name: ComponentName,
  raw: Record<string, string>,
): { ok: true; props: Record<string, unknown> } | { ok: false; problems: PropProblem[] } {
  const spec: ComponentSpec = MDX_COMPONENTS[name];
  const result = propsSchema(name).safeParse(raw);
  if (result.success) return { ok: true, props: result.data as Record<string, unknown> };
  const problems: PropProblem[] = [];
  for (const issue of result.error.issues) {
    const prop = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.push({ prop: key, message: `unknown prop "${key}" (props: ${Object.keys(spec.props).join(', ')})` });
    } else if (raw[prop] === undefined && prop !== '' && issue.code !== 'custom') {
      {
        const p = spec.props[prop];
        problems.push({ prop, message: `required prop is missing: add ${prop}="…"${p ? ` (${propType(p)})` : ''}` });
      }
    } else problems.push({ prop, message: issue.message });
  }
  return { ok: false, problems };
}

/** Parses the props of a component the guard and validator have accepted (components call this). */
export function parseProps<T = Record<string, unknown>>(name: ComponentName, raw: Record<string, unknown>): T {
  const strings = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
  const r = checkProps(name, strings);
  if (!r.ok) throw new Error(`<${name}>: ${r.problems.map((p) => `${p.prop} ${p.message}`).join('; ')}`);
  return r.props as T;
}

// ---------------------------------------------------------------------------------------------
// What the components show, decided from the entries' data (shared with the validator's checks)

/** The parts of the entries the components read: the same shape in Astro and in the validator. */
export interface ModelLike {
  id: string;
  data: {
    name: string;
    family?: string;
    lab: EntryRef;
    released?: string;
    license?: EntryRef;
    availability: string;
    modalities?: string[];
    parameters?: { total?: number; active?: number };
    undisclosed: Partial<Record<string, { source?: EntryRef; note?: string }>>;
  } & Record<string, unknown>;
}
export interface LicenseLike {
  id: string;
  data: {
    name: string;
    shortName: string;
    tier: string;
    clauses: Partial<Record<ClauseKey, { value: string; amount?: number }>>;
  };
}
export interface EventLike {
  id: string;
  data: { date: string; kind: string; labs: EntryRef[]; models: EntryRef[]; licenses: EntryRef[] };
}
export interface ContentLookup {
  models: readonly ModelLike[];
  licenses: ReadonlyMap<string, LicenseLike>;
  events: readonly EventLike[];
  ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
}

export interface ModelFilters {
  models?: string[];
  lab?: string[];
  family?: string;
  license?: string[];
  tier?: string[];
  year?: { from: number; to: number };
  modality?: string[];
}

/** The models a <ModelsTable> or <Chart> shows: every given filter must match (a list: any of its values). */
export function selectModels<M extends ModelLike>(
  models: readonly M[],
  f: ModelFilters,
  tierOf: (licenseId: string) => string | undefined,
): M[] {
  return models.filter((m) => {
    const d = m.data;
    if (f.models && !f.models.includes(m.id)) return false;
    if (f.lab && !f.lab.includes(d.lab.id)) return false;
    if (f.family && d.family?.toLowerCase() !== f.family.toLowerCase()) return false;
    if (f.license && !(d.license && f.license.includes(d.license.id))) return false;
    if (f.tier) {
      const tier = d.license ? tierOf(d.license.id) : undefined;
      if (!tier || !f.tier.includes(tier)) return false;
    }
    if (f.year) {
      const y = d.released ? Number(d.released.slice(0, 4)) : undefined;
      if (y === undefined || y < f.year.from || y > f.year.to) return false;
    }
    if (f.modality && !(d.modalities ?? []).some((x) => f.modality!.includes(x))) return false;
    return true;
  });
}

export interface EventFilters {
  lab?: string[];
  license?: string[];
  model?: string[];
  kind?: string[];
  from?: { from: number; to: number };
  to?: { from: number; to: number };
  limit?: number;
}

/** The events a <TimelineExcerpt> shows, oldest first (the latest `limit` of them). */
export function selectEvents<E extends EventLike>(events: readonly E[], f: EventFilters): E[] {
  const hit = (refs: EntryRef[], ids: string[] | undefined) => !ids || refs.some((r) => ids.includes(r.id));
  const picked = events
    .filter((e) => {
      const d = e.data;
      const y = Number(d.date.slice(0, 4));
      return (
        hit(d.labs, f.lab) &&
        hit(d.licenses, f.license) &&
        hit(d.models, f.model) &&
        (!f.kind || f.kind.includes(d.kind)) &&
        (!f.from || y >= f.from.from) &&
        (!f.to || y <= f.to.to)
      );
    })
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return f.limit ? picked.slice(-f.limit) : picked;
}

/** Whether a model entry holds the field (a value, or "not disclosed" with its evidence). */
function modelHasField(m: ModelLike, field: ModelFactField): boolean {
  const d = m.data;
  if (field === 'parameters.total' || field === 'parameters.active') {
    const which = field === 'parameters.total' ? 'total' : 'active';
    return d.parameters?.[which] !== undefined || d.undisclosed.parameters?.source !== undefined;
  }
  const f = field as EvidencedField;
  if ((f === 'license' || f === 'huggingface') && d.availability === 'closed') return false;
  const v = d[f];
  if (v !== undefined && !(Array.isArray(v) && v.length === 0)) return true;
  return d.undisclosed[f]?.source !== undefined;
}

/** The known id nearest in spelling, as a hint. */
function nearest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = 2;
  for (const c of ids) {
    let i = 0;
    while (i < id.length && i < c.length && id[i] === c[i]) i++;
    const score = i - Math.abs(c.length - id.length) / 4;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/**
 * Problems that need the content: ids that do not exist, a field the entry does not have, a
 * clause the license does not record, filters that match nothing. `props` are parsed props.
 */
export function contentProblems(name: ComponentName, props: Record<string, unknown>, c: ContentLookup): PropProblem[] {
  const spec: ComponentSpec = MDX_COMPONENTS[name];
  const out: PropProblem[] = [];
  let idsOk = true;
  for (const [key, p] of Object.entries(spec.props)) {
    if ((p.kind !== 'id' && p.kind !== 'ids') || props[key] === undefined) continue;
    const known = c.ids[p.collection];
    const given = p.kind === 'id' ? [props[key] as string] : (props[key] as string[]);
    for (const id of given) {
      if (known.has(id)) continue;
      idsOk = false;
      const hint = nearest(id, known);
      out.push({
        prop: key,
        message:
          `unknown ${SINGULAR[p.collection]} id "${id}": there is no file content/${p.collection}/${id}.mdx` +
          (hint ? ` (did you mean "${hint}"?)` : ' (fix the id, or add that entry first)'),
      });
    }
  }
  if (!idsOk) return out;
  const tierOf = (id: string) => c.licenses.get(id)?.data.tier;
  if (name === 'Fact') {
    const field = props.field as string;
    if (typeof props.model === 'string') {
      const m = c.models.find((x) => x.id === props.model);
      if (m && !modelHasField(m, field as ModelFactField)) {
        const has = MODEL_FACT_FIELDS.filter((f) => modelHasField(m, f));
        out.push({
          prop: 'field',
          message: `${m.data.name} (content/models/${m.id}.mdx) has no "${field}": add it to the entry with its evidence, or show a field it has (${has.join(', ')})`,
        });
      }
    } else if (typeof props.license === 'string') {
      const l = c.licenses.get(props.license);
      if (l && !l.data.clauses[field as ClauseKey]) {
        const has = CLAUSE_KEYS.filter((k) => l.data.clauses[k]);
        out.push({
          prop: 'field',
          message: `${l.data.name} (content/licenses/${l.id}.mdx) records no "${field}" clause: add it to the entry with its source, or show a clause it records (${has.join(', ') || 'none'})`,
        });
      }
    }
  }
  if (name === 'ModelsTable' || name === 'Chart') {
    const f = props as ModelFilters;
    if (f.family && !c.models.some((m) => m.data.family?.toLowerCase() === f.family!.toLowerCase())) {
      const families = [...new Set(c.models.map((m) => m.data.family).filter(Boolean))].sort();
      out.push({ prop: 'family', message: `no model has the family "${f.family}" (families: ${families.join(', ')})` });
    } else if (selectModels(c.models, f, tierOf).length === 0)
      out.push({ prop: '', message: 'no model matches these filters: remove or widen one' });
  }
  if (name === 'TimelineExcerpt' && selectEvents(c.events, props as EventFilters).length === 0)
    out.push({ prop: '', message: 'no event matches these filters: remove or widen one' });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Display helpers

/** Billions of parameters in words: 405 → "405 billion", 1600 → "1.6 trillion", 0.125 → "125 million". */
export function paramsInWords(billions: number): string {
  const trim = (n: number) => String(Number(n.toFixed(2)));
  if (billions >= 1000) return `${trim(billions / 1000)} trillion`;
  if (billions < 1) return `${trim(billions * 1000)} million`;
  return `${trim(billions)} billion`;
}

/** A clause value in words, for prose and table cells. */
export const CLAUSE_VALUE_WORDS: Record<(typeof CLAUSE_VALUES)[number], string> = {
  yes: 'yes',
  no: 'no',
  conditional: 'conditional',
  unknown: 'unknown',
};

// ---------------------------------------------------------------------------------------------
// Documentation, generated from the declarations above

/** The components and their props as Markdown, for CONTRIBUTING.md and the new-article template. */
export function componentsMarkdown(): string {
  const out: string[] = [];
  for (const name of COMPONENT_NAMES) {
    const spec: ComponentSpec = MDX_COMPONENTS[name];
    out.push(`### \`<${name}>\``, '', spec.doc, '', `Renders ${spec.renders}.`, '');
    out.push('```mdx', spec.example, '```', '');
    out.push('| prop | value | what it does |', '| --- | --- | --- |');
    for (const [key, p] of Object.entries(spec.props)) {
      const req = p.required ? ' (required)' : '';
      out.push(`| \`${key}\`${req} | ${propType(p)} | ${p.doc} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const DOC_START = /<!-- components:start[^>]*-->\n/;
const DOC_END = '<!-- components:end -->';

/** The text of CONTRIBUTING.md with its generated component list brought up to date. */
export function withComponentDocs(text: string): string {
  const start = DOC_START.exec(text);
  const end = text.indexOf(DOC_END);
  if (!start || end < start.index) throw new Error('CONTRIBUTING.md has no <!-- components:start --> … end markers');
  const from = start.index + start[0].length;
  return `${text.slice(0, from)}\n${componentsMarkdown()}\n${text.slice(end)}`;
}

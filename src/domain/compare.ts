/**
 * The comparison view of a model: the values the models table sorts and filters on, the
 * facets of its filters, and the rows of the side-by-side view. Pure: pages pass entries in.
 */
import { TIER_LABELS, type LicenseTier } from './licenses.ts';
import type { ClauseKey } from '../schemas/license.ts';
import { assessOpenness, type OpennessAssessment } from './verdicts.ts';
import { openComponents, type LicenseTerms, type OpennessRecord } from './openness.ts';
import type { SortType } from './table-state.ts';

export interface ModelInput {
  id: string;
  data: {
    name: string;
    aliases?: readonly string[];
    family?: string;
    released?: string;
    availability: string;
    architecture?: { type: 'dense' | 'moe'; experts?: number; activeExperts?: number };
    parameters?: { total?: number; active?: number; sizes?: readonly number[] };
    contextWindow?: number;
    trainingTokens?: number;
    openness: OpennessRecord;
    variants?: readonly { parameters: { total?: number }; license?: { id: string } }[];
  };
}
export interface LabInput {
  id: string;
  data: { name: string; country?: string };
}
export interface LicenseInput {
  id: string;
  data: LicenseTerms & { name: string; shortName: string };
}

/** The columns of the models table, in order. `type` drives sorting; `key` names the column in the URL (?sort=). */
export const MODEL_COLUMNS = [
  { key: 'name', label: 'Model', type: 'text' },
  { key: 'lab', label: 'Lab', type: 'text' },
  { key: 'released', label: 'Released', type: 'date' },
  { key: 'total', label: 'Total params', type: 'num' },
  { key: 'active', label: 'Active params', type: 'num' },
  { key: 'arch', label: 'Architecture', type: 'text' },
  { key: 'context', label: 'Context', type: 'num' },
  { key: 'tokens', label: 'Training tokens', type: 'num' },
  { key: 'license', label: 'License', type: 'text' },
  { key: 'openness', label: 'Openness', type: 'num' },
] as const satisfies readonly { key: string; label: string; type: SortType }[];
type ModelColumn = (typeof MODEL_COLUMNS)[number]['key'];

/** Size classes of the size filter, by total parameters (billions): a release matches through any of its variants. */
export const SIZE_CLASSES = [
  { value: 'under-4b', label: 'Under 4B', below: 4 },
  { value: '4-15b', label: '4B to 15B', below: 15 },
  { value: '15-50b', label: '15B to 50B', below: 50 },
  { value: '50-150b', label: '50B to 150B', below: 150 },
  { value: 'over-150b', label: '150B and more', below: Infinity },
] as const;

/** The size class of a parameter count. */
function sizeClass(billions: number): string {
  return SIZE_CLASSES.find((c) => billions < c.below)!.value;
}

export interface ModelRow {
  id: string;
  name: string;
  lab?: LabInput;
  license?: LicenseInput;
  assessment: OpennessAssessment;
  /** Active parameters for display: the stated figure, or the total for a dense model. */
  active?: number;
  /** Sort value of each column ('' = unknown). */
  sort: Record<ModelColumn, string>;
  /** Values the filters match against. */
  filter: {
    text: string;
    lab: string;
    country: string;
    /** Tiers of the release's license and of every variant's license. */
    tier: string[];
    /** Ids of the release's license and of every variant's license. */
    license: string[];
    /** Size classes of the release and of every variant. */
    size: string[];
    arch: string;
    year: string;
    open: string[];
  };
}

/** "Dense", "MoE" or "" (unknown). */
function archLabel(arch: ModelInput['data']['architecture']): string {
  return arch ? (arch.type === 'moe' ? 'MoE' : 'Dense') : '';
}

/** One model as the comparison views see it. */
export function modelRow(
  model: ModelInput,
  lab: LabInput | undefined,
  license: LicenseInput | undefined,
  licenseOf: (id: string) => LicenseInput | undefined = () => undefined,
): ModelRow {
  const d = model.data;
  const variants = d.variants ?? [];
  const licenses = [license, ...variants.map((v) => v.license && licenseOf(v.license.id))].filter(
    (l): l is LicenseInput => l !== undefined,
  );
  const unique = (values: string[]) => [...new Set(values)];
  const sizes = [d.parameters?.total, ...variants.map((v) => v.parameters.total)].filter(
    (n): n is number => n !== undefined,
  );
  const assessment = assessOpenness(d.openness, license?.data);
  const total = d.parameters?.total;
  // A dense model activates all its parameters: show the total as active when only that is stated.
  const active = d.parameters?.active ?? (d.architecture?.type === 'dense' ? total : undefined);
  const num = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    id: model.id,
    name: d.name,
    lab,
    license,
    assessment,
    active,
    sort: {
      name: d.name,
      lab: lab?.data.name ?? '',
      released: d.released ?? '',
      total: num(total),
      active: num(active),
      arch: archLabel(d.architecture),
      context: num(d.contextWindow),
      tokens: num(d.trainingTokens),
      license: license?.data.shortName ?? '',
      openness: String(assessment.score.score),
    },
    filter: {
      text: [
        d.name,
        ...(d.aliases ?? []),
        d.family ?? '',
        lab?.data.name ?? '',
        license?.data.shortName ?? '',
        license?.data.name ?? '',
        model.id,
      ].join(' '),
      lab: lab?.id ?? '',
      country: lab?.data.country ?? '',
      tier:
        licenses.length > 0
          ? unique(licenses.map((l) => l.data.tier))
          : [d.availability === 'closed' ? 'closed' : 'none'],
      license: unique(licenses.map((l) => l.id)),
      size: unique(sizes.map(sizeClass)),
      arch: d.architecture?.type ?? '',
      year: d.released?.slice(0, 4) ?? '',
      open: openComponents(d.openness),
    },
  };
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** The distinct values of a filter among rows, with their counts; unknown ('') left out. */
export function facet(
  rows: readonly ModelRow[],
  key: 'lab' | 'country' | 'tier' | 'license' | 'size' | 'arch' | 'year',
  label: (value: string, row: ModelRow) => string = (v) => v,
): FacetOption[] {
  const found = new Map<string, FacetOption>();
  for (const row of rows) {
    const have = row.filter[key];
    for (const value of typeof have === 'string' ? [have] : have) {
      if (!value) continue;
      const option = found.get(value);
      if (option) option.count++;
      else found.set(value, { value, label: label(value, row), count: 1 });
    }
  }
  return [...found.values()];
}

/** Label of a tier filter value, including the two pseudo-tiers. */
export function tierLabel(tier: string): string {
  if (tier === 'none') return 'No license recorded';
  if (tier === 'closed') return 'Closed (no weights)';
  return Object.hasOwn(TIER_LABELS, tier) ? TIER_LABELS[tier as LicenseTier] : tier;
}

/** What each license tier means on this site, in one sentence. */
export const TIER_DESCRIPTIONS: Record<LicenseTier, string> = {
  permissive: 'Any use, commercial included, with few conditions beyond keeping the notices (MIT, Apache 2.0).',
  'source-available':
    'Weights available under a community license that adds conditions, such as a user threshold or an acceptable-use policy.',
  research: 'Use limited to research or other non-production, non-commercial purposes.',
  rail: 'Responsible AI licenses: broad use, with behavioural use restrictions that derivatives must carry.',
  custom: 'Bespoke terms that fit none of the other tiers.',
  proprietary: 'No public license for the weights.',
};

/** Counts of each clause value among licenses, for one clause. */
export function clauseTally(
  licenses: readonly { data: { clauses: Record<string, { value: string } | undefined> } }[],
  clause: string,
): Record<'yes' | 'conditional' | 'no' | 'unknown', number> {
  const tally = { yes: 0, conditional: 0, no: 0, unknown: 0 };
  for (const l of licenses) {
    const v = (l.data.clauses[clause]?.value ?? 'unknown') as keyof typeof tally;
    tally[v in tally ? v : 'unknown']++;
  }
  return tally;
}

/**
 * The stylesheet of the side-by-side view: every model column is hidden until its checkbox
 * is ticked (CSS :has, no JavaScript needed). Ids are kebab-case, safe in selectors.
 */
export function sideBySideCss(ids: readonly string[]): string {
  const lines = [
    '.sbs .sbs-col { display: none; }',
    '.sbs:not(:has(.sbs-list input:checked)) .sbs-table-wrap { display: none; }',
    '.sbs:has(.sbs-list input:checked) .sbs-empty { display: none; }',
  ];
  for (const id of ids) lines.push(`.sbs:has(#pick-${id}:checked) .c-${id} { display: table-cell; }`);
  return `${lines.join('\n')}\n`;
}

/** Whether "yes" to a clause is in the user's favour (a grant) or against it (a restriction or duty). */
const CLAUSE_POLARITY: Record<ClauseKey, 'grant' | 'restriction'> = {
  commercialUse: 'grant',
  patentGrant: 'grant',
  userThreshold: 'restriction',
  acceptableUsePolicy: 'restriction',
  fieldOfUseRestrictions: 'restriction',
  outputUseRestrictions: 'restriction',
  attribution: 'restriction',
  revocable: 'restriction',
  derivativeObligations: 'restriction',
};

/** The colour of a clause value, as a badge status: 'yes' (green) when it favours the user, 'no' (red) when it restricts. */
export function clauseTone(clause: string, value: string): string {
  if (value !== 'yes' && value !== 'no') return value;
  const favourable = CLAUSE_POLARITY[clause as ClauseKey] === 'restriction' ? value === 'no' : value === 'yes';
  return favourable ? 'yes' : 'no';
}

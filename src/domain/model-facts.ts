/**
 * The key facts of a model as its infobox shows them, each with its state and the document
 * that states it. One place decides what a fact says, whether it is recorded, withheld by the
 * lab ("not disclosed", with the document that shows it) or not yet recorded here, and which
 * facts apply at all: the infobox renders these rows and `npm run coverage` counts them.
 */
import {
  DISCLOSABLE_FIELDS,
  EVIDENCED_FIELDS,
  type DisclosableField,
  type EvidencedField,
  type ModelData,
} from '../schemas/model.ts';
import type { FieldEvidence } from '../schemas/shared.ts';
import { formatDate, formatParams, formatTokens, formatTrainingTokens, humanize } from './format.ts';

/** recorded: a value is given; undisclosed: the lab withheld it; missing: not yet recorded here. */
type FactState = 'recorded' | 'undisclosed' | 'missing';

export interface FactRow {
  field: EvidencedField;
  label: string;
  state: FactState;
  /** The value in words, e.g. "405B total" (recorded rows). */
  text?: string;
  /** Where the value links, for a lab, license, base model or repository. */
  href?: string;
  /** A qualifier shown beside the value, e.g. the license tier. */
  aside?: string;
  /** The document that states the value, or that shows it was withheld. */
  evidence?: FieldEvidence;
  /** For undisclosed rows: what exactly was withheld. */
  note?: string;
}

/** Names and links of the entries a model refers to, looked up by the caller. */
export interface FactLinks {
  license?: { href: string; name: string; tier: string };
  base?: { href: string; name: string };
}

/** The facts every open-weights model is expected to record (the coverage target counts these): all but compute and outputs, which only some models have. */
export const CORE_FACTS: readonly EvidencedField[] = EVIDENCED_FIELDS.filter(
  (f) => f !== 'trainingCompute' && f !== 'outputs',
);

/** The architecture in words: "Dense" or "Mixture of experts, 256 experts (8 active)". */
export function architectureLabel(a: ModelData['architecture']): string | undefined {
  if (!a) return undefined;
  if (a.type === 'dense') return 'Dense';
  const experts = a.experts ? `, ${a.experts} experts` : '';
  const active = a.activeExperts ? ` (${a.activeExperts} active)` : '';
  return `Mixture of experts${experts}${active}`;
}

/** "405B total, 37B active" or "8B". */
export function parametersLabel(p: ModelData['parameters']): string | undefined {
  if (p?.total === undefined) return p?.active === undefined ? undefined : `${formatParams(p.active)} active`;
  const active = p.active !== undefined && p.active !== p.total ? `, ${formatParams(p.active)} active` : '';
  return `${formatParams(p.total)} total${active}`;
}

/** Does this fact apply to the model at all? (No license or repository for a closed model; no base for an original.) */
export function factApplies(d: ModelData, field: EvidencedField): boolean {
  if ((field === 'license' || field === 'huggingface') && d.availability === 'closed') return false;
  if (field === 'baseModel') return d.baseModel !== undefined || d.derivation !== undefined;
  if (field === 'trainingCompute')
    return d.trainingCompute !== undefined || d.undisclosed.trainingCompute !== undefined;
  if (field === 'outputs') return d.outputs !== undefined;
  return true;
}

function valueOf(d: ModelData, field: EvidencedField, links: FactLinks): Pick<FactRow, 'text' | 'href' | 'aside'> {
  switch (field) {
    case 'released':
      return { text: d.released && formatDate(d.released) };
    case 'license':
      // Without the license's name (the coverage count), its id stands for it.
      return links.license
        ? { text: links.license.name, href: links.license.href, aside: links.license.tier }
        : { text: d.license?.id };
    case 'architecture':
      return { text: architectureLabel(d.architecture) };
    case 'parameters':
      return { text: parametersLabel(d.parameters) };
    case 'contextWindow':
      return { text: d.contextWindow === undefined ? undefined : `${formatTokens(d.contextWindow)} tokens` };
    case 'trainingTokens':
      return { text: d.trainingTokens === undefined ? undefined : formatTrainingTokens(d.trainingTokens) };
    case 'trainingCompute':
      return { text: d.trainingCompute };
    case 'modalities':
      return { text: d.modalities?.map(humanize).join(', ') };
    case 'outputs':
      return { text: d.outputs?.map(humanize).join(', ') };
    case 'huggingface':
      return { text: d.huggingface, href: d.huggingface && `https://huggingface.co/${d.huggingface}` };
    case 'baseModel':
      return links.base
        ? { text: links.base.name, href: links.base.href, aside: d.derivation && humanize(d.derivation) }
        : { text: d.baseModel?.id };
  }
}

const LABELS: Record<EvidencedField, string> = {
  released: 'Released',
  license: 'License',
  architecture: 'Architecture',
  parameters: 'Parameters',
  contextWindow: 'Context',
  trainingTokens: 'Training data',
  trainingCompute: 'Compute',
  modalities: 'Inputs',
  outputs: 'Outputs',
  huggingface: 'Hugging Face',
  baseModel: 'Based on',
};

const isDisclosable = (field: EvidencedField): field is DisclosableField =>
  (DISCLOSABLE_FIELDS as readonly string[]).includes(field);

/** The rows of a model's infobox, in display order, facts that do not apply left out. */
export function modelFacts(d: ModelData, links: FactLinks = {}): FactRow[] {
  return EVIDENCED_FIELDS.filter((field) => factApplies(d, field)).map((field) => {
    const value = valueOf(d, field, links);
    const base = { field, label: LABELS[field] };
    if (value.text !== undefined && value.text !== '')
      return { ...base, ...value, state: 'recorded' as const, evidence: d.evidence[field] };
    if (isDisclosable(field)) {
      const withheld = d.undisclosed[field];
      if (withheld?.source)
        return { ...base, state: 'undisclosed' as const, evidence: { source: withheld.source }, note: withheld.note };
    }
    return { ...base, state: 'missing' as const };
  });
}

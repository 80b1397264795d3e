/**
 * Our openness record beside the two public indexes, component by component, and every cell
 * where they disagree. The crosswalk says which OSAI criterion and which MOF component speak to
 * each of our components; what has no counterpart is said to have none, never forced to fit.
 * Pure: the model pages, the side-by-side view, the exports and the methodology page read it.
 */
import type { OpennessComponent } from '../../schemas/model.ts';
import { assessMot, type MotAssessment, type MotComponentFinding } from './mot-class.ts';
import type { UpstreamMapping } from './mapping.ts';
import type { Snapshots } from './snapshot.ts';
import type { MotModel, OsaiClass, OsaiModel } from './types.ts';

/** OSAI criteria that speak to one of our components. Criteria left out have no counterpart here. */
export const OSAI_CROSSWALK: Partial<Record<string, OpennessComponent>> = {
  datasources_basemodel: 'trainingData',
  weights_basemodel: 'weights',
  weights_endmodel: 'weights',
  trainingcode: 'trainingCode',
  preprint: 'paper',
  modelcard: 'modelCard',
  datasheet: 'dataDescription',
};

/**
 * OSAI criteria graded on another scale than our status: for weights, OSAI's "partial" includes
 * weights published under a restrictive license, which our record calls open and shows on the
 * license; for the documents, OSAI grades how complete they are, our record whether they are
 * published. On these only open against closed is a disagreement.
 */
export const OSAI_GRADED: ReadonlySet<string> = new Set([
  'weights_basemodel',
  'weights_endmodel',
  'preprint',
  'modelcard',
  'datasheet',
]);

/** Why the other OSAI criteria have no counterpart in our record. */
export const OSAI_UNMAPPED: Record<string, string> = {
  datasources_endmodel:
    'Our record has one training-data component per release; it does not separate fine-tuning data.',
  code: 'Documentation of the code is not a component of our record.',
  hardware_architecture: 'Documentation of the hardware and training set-up is not a component of our record.',
  paper: 'Our record does not distinguish peer-reviewed papers from preprints and reports.',
  licenses:
    'OSAI asks whether the whole project (data and code included) is under OSI-approved licenses; our record gives the license of the weights, on the license page.',
};

/** MOF components that speak to one of our components. */
export const MOT_CROSSWALK: Partial<Record<string, OpennessComponent>> = {
  'Model parameters (Final)': 'weights',
  'Inference code': 'inferenceCode',
  'Training code': 'trainingCode',
  Datasets: 'trainingData',
  'Data card': 'dataDescription',
  'Model metadata': 'hyperparameters',
  'Technical report': 'paper',
  'Research paper': 'paper',
  'Model card': 'modelCard',
  'Evaluation code': 'evaluationCode',
};

type OurStatus = 'open' | 'partial' | 'closed' | 'not-disclosed' | 'not-applicable' | 'unknown';

/** One side of a comparison: who says what, and where the evidence is. */
interface Claim {
  index: 'ours' | 'osai' | 'mot';
  /** The criterion or component on that side, e.g. "Training Code" or "Datasets". */
  item: string;
  /** What it says, in that index's own words: "closed", "partial", "Apache-2.0", "not listed". */
  value: string;
  /** Where its evidence is: our source page, OSAI's evidence link, or the upstream file. */
  href?: string;
}

interface Disagreement {
  model: string;
  component: OpennessComponent;
  a: Claim;
  b: Claim;
  /** Our editors' note on why we differ, from the mapping's notes, when one was written. */
  note?: string;
}

export interface ModelAssessments {
  osai?: { entry: OsaiModel; url: string; family: boolean };
  mot?: { entry: MotModel; url: string; assessment: MotAssessment };
  disagreements: Disagreement[];
}

/** What our record says of one component, as the comparison needs it. */
export interface OurRecord {
  status: OurStatus;
  /** Our source for it, as a link. */
  href?: string;
}

export const osaiUrl = (file: string) =>
  `https://github.com/Language-Technology-Assessment/main-database/blob/main/${encodeURIComponent(file)}`;
export const motUrl = (file: string) =>
  `https://github.com/lfai/model_openness_tool/blob/main/models/${encodeURIComponent(file)}`;

const comparable = (s: OurStatus): s is 'open' | 'partial' | 'closed' =>
  s === 'open' || s === 'partial' || s === 'closed';

/** A MOF component is released when it is listed at all, whatever its license. */
const released = (f: MotComponentFinding) => f.status !== 'missing';
const motValue = (f: MotComponentFinding) =>
  f.status === 'missing' ? 'not listed' : f.status === 'unlicensed' ? 'listed, no license' : (f.license ?? 'listed');

/** OSAI vs ours: the same three classes, compared directly, or only open against closed where OSAI grades otherwise. */
function osaiVsOurs(ref: string, cls: OsaiClass, ours: OurStatus): boolean {
  if (!comparable(ours) || cls === ours) return false;
  return !OSAI_GRADED.has(ref) || (cls !== 'partial' && ours !== 'partial');
}

/**
 * The editors' note on a disagreement: one for this model and component, else one for every
 * model ("*.<component>.<osai|mot|osai-mot>") where the difference is systematic.
 */
function noteFor(notes: ReadonlyMap<string, string>, model: string, component: string, a: Claim, b: Claim) {
  const sides = a.index === 'ours' ? b.index : `${a.index}-${b.index}`;
  return notes.get(`${model}.${component}`) ?? notes.get(`*.${component}.${sides}`);
}

/** MOT vs a three-class status (ours or OSAI's): listed vs closed, or not listed vs open. */
function motVs(f: MotComponentFinding, status: OurStatus | OsaiClass): boolean {
  if (status === 'closed') return released(f);
  if (status === 'open') return !released(f);
  return false;
}

/** Everything the indexes say about one of our models, and where they and we disagree. */
export function assessModel(
  modelId: string,
  ours: (c: OpennessComponent) => OurRecord,
  snapshots: Snapshots,
  mapping: UpstreamMapping,
  notes: ReadonlyMap<string, string> = new Map(),
): ModelAssessments {
  const result: ModelAssessments = { disagreements: [] };
  const osaiFile = [...mapping.osai].find(([, id]) => id === modelId)?.[0];
  const osai = osaiFile ? snapshots.osai?.models.find((m) => m.file === osaiFile) : undefined;
  const motFile = [...mapping.mot].filter(([, id]) => id === modelId).map(([f]) => f)[0];
  const mot = motFile ? snapshots.mot?.models.find((m) => m.file === motFile) : undefined;
  if (osai) result.osai = { entry: osai, url: osaiUrl(osai.file), family: true };
  if (mot && snapshots.mot)
    result.mot = { entry: mot, url: motUrl(mot.file), assessment: assessMot(mot, snapshots.mot) };
  const push = (component: OpennessComponent, a: Claim, b: Claim) =>
    result.disagreements.push({ model: modelId, component, a, b, note: noteFor(notes, modelId, component, a, b) });
  const criterionName = (ref: string) => snapshots.osai?.criteria.find((c) => c.ref === ref)?.name ?? ref;

  if (osai) {
    for (const [ref, component] of Object.entries(OSAI_CROSSWALK)) {
      const cls = osai.criteria[ref]?.class;
      if (!component || !cls) continue;
      const mine = ours(component);
      if (osaiVsOurs(ref, cls, mine.status))
        push(
          component,
          { index: 'ours', item: component, value: mine.status, href: mine.href },
          {
            index: 'osai',
            item: criterionName(ref),
            value: cls,
            href: osai.criteria[ref]?.links[0] ?? result.osai!.url,
          },
        );
    }
  }
  if (result.mot) {
    for (const f of result.mot.assessment.components) {
      const component = MOT_CROSSWALK[f.component.name];
      if (!component) continue;
      const mine = ours(component);
      const motClaim: Claim = { index: 'mot', item: f.component.name, value: motValue(f), href: result.mot.url };
      // Either paper-like component listed is enough: compare the pair once, on the one that is listed.
      if (
        component === 'paper' &&
        !released(f) &&
        result.mot.assessment.components.some((o) => MOT_CROSSWALK[o.component.name] === 'paper' && released(o))
      )
        continue;
      if (motVs(f, mine.status))
        push(component, { index: 'ours', item: component, value: mine.status, href: mine.href }, motClaim);
      if (osai) {
        for (const [ref, c] of Object.entries(OSAI_CROSSWALK)) {
          const cls = osai.criteria[ref]?.class;
          if (c !== component || !cls) continue;
          if (motVs(f, cls))
            push(
              component,
              {
                index: 'osai',
                item: criterionName(ref),
                value: cls,
                href: osai.criteria[ref]?.links[0] ?? result.osai!.url,
              },
              motClaim,
            );
        }
      }
    }
  }
  return result;
}

/** Upstream entries with published weights that no model here is mapped to: the coverage gaps. */
export function coverageGaps(
  snapshots: Snapshots,
  mapping: UpstreamMapping,
): { index: 'osai' | 'mot'; file: string; name: string; url: string }[] {
  const gaps: { index: 'osai' | 'mot'; file: string; name: string; url: string }[] = [];
  for (const m of snapshots.osai?.models ?? []) {
    const weights = [m.criteria.weights_basemodel?.class, m.criteria.weights_endmodel?.class];
    if (!mapping.osai.has(m.file) && weights.some((c) => c === 'open' || c === 'partial'))
      gaps.push({ index: 'osai', file: m.file, name: m.name, url: osaiUrl(m.file) });
  }
  for (const m of snapshots.mot?.models ?? []) {
    const weights = m.components.find((c) => c.name === 'Model parameters (Final)');
    if (!mapping.mot.has(m.file) && weights && weights.license !== 'Proprietary' && weights.license !== 'Undisclosed')
      gaps.push({ index: 'mot', file: m.file, name: m.name, url: motUrl(m.file) });
  }
  return gaps.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * Every model's assessments as flat records: our record and OSAID reading beside OSAI's classes
 * and MOT's class, with the number of disagreements. One record per model: the side-by-side
 * page and the /data/ exports read the same records.
 */
import { OPENNESS_COMPONENTS, type OpennessComponent } from '../../schemas/model.ts';
import type { SiteAssessments } from './site-assessments.ts';
import { href } from '../urls.ts';

export interface AssessmentRecord {
  id: string;
  name: string;
  page: string;
  /** Our status of each component, keyed "ours.<component>". */
  [key: `ours.${string}`]: string;
  osaidVerdict: string;
  osaiFile: string;
  osaiUrl: string;
  /** OSAI's class of each criterion, keyed "osai.<criterion>" ('' when not rated or not covered). */
  [key: `osai.${string}`]: string;
  osaiOpen: number | '';
  osaiPartial: number | '';
  osaiClosed: number | '';
  motFile: string;
  motUrl: string;
  /** MOT's class: 1, 2 or 3, 'none' when Class III is not met, '' when MOT does not cover the model. */
  motClass: string;
  disagreements: number;
}

export interface RecordModel {
  id: string;
  data: { name: string; openness: Partial<Record<OpennessComponent, { status: string } | undefined>> };
}

export function assessmentRecords(
  models: readonly RecordModel[],
  assessments: SiteAssessments,
  osaidVerdict: (id: string) => string,
): AssessmentRecord[] {
  const criteria = assessments.snapshots.osai?.criteria ?? [];
  return [...models]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const a = assessments.byModel.get(m.id);
      const osai = a?.osai?.entry;
      const classes = criteria.map((c) => osai?.criteria[c.ref]?.class ?? '');
      const tally = (k: string) => (osai ? classes.filter((c) => c === k).length : '');
      const record: AssessmentRecord = {
        id: m.id,
        name: m.data.name,
        page: href('models', m.id),
        osaidVerdict: osaidVerdict(m.id),
        osaiFile: osai?.file ?? '',
        osaiUrl: a?.osai?.url ?? '',
        osaiOpen: tally('open'),
        osaiPartial: tally('partial'),
        osaiClosed: tally('closed'),
        motFile: a?.mot?.entry.file ?? '',
        motUrl: a?.mot?.url ?? '',
        motClass: a?.mot ? String(a.mot.assessment.class ?? 'none') : '',
        disagreements: a?.disagreements.length ?? 0,
      };
      for (const c of OPENNESS_COMPONENTS) record[`ours.${c}`] = m.data.openness[c]?.status ?? 'unknown';
      criteria.forEach((c, i) => (record[`osai.${c.ref}`] = classes[i]!));
      return record;
    });
}

/** The columns of the CSV, in order. */
export function assessmentColumns(assessments: SiteAssessments): string[] {
  return [
    'id',
    'name',
    'page',
    ...OPENNESS_COMPONENTS.map((c) => `ours.${c}`),
    'osaidVerdict',
    'osaiFile',
    'osaiUrl',
    ...(assessments.snapshots.osai?.criteria ?? []).map((c) => `osai.${c.ref}`),
    'osaiOpen',
    'osaiPartial',
    'osaiClosed',
    'motFile',
    'motUrl',
    'motClass',
    'disagreements',
  ];
}

/** The notices that must travel with the data. */
export function assessmentNotices(assessments: SiteAssessments): Record<string, string> {
  const { osai, mot } = assessments.snapshots;
  const out: Record<string, string> = {};
  if (osai)
    out.osai = `Derived from the European Open Source AI Index database (${osai.source.repository}, commit ${osai.source.commit}, ${osai.source.date}), CC BY 4.0; cite the index files, doi:10.5281/zenodo.15386042, and link https://osai-index.eu/.`;
  if (mot)
    out.mot = `Derived from the LF AI & Data Model Openness Tool (${mot.source.repository}, commit ${mot.source.commit}, ${mot.source.date}), MIT License; the class is computed from its component licenses by MOT's rules.`;
  return out;
}

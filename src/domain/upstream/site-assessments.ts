/**
 * The assessments of every model, computed once per build from the committed snapshots and
 * the mapping: what the model pages, the side-by-side view and the exports read. Never touches
 * the network.
 */
import type { OpennessComponent } from '../../schemas/model.ts';
import { assessModel, coverageGaps, type ModelAssessments, type OurRecord } from './assessments.ts';
import { readMapping, type UpstreamMapping } from './mapping.ts';
import { readSnapshot, type Snapshots } from './snapshot.ts';
import { href } from '../urls.ts';

/** What a model looks like to the assessments: its id and openness record. */
export interface AssessedModel {
  id: string;
  data: {
    openness: Partial<Record<OpennessComponent, { status: OurRecord['status']; source?: { id: string } } | undefined>>;
  };
}

export interface SiteAssessments {
  snapshots: Snapshots;
  mapping: UpstreamMapping;
  byModel: Map<string, ModelAssessments>;
  gaps: ReturnType<typeof coverageGaps>;
}

/** Our record of one component, as the comparison reads it. */
export function ourRecord(model: AssessedModel, component: OpennessComponent): OurRecord {
  const c = model.data.openness[component];
  return { status: c?.status ?? 'unknown', href: c?.source ? href('sources', c.source.id) : undefined };
}

export function computeAssessments(models: readonly AssessedModel[]): SiteAssessments {
  const snapshots: Snapshots = { osai: readSnapshot('osai'), mot: readSnapshot('mot') };
  // The build's content check has already refused a mapping with problems.
  const { mapping } = readMapping(new Set(models.map((m) => m.id)), snapshots);
  const byModel = new Map<string, ModelAssessments>();
  for (const m of models)
    byModel.set(
      m.id,
      assessModel(m.id, (c) => ourRecord(m, c), snapshots, mapping, mapping.notes),
    );
  return { snapshots, mapping, byModel, gaps: coverageGaps(snapshots, mapping) };
}

let cached: SiteAssessments | undefined;
/** Once per build. */
export function siteAssessments(models: readonly AssessedModel[]): SiteAssessments {
  return (cached ??= computeAssessments(models));
}

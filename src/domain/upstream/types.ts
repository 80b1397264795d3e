/**
 * The shapes of the two upstream openness datasets as this project keeps them: dated snapshots
 * under data/upstream/, with the structured fields only (classes, evidence links, licenses,
 * dates, figures). Upstream free-text notes are left out; pages link to the upstream entry.
 */

/** Where a snapshot came from. */
export interface SnapshotSource {
  /** The upstream repository's web address. */
  repository: string;
  /** The upstream commit the snapshot was read from. */
  commit: string;
  /** The date of that commit, YYYY-MM-DD. */
  date: string;
}

export const OSAI_CLASSES = ['open', 'partial', 'closed'] as const;
export type OsaiClass = (typeof OSAI_CLASSES)[number];

/** One OSAI criterion, as the index's _parameters.yml lists it. */
export interface OsaiCriterion {
  ref: string;
  name: string;
  group: string;
}

/** One OSAI family file: its system fields and, per criterion, a class (or none: not applicable) and evidence links. */
export interface OsaiModel {
  /** File name in the upstream repository, e.g. "llama-3.1.yaml": the key of the mapping. */
  file: string;
  name: string;
  link?: string;
  type?: string;
  organization?: string;
  releaseDate?: string;
  baseModel?: string;
  endModel?: string;
  endModelLicense?: string;
  criteria: Record<string, { class: OsaiClass | null; links: string[] }>;
}

export interface OsaiSnapshot {
  source: SnapshotSource;
  criteria: OsaiCriterion[];
  models: OsaiModel[];
}

/** One MOF component as MOT's settings define it. */
export interface MotComponent {
  id: number;
  name: string;
  /** The class (3 = Open Model, 2 = Open Tooling, 1 = Open Science) that first requires it. */
  class: 1 | 2 | 3;
  required: boolean;
  contentType: 'code' | 'data' | 'document';
}

export interface MotModel {
  /** File name in the upstream repository, e.g. "Llama-3.1-70B.yml". */
  file: string;
  name: string;
  version?: string;
  date?: string;
  producer?: string;
  type?: string;
  huggingface?: string;
  repository?: string;
  /** Licenses given for the whole release: `distribution`, or per content type. */
  license: Partial<Record<'distribution' | 'code' | 'data' | 'document', string>>;
  /** The components the release lists, with the license given for each (when one is). */
  components: { name: string; license?: string }[];
}

export interface MotSnapshot {
  source: SnapshotSource;
  components: MotComponent[];
  /** License ids MOT counts as open: OSI-approved or FSF-libre SPDX ids, its open-data list, and its own additions. */
  openLicenses: string[];
  models: MotModel[];
}

/** A problem with an upstream file: the sync refuses the whole snapshot. */
export interface UpstreamProblem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export function formatUpstreamProblem(p: UpstreamProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/**
 * How complete the encyclopedia is against the edition 2 targets: entries per collection,
 * infobox facts recorded with their source, openness cells with a status, footnotes that still
 * say "citation needed", and sources that can be found again. Pure: `npm run coverage` prints it.
 */
import { OPENNESS_COMPONENTS, type ModelData } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { CITATION_NEEDED, findCitations } from '../domain/citations.ts';
import { CORE_FACTS, factApplies, modelFacts } from '../domain/model-facts.ts';
import type { Problem, ValidatedEntry } from './validate.ts';

export interface Target {
  label: string;
  /** The figure measured. */
  value: number;
  /** What it is out of, for percentages (undefined for counts). */
  of?: number;
  /** The target, and whether the figure must be at least or at most it. */
  goal: number;
  direction: 'at least' | 'at most';
  /** Percent targets compare value/of in percent. */
  percent: boolean;
}

const COUNT_TARGETS: Partial<Record<CollectionName, number>> = {
  models: 200,
  labs: 45,
  licenses: 35,
  events: 120,
  glossary: 90,
  articles: 10,
};

/** Modalities other than text, in or out: what counts as a "non-text model". */
const NON_TEXT = new Set(['image', 'audio', 'video']);

export function met(t: Target): boolean {
  const figure = t.percent ? (t.of ? (100 * t.value) / t.of : 0) : t.value;
  return t.direction === 'at least' ? figure >= t.goal : figure <= t.goal;
}

/** Every edition 2 target with its current figure. `gaps` are the validator's values without a source. */
export function coverageTargets(entries: readonly ValidatedEntry[], gaps: readonly Problem[]): Target[] {
  const of = (c: CollectionName) => entries.filter((e) => e.file.collection === c);
  const targets: Target[] = Object.entries(COUNT_TARGETS).map(([c, goal]) => ({
    label: `${c} entries`,
    value: of(c as CollectionName).length,
    goal,
    direction: 'at least',
    percent: false,
  }));
  const models = of('models').map((e) => e.data as unknown as ModelData);
  const open = models.filter((m) => m.availability !== 'closed');
  targets.push({
    label: 'non-text models (image, audio or video in their inputs or outputs)',
    value: models.filter((m) => [...(m.modalities ?? []), ...(m.outputs ?? [])].some((x) => NON_TEXT.has(x))).length,
    goal: 15,
    direction: 'at least',
    percent: false,
  });

  let cells = 0;
  let missing = 0;
  for (const m of open) {
    const rows = modelFacts(m).filter((r) => CORE_FACTS.includes(r.field));
    for (const r of rows) {
      if (!factApplies(m, r.field)) continue;
      cells++;
      if (r.state === 'missing') missing++;
    }
    // An MoE's active parameters are a fact of their own.
    if (m.architecture?.type === 'moe') {
      cells++;
      if (m.parameters?.active === undefined && m.undisclosed.parameters === undefined) missing++;
    }
  }
  targets.push({
    label: 'infobox facts of open models not yet recorded',
    value: missing,
    of: cells,
    goal: 5,
    direction: 'at most',
    percent: true,
  });
  const unsourced = gaps.filter((g) => g.file.includes('/models/') && !g.field.startsWith('openness')).length;
  targets.push({
    label: 'model values without their source (evidence)',
    value: unsourced,
    goal: 0,
    direction: 'at most',
    percent: false,
  });

  const opennessCells = open.length * OPENNESS_COMPONENTS.length;
  const unknown = open.reduce(
    (n, m) => n + OPENNESS_COMPONENTS.filter((k) => (m.openness[k]?.status ?? 'unknown') === 'unknown').length,
    0,
  );
  targets.push({
    label: 'openness cells of open models that are unknown',
    value: unknown,
    of: opennessCells,
    goal: 10,
    direction: 'at most',
    percent: true,
  });
  targets.push({
    label: 'openness statuses without a source',
    value: gaps.filter((g) => g.field.startsWith('openness')).length,
    goal: 0,
    direction: 'at most',
    percent: false,
  });
  targets.push({
    label: 'license clauses without the section that decides them',
    value: gaps.filter((g) => g.file.includes('/licenses/')).length,
    goal: 0,
    direction: 'at most',
    percent: false,
  });

  let footnotes = 0;
  let needed = 0;
  for (const { file } of entries) {
    for (const mark of findCitations(file.body)) {
      footnotes++;
      if (mark.id === CITATION_NEEDED) needed++;
    }
  }
  targets.push({
    label: 'footnotes that say "citation needed"',
    value: needed,
    of: footnotes,
    goal: 3,
    direction: 'at most',
    percent: true,
  });
  targets.push({
    label: 'sources lacking URL, date or accessed date',
    value: new Set(gaps.filter((g) => g.file.includes('/sources/')).map((g) => g.file)).size,
    of: of('sources').length,
    goal: 0,
    direction: 'at most',
    percent: false,
  });
  return targets;
}

/** The targets as a Markdown table (the README pastes it). */
export function coverageTable(targets: readonly Target[]): string {
  const rows = targets.map((t) => {
    const figure =
      t.of === undefined ? String(t.value) : `${t.value} of ${t.of} (${((100 * t.value) / (t.of || 1)).toFixed(1)}%)`;
    const goal = `${t.direction} ${t.goal}${t.percent ? '%' : ''}`;
    return `| ${t.label} | ${figure} | ${goal} | ${met(t) ? 'met' : 'not met'} |`;
  });
  return ['| measure | now | target | |', '| --- | ---: | --- | --- |', ...rows].join('\n');
}

/**
 * Lineage: base model -> derivatives, and the check that a derivative's stated license does
 * not contradict the terms of its base's license. Pure; the rule is explained on
 * /compare/methodology/#lineage and runs in the content check (conflicts stop the build).
 */
import type { ClauseKey } from '../schemas/license.ts';
import type { Problem, ValidatedEntry } from '../checks/validate.ts';
import { CLAUSE_LABELS } from './licenses.ts';

export interface LineageLicense {
  id: string;
  /** Short name for messages. */
  name: string;
  tier: string;
  clauses: Partial<Record<ClauseKey, { value: string } | undefined>>;
}

/** conflict: the two licenses contradict each other; caution: a duty to check by hand; unchecked: a clause or license is not recorded. */
export type FindingSeverity = 'conflict' | 'caution' | 'unchecked';

export interface LineageFinding {
  severity: FindingSeverity;
  /** Which rule produced it. */
  rule: 'commercial-use' | 'derivative-terms' | 'attribution' | 'no-license' | 'unrecorded-clause';
  message: string;
}

/** The use restrictions a derivative under different terms must keep when the base passes its terms on. */
const CARRIED: ClauseKey[] = [
  'userThreshold',
  'acceptableUsePolicy',
  'fieldOfUseRestrictions',
  'outputUseRestrictions',
];

const isOn = (v: string | undefined) => v === 'yes' || v === 'conditional';

/**
 * What the base's license says about a derivative under `derivative`'s license.
 * - commercial-use (conflict): the base forbids commercial use and the derivative's license allows it.
 * - derivative-terms (conflict): the base passes its terms to derivatives (derivativeObligations: yes), the
 *   derivative is under another license, and that license is permissive or drops one of the base's use
 *   restrictions (records "no" where the base records yes or conditional). With "conditional": a caution.
 * - attribution (caution): the base requires attribution or naming and the derivative's other license records none.
 * - unchecked: a license or a clause the rules read is not recorded.
 */
export function licenseFindings(
  base: LineageLicense | undefined,
  derivative: LineageLicense | undefined,
  baseModel = 'the base model',
): LineageFinding[] {
  if (!base || !derivative) {
    const which = !base ? `${baseModel} has no license recorded` : 'this model has no license recorded';
    return [{ severity: 'unchecked', rule: 'no-license', message: `License check not possible: ${which}.` }];
  }
  if (base.id === derivative.id) return [];
  const b = base.clauses;
  const d = derivative.clauses;
  const findings: LineageFinding[] = [];

  if (b.commercialUse?.value === 'no' && isOn(d.commercialUse?.value)) {
    findings.push({
      severity: 'conflict',
      rule: 'commercial-use',
      message: `${base.name} forbids commercial use, but ${derivative.name} allows it: a derivative cannot grant rights its base does not.`,
    });
  }

  const obligations = b.derivativeObligations?.value;
  if (isOn(obligations)) {
    const dropped = CARRIED.filter((k) => isOn(b[k]?.value) && d[k]?.value === 'no').map((k) =>
      CLAUSE_LABELS[k].toLowerCase(),
    );
    if (derivative.tier === 'permissive' || dropped.length > 0) {
      const why = dropped.length > 0 ? `drops its ${dropped.join(', ')}` : `is a permissive license`;
      findings.push({
        severity: obligations === 'yes' ? 'conflict' : 'caution',
        rule: 'derivative-terms',
        message: `${base.name} passes its terms on to derivatives${obligations === 'conditional' ? ' (under conditions)' : ''}, but ${derivative.name} ${why}.`,
      });
    }
  }

  if (isOn(b.attribution?.value) && !isOn(d.attribution?.value)) {
    findings.push({
      severity: 'caution',
      rule: 'attribution',
      message: `${base.name} requires attribution or naming; ${derivative.name} records no such duty: check that the derivative keeps the notice.`,
    });
  }

  const unrecorded = (['commercialUse', 'derivativeObligations', 'attribution'] as const).filter(
    (k) => b[k] === undefined || b[k]?.value === 'unknown',
  );
  if (unrecorded.length > 0 && findings.length === 0) {
    findings.push({
      severity: 'unchecked',
      rule: 'unrecorded-clause',
      message: `Partly checked: ${base.name} has no record of ${unrecorded.map((k) => CLAUSE_LABELS[k].toLowerCase()).join(', ')}.`,
    });
  }
  return findings;
}

/**
 * The findings of a derivative against its base as a whole. A lab that relicenses its own model
 * sets the terms itself, so nothing conflicts. A base released in sizes under several licenses
 * (a research license for one, Apache 2.0 for another) is read under the most favourable of
 * them, since the derivative may rest on any size: the check then reports what holds at best.
 */
export function derivativeFindings(
  base: { name: string; lab: string; licenses: readonly (LineageLicense | undefined)[] },
  derivative: { lab: string; license: LineageLicense | undefined },
): LineageFinding[] {
  if (base.lab === derivative.lab) return [];
  const RANK = { ok: 0, unchecked: 1, caution: 2, conflict: 3 } as const;
  const candidates = base.licenses.length > 0 ? base.licenses : [undefined];
  let best: LineageFinding[] | undefined;
  for (const l of candidates) {
    const findings = licenseFindings(l, derivative.license, base.name);
    if (!best || RANK[worstSeverity(findings)] < RANK[worstSeverity(best)]) best = findings;
  }
  return best!;
}

/** Severity order for display: worst first. */
export function worstSeverity(findings: readonly LineageFinding[]): FindingSeverity | 'ok' {
  for (const s of ['conflict', 'caution', 'unchecked'] as const) if (findings.some((f) => f.severity === s)) return s;
  return 'ok';
}

export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/** Every model derived from `id`, directly or through others, as a tree (stops on cycles). */
export function descendants<T extends { id: string }>(
  id: string,
  derivativesOf: ReadonlyMap<string, readonly T[]>,
  seen = new Set([id]),
): TreeNode<T>[] {
  return (derivativesOf.get(id) ?? [])
    .filter((m) => !seen.has(m.id))
    .map((m) => {
      seen.add(m.id);
      return { item: m, children: descendants(m.id, derivativesOf, seen) };
    });
}

/** A reference as the validator gives it (an id) or as Astro gives it ({ collection, id }). */
export function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  return undefined;
}

/** A license entry's data as a LineageLicense. */
export function toLineageLicense(
  id: string,
  data: { shortName?: unknown; name?: unknown; tier?: unknown; clauses?: unknown },
): LineageLicense {
  return {
    id,
    name: String(data.shortName ?? data.name ?? id),
    tier: String(data.tier ?? ''),
    clauses: (data.clauses ?? {}) as LineageLicense['clauses'],
  };
}

/** The line of a top-level field in a frontmatter block (the block's first line when absent). */
function fieldLine(yaml: string, first: number, field: string): number {
  const i = yaml.split(/\r?\n/).findIndex((l) => l.startsWith(`${field}:`));
  return i < 0 ? first : first + i;
}

/** The content-check rule: every derivative whose license conflicts with its base's license terms. */
export function lineageProblems(entries: readonly ValidatedEntry[]): Problem[] {
  const licenses = new Map<string, LineageLicense>();
  const models = new Map<string, ValidatedEntry>();
  for (const e of entries) {
    if (e.file.collection === 'licenses') licenses.set(e.file.id, toLineageLicense(e.file.id, e.data));
    if (e.file.collection === 'models') models.set(e.file.id, e);
  }
  const problems: Problem[] = [];
  for (const e of models.values()) {
    const baseId = refId(e.data.baseModel);
    const base = baseId ? models.get(baseId) : undefined;
    if (!base) continue;
    const licensesOf = (m: ValidatedEntry) =>
      [refId(m.data.license), ...((m.data.variants ?? []) as { license?: unknown }[]).map((v) => refId(v.license))]
        .filter((id): id is string => id !== undefined)
        .map((id) => licenses.get(id));
    const findings = derivativeFindings(
      { name: String(base.data.name), lab: refId(base.data.lab) ?? '', licenses: [...new Set(licensesOf(base))] },
      { lab: refId(e.data.lab) ?? '', license: licenses.get(refId(e.data.license) ?? '') },
    );
    for (const f of findings) {
      if (f.severity !== 'conflict') continue;
      problems.push({
        file: e.file.path,
        line: fieldLine(e.file.yaml, e.file.yamlLine, 'license'),
        field: 'license',
        message: `conflicts with its base model ${baseId} (${base.file.path}): ${f.message} Fix this model's license, or the clauses of the base's license if they are wrong.`,
      });
    }
  }
  return problems;
}

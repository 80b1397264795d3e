/**
 * Everything derived about one model, computed once per build (src/site/entries.ts) and read by
 * every page, component and export that shows it: its URL, its lab, license and base looked up
 * once, the openness verdicts, the lineage license check against its base, the architecture in
 * words, and its row in the comparison views. Pure: lookups are passed in.
 */
import { modelRow, type LabInput, type LicenseInput, type ModelInput, type ModelRow } from '../domain/compare.ts';
import {
  derivativeFindings,
  toLineageLicense,
  worstSeverity,
  type LineageFinding,
  type FindingSeverity,
} from '../domain/lineage.ts';
import { architectureLabel } from '../domain/model-facts.ts';
import type { OpennessAssessment } from '../domain/verdicts.ts';
import { href } from '../domain/urls.ts';

export interface ModelRecord<M, Lab, Lic> {
  model: M;
  href: string;
  lab: Lab;
  license: Lic | undefined;
  /** The model it derives from, when recorded. */
  base: M | undefined;
  /** OSAID checklist, MOF class and score, with the license's terms. */
  assessment: OpennessAssessment;
  /** The license check against the base's license; empty without a base. */
  lineage: { findings: LineageFinding[]; worst: FindingSeverity | 'ok' };
  /** "Dense" or "Mixture of experts, 256 experts (8 active)"; undefined when not recorded. */
  architecture: string | undefined;
  /** The values the models table and the side-by-side view show, sort and filter on. */
  row: ModelRow;
}

interface ModelLike extends ModelInput {
  data: ModelInput['data'] & { lab: { id: string }; license?: { id: string }; baseModel?: { id: string } };
}

/** The derived record of every model, by id. */
export function modelRecords<M extends ModelLike, Lab extends LabInput, Lic extends LicenseInput>(
  models: readonly M[],
  labs: ReadonlyMap<string, Lab>,
  licenses: ReadonlyMap<string, Lic>,
  byId: ReadonlyMap<string, M>,
): Map<string, ModelRecord<M, Lab, Lic>> {
  const licenseOf = (m: M) => (m.data.license ? licenses.get(m.data.license.id) : undefined);
  const lineageLicense = (m: M) => {
    const l = licenseOf(m);
    return l ? toLineageLicense(l.id, l.data) : undefined;
  };
  const out = new Map<string, ModelRecord<M, Lab, Lic>>();
  for (const m of models) {
    const lab = labs.get(m.data.lab.id);
    if (!lab)
      throw new Error(`model "${m.id}": unknown lab "${m.data.lab.id}" (the content check should have caught this)`);
    const license = licenseOf(m);
    const base = m.data.baseModel ? byId.get(m.data.baseModel.id) : undefined;
    const row = modelRow(m, lab, license, (id) => licenses.get(id));
    const variantLicenses = (x: M) =>
      (x.data.variants ?? []).flatMap((v) => {
        const l = v.license ? licenses.get(v.license.id) : undefined;
        return l ? [toLineageLicense(l.id, l.data)] : [];
      });
    const findings = base
      ? derivativeFindings(
          {
            name: base.data.name,
            lab: base.data.lab.id,
            licenses: [lineageLicense(base), ...variantLicenses(base)].filter((l) => l !== undefined),
          },
          { lab: m.data.lab.id, license: lineageLicense(m) },
        )
      : [];
    out.set(m.id, {
      model: m,
      href: href('models', m.id),
      lab,
      license,
      base,
      assessment: row.assessment,
      lineage: { findings, worst: worstSeverity(findings) },
      architecture: architectureLabel(m.data.architecture),
      row,
    });
  }
  return out;
}

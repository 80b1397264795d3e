/** The derived verdicts of every model as flat records, for the data exports. Pure. */
import { assessOpenness, OSAID_REQUIREMENTS, type LicenseTerms, type OpennessRecord } from './openness.ts';
import { licenseFindings, toLineageLicense, worstSeverity } from './lineage.ts';
import type { VerdictRecord } from './exports.ts';
import { href } from './urls.ts';

interface ModelLike {
  id: string;
  data: { name: string; openness: OpennessRecord; license?: { id: string }; baseModel?: { id: string } };
}
interface LicenseLike {
  id: string;
  data: LicenseTerms & { shortName: string };
}

export const VERDICT_REQUIREMENTS = OSAID_REQUIREMENTS.map((r) => r.key);

export function verdictRecords(
  models: readonly ModelLike[],
  licenses: ReadonlyMap<string, LicenseLike>,
  byId: ReadonlyMap<string, ModelLike>,
): VerdictRecord[] {
  const licenseOf = (m: ModelLike) => (m.data.license ? licenses.get(m.data.license.id) : undefined);
  return [...models]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => {
      const license = licenseOf(m);
      const a = assessOpenness(m.data.openness, license?.data);
      const base = m.data.baseModel ? byId.get(m.data.baseModel.id) : undefined;
      const lin = (x: ModelLike) => {
        const l = licenseOf(x);
        return l ? toLineageLicense(l.id, l.data) : undefined;
      };
      const record: VerdictRecord = {
        id: m.id,
        page: href('models', m.id),
        name: m.data.name,
        score: a.score.score,
        scoreMax: a.score.max,
        partsRecorded: a.score.recorded,
        parts: a.score.parts,
        osaid: a.osaid.verdict,
        mofClass: a.mof.cls ?? '',
        mofPossible: a.mof.possible ?? '',
        lineageCheck: base ? worstSeverity(licenseFindings(lin(base), lin(m), base.data.name)) : '',
      };
      for (const item of a.osaid.items) record[`osaid.${item.key}`] = item.evidence;
      return record;
    });
}

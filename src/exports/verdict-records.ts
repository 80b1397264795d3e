/** The derived verdicts of every model as flat records, for the data exports. Pure. */
import { OSAID_REQUIREMENTS } from '../domain/verdicts.ts';
import type { VerdictRecord } from './records.ts';
import type { ModelRecord } from '../site/model-record.ts';

export const VERDICT_REQUIREMENTS = OSAID_REQUIREMENTS.map((r) => r.key);

/** One flat record per model, sorted by id, from the models' derived records. */
export function verdictRecords(
  records: Iterable<ModelRecord<{ id: string; data: { name: string } }, unknown, unknown>>,
): VerdictRecord[] {
  return [...records]
    .sort((a, b) => (a.model.id < b.model.id ? -1 : 1))
    .map(({ model: m, href, assessment: a, base, lineage }) => {
      const record: VerdictRecord = {
        id: m.id,
        page: href,
        name: m.data.name,
        score: a.score.score,
        scoreMax: a.score.max,
        partsRecorded: a.score.recorded,
        parts: a.score.parts,
        osaid: a.osaid.verdict,
        mofClass: a.mof.cls ?? '',
        mofPossible: a.mof.possible ?? '',
        lineageCheck: base ? lineage.worst : '',
      };
      for (const item of a.osaid.items) record[`osaid.${item.key}`] = item.evidence;
      return record;
    });
}

/** The assessments export of the whole site, as both /data/assessments.json and .csv serve it. */
import type { getSite } from '../../site/entries.ts';
import { assessOpenness } from '../verdicts.ts';
import { assessmentColumns, assessmentNotices, assessmentRecords } from './assessment-records.ts';
import { siteAssessments } from './site-assessments.ts';

export function exportAssessments(site: Awaited<ReturnType<typeof getSite>>) {
  const assessments = siteAssessments(site.models);
  const verdict = (id: string) => {
    const m = site.model.get(id)!;
    const license = m.data.license ? site.license.get(m.data.license.id)?.data : undefined;
    return assessOpenness(m.data.openness, license).osaid.verdict;
  };
  return {
    notices: assessmentNotices(assessments),
    records: assessmentRecords(site.models, assessments, verdict),
    columns: assessmentColumns(assessments),
  };
}

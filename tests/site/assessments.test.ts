/**
 * The assessments in dist/: every model page says how OSAI and MOT assess it (or that neither
 * does), with the attribution the indexes ask for; the side-by-side page lists every model and
 * every disagreement with both sides' evidence; the exports hold the same records, with the
 * upstream notices. Expected values are recomputed from the snapshots and the mapping.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import { computeAssessments, type AssessedModel } from '../../src/domain/upstream/site-assessments.ts';
import { DIST, page, $, $$, text } from '../support/dist.ts';

const { entries } = validateFiles(readContentFiles());
const models = entries
  .filter((e) => e.file.collection === 'models')
  .map((e) => ({ id: e.file.id, data: e.data }) as unknown as AssessedModel & { data: { name: string } });
const assessments = computeAssessments(models);
const covered = models.filter((m) => {
  const a = assessments.byModel.get(m.id);
  return a?.osai || a?.mot;
});

describe('model pages: how others assess it', () => {
  it('every model page has the section; covered models link their upstream entries and carry the attribution', () => {
    expect(covered.length).toBeGreaterThan(0);
    for (const m of models) {
      const p = page(`/models/${m.id}/`);
      expect($(p.tree, 'h2#assessments'), m.id).toBeTruthy();
      const a = assessments.byModel.get(m.id)!;
      if (a.osai) {
        expect(p.html, m.id).toContain(a.osai.url.replace(/&/g, '&amp;'));
        expect(p.html, m.id).toContain('doi.org/10.5281/zenodo.15386042');
      }
      if (a.mot) expect(p.html, m.id).toContain(a.mot.url);
      if (!a.osai && !a.mot) expect(text($(p.tree, 'h2#assessments + p')!), m.id).toMatch(/Neither .* assesses/);
    }
  });

  it('says each disagreement plainly, with both sides linked', () => {
    const withDisagreements = covered.filter((m) => assessments.byModel.get(m.id)!.disagreements.length > 0);
    expect(withDisagreements.length).toBeGreaterThan(0);
    for (const m of withDisagreements.slice(0, 20)) {
      const p = page(`/models/${m.id}/`);
      const items = $$(p.tree, 'h3#assessments-disagreements + ul > li');
      expect(items).toHaveLength(assessments.byModel.get(m.id)!.disagreements.length);
      expect(text(items[0]!)).toMatch(/while/);
    }
  });
});

describe('/compare/assessments/', () => {
  const p = page('/compare/assessments/');
  it('has one row per model, linking its section, with every filter value set', () => {
    const rows = $$(p.tree, '#assessment-table tbody tr');
    expect(rows).toHaveLength(models.length);
    for (const r of rows) {
      expect(['both', 'osai', 'mot', 'neither']).toContain(String(r.properties.dataCovered));
      expect(['yes', 'no']).toContain(String(r.properties.dataDisagree));
    }
  });

  it('lists every disagreement once, each with two evidence links or a kept note', () => {
    const total = [...assessments.byModel.values()].reduce((n, a) => n + a.disagreements.length, 0);
    const rows = $$(p.tree, 'h2#disagreements ~ .table-wrap tbody tr');
    expect(rows).toHaveLength(total);
  });

  it('lists the coverage gaps and the attribution', () => {
    expect(text($(p.tree, 'h2#gaps + p')!)).toContain(
      `${assessments.gaps.filter((g: { index: string }) => g.index === 'osai').length} from OSAI`,
    );
    expect(p.html).toContain('doi.org/10.5281/zenodo.15386042');
    expect(p.html).toContain('MIT License');
  });
});

describe('/data/assessments', () => {
  const json = JSON.parse(readFileSync(join(DIST, 'data/assessments.json'), 'utf8'));
  const csv = parse(readFileSync(join(DIST, 'data/assessments.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  it('holds one record per model in both formats, with the notices', () => {
    expect(json.records).toHaveLength(models.length);
    expect(csv).toHaveLength(models.length);
    expect(json.notices.osai).toContain('CC BY 4.0');
    expect(json.notices.mot).toContain('MIT License');
    const one = covered[0]!;
    const rec = json.records.find((r: { id: string }) => r.id === one.id);
    const row = csv.find((r) => r.id === one.id)!;
    expect(String(rec.disagreements)).toBe(row.disagreements);
    expect(rec.disagreements).toBe(assessments.byModel.get(one.id)!.disagreements.length);
  });
});

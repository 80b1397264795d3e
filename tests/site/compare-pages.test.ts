/**
 * The comparison pages in dist/, read without JavaScript: the models table is complete and
 * carries the values the script sorts and filters on; every model page has its verdicts and
 * lineage; the crosswalk, license matrix, timeline, charts and side-by-side view hold what
 * the content says.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { readContentFiles } from '../../src/checks/content-files.ts';
import { validateFiles } from '../../src/checks/validate.ts';
import { refId } from '../../src/domain/lineage.ts';
import { assessOpenness, OSAID_VERDICT_LABELS } from '../../src/domain/verdicts.ts';
import { COMPONENTS } from '../../src/domain/openness.ts';
import { paramsSeries } from '../../src/domain/charts.ts';
import { CLAUSE_KEYS } from '../../src/schemas/license.ts';
import { DIST, page, $, $$, text } from '../support/dist.ts';

const { entries } = validateFiles(readContentFiles());
type Data = Record<string, any>;
const of = (c: string) =>
  entries.filter((e) => e.file.collection === c).map((e) => ({ id: e.file.id, data: e.data as Data }));
const models = of('models');
const licenses = new Map(of('licenses').map((l) => [l.id, l.data]));
const labs = new Map(of('labs').map((l) => [l.id, l.data]));
const events = of('events');
const attr = (el: Element | undefined, name: string) => (el ? String(el.properties[name] ?? '') : '');
const dataAttr = (el: Element, name: string) =>
  String(el.properties[`data${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '');

describe('/models/ without JavaScript', () => {
  const p = page('/models/');
  const table = $(p.tree, 'table#models-table')!;
  const rows = $$(table, 'tbody tr');
  const published = models.filter((m) => m.data.availability !== 'closed');

  it('lists every model with published weights, one row each, and the closed ones apart', () => {
    expect(rows.map((r) => attr($(r, 'th a')!, 'href')).sort()).toEqual(
      published.map((m) => `/models/${m.id}/`).sort(),
    );
    const closed = models.filter((m) => m.data.availability === 'closed');
    const closedRows = $$(p.tree, 'table.model-table:not(#models-table) tbody tr');
    expect(closedRows.length).toBe(closed.length);
  });

  it('has every column of the issue, each sortable by key and type, and says how it is sorted', () => {
    const heads = $$(table, 'thead th');
    expect(heads.map((h) => text(h))).toEqual([
      'Model',
      'Lab',
      'Released',
      'Total params',
      'Active params',
      'Architecture',
      'Context',
      'Training tokens',
      'License',
      'Openness',
    ]);
    for (const h of heads) {
      expect(dataAttr(h, 'key')).not.toBe('');
      expect(['num', 'date', 'text']).toContain(dataAttr(h, 'type'));
    }
    expect(heads.filter((h) => h.properties.ariaSort).map((h) => [text(h), h.properties.ariaSort])).toEqual([
      ['Released', 'descending'],
    ]);
  });

  it('carries sort values that are the content figures (numbers as numbers, unknown empty)', () => {
    const col = (key: string) => $$(table, 'thead th').findIndex((h) => dataAttr(h, 'key') === key);
    const [total, context, tokens, released] = ['total', 'context', 'tokens', 'released'].map(col) as [
      number,
      number,
      number,
      number,
    ];
    for (const r of rows) {
      const id = attr($(r, 'th a')!, 'href').split('/')[2]!;
      const d = models.find((m) => m.id === id)!.data;
      const cells = $$(r, 'th, td');
      const sort = (i: number) => dataAttr(cells[i]!, 'sort');
      expect(sort(total), id).toBe(d.parameters?.total === undefined ? '' : String(d.parameters.total));
      expect(sort(context), id).toBe(d.contextWindow === undefined ? '' : String(d.contextWindow));
      expect(sort(tokens), id).toBe(d.trainingTokens === undefined ? '' : String(d.trainingTokens));
      expect(sort(released), id).toBe(d.released ?? '');
    }
  });

  it('carries the filter values of each row: lab, country, tier, architecture, year, open components', () => {
    for (const r of rows) {
      const id = attr($(r, 'th a')!, 'href').split('/')[2]!;
      const d = models.find((m) => m.id === id)!.data;
      const lab = refId(d.lab)!;
      const license = refId(d.license);
      expect(dataAttr(r, 'lab')).toBe(lab);
      expect(dataAttr(r, 'country')).toBe(labs.get(lab)?.country ?? '');
      // The tiers of the release's license and of each variant's: the row matches through any of them.
      const ids = [license, ...((d.variants ?? []) as { license?: unknown }[]).map((v) => refId(v.license))].filter(
        (x): x is string => !!x,
      );
      const tiers = [...new Set(ids.map((l) => licenses.get(l)!.tier as string))];
      expect(dataAttr(r, 'tier').split(' '), id).toEqual(tiers.length > 0 ? tiers : ['none']);
      expect(dataAttr(r, 'license').split(' ').filter(Boolean), id).toEqual([...new Set(ids)]);
      expect(dataAttr(r, 'arch')).toBe(d.architecture?.type ?? '');
      expect(dataAttr(r, 'year')).toBe(d.released?.slice(0, 4) ?? '');
      expect(dataAttr(r, 'open').split(' ').filter(Boolean)).toEqual(
        COMPONENTS.filter((k) => d.openness[k]?.status === 'open'),
      );
    }
  });

  it('lays the filter form out from the first paint, hidden by CSS only without scripting, with every lab offered', () => {
    const form = $(p.tree, 'form#model-filters')!;
    // No hidden attribute for a script to remove (that moved the table down: layout shift)...
    expect(form.properties.hidden).toBeUndefined();
    // ...and without JavaScript, where the form could do nothing, CSS does not show it.
    const css = $$(p.tree, 'link[rel="stylesheet"]')
      .map((l) => readFileSync(join(DIST, String(l.properties.href)), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@media\s*\(scripting:\s*none\)\s*\{\s*#model-filters\s*[,{][^}]*display:\s*none/);
    const offered = $$(form, 'select[name="lab"] option')
      .map((o) => attr(o, 'value'))
      .filter(Boolean)
      .sort();
    expect(offered).toEqual([...new Set(published.map((m) => refId(m.data.lab)!))].sort());
  });
});

describe('model pages', () => {
  it('every model page shows the verdicts computed from its record and license', () => {
    const problems: string[] = [];
    for (const m of models) {
      const p = page(`/models/${m.id}/`);
      const license = refId(m.data.license);
      const a = assessOpenness(m.data.openness, license ? (licenses.get(license) as never) : undefined);
      const score = text($(p.tree, '#openness-record-score .score-big') ?? { type: 'root', children: [] });
      if (score !== String(a.score.score)) problems.push(`${m.id}: score ${score}, expected ${a.score.score}`);
      if (
        !text($(p.tree, '#openness-record-osaid') ?? { type: 'root', children: [] }).includes(
          OSAID_VERDICT_LABELS[a.osaid.verdict],
        )
      )
        problems.push(`${m.id}: no OSAID verdict`);
      if ($$(p.tree, '#openness-record-osaid li').length !== 6)
        problems.push(`${m.id}: OSAID checklist is not 6 requirements`);
      if (!$(p.tree, '#openness-record-mof')) problems.push(`${m.id}: no MOF class`);
      // The record itself: one row per component, and "not disclosed" never shown as "closed".
      const rows = $$(p.tree, 'table').find((t) => text($(t, 'caption') ?? t).startsWith('Openness of'));
      for (const k of COMPONENTS) {
        if (m.data.openness[k]?.status === 'not-disclosed' && rows && !text(rows).includes('Not disclosed'))
          problems.push(`${m.id}: ${k} not disclosed is not shown as such`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a derivative shows its chain and the license check; its base lists it', () => {
    const derivatives = models.filter((m) => m.data.baseModel);
    expect(derivatives.length).toBeGreaterThan(0);
    for (const m of derivatives) {
      const base = refId(m.data.baseModel)!;
      const p = page(`/models/${m.id}/`);
      const chain = $(p.tree, 'ol.lineage-chain')!;
      expect(
        $$(chain, 'a').map((a) => attr(a, 'href')),
        m.id,
      ).toContain(`/models/${base}/`);
      expect(text(chain)).toContain(m.data.name);
      expect($(p.tree, '#lineage-record-license'), m.id).toBeTruthy();
      const basePage = page(`/models/${base}/`);
      expect(
        $$(basePage.tree, '.lineage-tree a').map((a) => attr(a, 'href')),
        base,
      ).toContain(`/models/${m.id}/`);
    }
  });
});

describe('comparison pages', () => {
  it('the crosswalk has every model and every component, and links each sourced record to its source', () => {
    const p = page('/compare/openness/');
    const table = $(p.tree, 'table.crosswalk')!;
    const rows = $$(table, 'tbody tr');
    expect(rows.length).toBe(models.length);
    for (const r of rows) {
      const id = attr($(r, 'th a')!, 'href').split('/')[2]!;
      const d = models.find((m) => m.id === id)!.data;
      const cells = $$(r, 'td').slice(0, COMPONENTS.length);
      COMPONENTS.forEach((k, i) => {
        const c = d.openness[k];
        const link = $(cells[i]!, 'a');
        if (c?.source) expect(attr(link, 'href'), `${id} ${k}`).toBe(`/sources/#${refId(c.source)}`);
        else expect(link, `${id} ${k}`).toBeUndefined();
        expect(text(cells[i]!), `${id} ${k}`).toContain(
          c
            ? {
                open: 'Open',
                partial: 'Partial',
                closed: 'Closed',
                'not-disclosed': 'Not disclosed',
                'not-applicable': 'N/A',
                unknown: 'unknown',
              }[c.status as string]!
            : 'unknown',
        );
      });
    }
  });

  it('the license matrix links every recorded clause to its source, grouped by tier', () => {
    const p = page('/licenses/');
    const problems: string[] = [];
    for (const [id, l] of licenses) {
      const row = $$(p.tree, `section:has(h2#tier-${l.tier}) tbody tr`).find(
        (r) => attr($(r, 'th a'), 'href') === `/licenses/${id}/`,
      );
      if (!row) {
        problems.push(`${id}: not in the ${l.tier} table`);
        continue;
      }
      const cells = $$(row, 'td').slice(1, 1 + CLAUSE_KEYS.length);
      CLAUSE_KEYS.forEach((k, i) => {
        const c = l.clauses[k];
        const href = attr($(cells[i]!, 'a'), 'href');
        if (c?.source && href !== `/sources/#${refId(c.source)}`)
          problems.push(`${id}.${k}: links ${href || 'nowhere'}, expected its source`);
        if (!c && !text(cells[i]!).includes('Unknown'))
          problems.push(`${id}.${k}: unrecorded but not shown as unknown`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('the timeline lists every event once, under its year, newest year first, linked to its models and labs', () => {
    const p = page('/timeline/');
    const sections = $$(p.tree, 'section.timeline-year');
    const years = sections.map((s) => dataAttr(s, 'year'));
    expect(years).toEqual([...years].sort().reverse());
    const seen: string[] = [];
    for (const s of sections) {
      for (const li of $$(s, 'li[data-kind]')) {
        const id = attr(li, 'id');
        seen.push(id);
        const e = events.find((x) => x.id === id)!;
        expect(e.data.date.slice(0, 4), id).toBe(dataAttr(s, 'year'));
        expect(dataAttr(li, 'kind')).toBe(e.data.kind);
        const hrefs = $$(li, '.event-links a').map((a) => attr(a, 'href'));
        for (const m of e.data.models) expect(hrefs, id).toContain(`/models/${refId(m)}/`);
        for (const l of e.data.labs) expect(hrefs, id).toContain(`/labs/${refId(l)}/`);
      }
    }
    expect(seen.sort()).toEqual(events.map((e) => e.id).sort());
    expect($(p.tree, 'form#timeline-filters')!.properties.hidden).toBe(true);
  });

  it('the charts are inline SVG with a title and a data table that match the content', () => {
    const p = page('/compare/charts/');
    const figures = $$(p.tree, 'figure.chart');
    expect(figures.map((f) => attr(f, 'id'))).toEqual([
      'parameters-over-time',
      'releases-by-tier',
      'releases-by-country',
    ]);
    for (const f of figures) {
      const svg = $(f, 'svg[role="img"]')!;
      expect(text($(svg, 'title')!).length).toBeGreaterThan(5);
      expect($(f, 'details table')).toBeTruthy();
    }
    const points = paramsSeries(
      models.map((m) => ({
        id: m.id,
        name: m.data.name,
        released: m.data.released,
        total: m.data.parameters?.total,
        active: m.data.parameters?.active,
      })),
    );
    expect($$(figures[0]!, 'details tbody tr').length).toBe(points.length);
    // Drawn at build time: every mark is already in the HTML.
    expect($$(figures[0]!, 'svg[role="img"] circle.pt-total').length).toBe(
      points.filter((x) => x.total !== undefined).length,
    );
    const tierTotal = $$(figures[1]!, 'details tbody tr').reduce((n, r) => n + Number(text($$(r, 'td').at(-1)!)), 0);
    expect(tierTotal).toBe(models.filter((m) => m.data.released).length);
    const countryTotal = $$(figures[2]!, 'details tbody tr').reduce((n, r) => n + Number(text($(r, 'td')!)), 0);
    expect(countryTotal).toBe(models.length);
  });

  it('the side-by-side page lists every model as a choice and has a column for each, shown by a generated rule', () => {
    const p = page('/compare/models/');
    const boxes = $$(p.tree, 'input.sbs-pick');
    expect(boxes.map((b) => attr(b, 'value')).sort()).toEqual(models.map((m) => m.id).sort());
    const css = readFileSync(join(DIST, 'compare/side-by-side.css'), 'utf8');
    for (const m of models) {
      expect($(p.tree, `th.c-${m.id}`), m.id).toBeTruthy();
      expect(css).toContain(`.sbs:has(#pick-${m.id}:checked) .c-${m.id} { display: table-cell; }`);
    }
    expect($(p.tree, 'link[rel="stylesheet"][href="/compare/side-by-side.css"]')).toBeTruthy();
  });

  it('every comparison page exists and is linked from /compare/', () => {
    const index = page('/compare/');
    const hrefs = $$(index.tree, 'main a').map((a) => attr(a, 'href'));
    for (const url of [
      '/models/',
      '/compare/models/',
      '/compare/openness/',
      '/compare/open-source-ai/',
      '/licenses/',
      '/compare/license-tiers/',
      '/timeline/',
      '/compare/charts/',
      '/data/',
      '/compare/methodology/',
    ]) {
      expect(hrefs).toContain(url);
      expect(existsSync(join(DIST, url, 'index.html')), url).toBe(true);
    }
  });
});

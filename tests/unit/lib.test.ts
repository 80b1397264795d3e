import { describe, expect, it } from 'vitest';
import {
  countWords,
  formatDate,
  formatLargeCount,
  formatParams,
  formatTokens,
  formatTrainingTokens,
  humanize,
  readingMinutes,
} from '../../src/domain/format.ts';
import { citedSourceIds, findCitations, lineAt } from '../../src/domain/citations.ts';
import { reviewStatus, uncitedSections } from '../../src/domain/review.ts';
import { ancestry, buildIndex, citedBy, sourceRefsIn } from '../../src/site/derived.ts';
import { editUrl, reportUrl } from '../../src/domain/edit-links.ts';
import { isRealPartialDate } from '../../src/schemas/shared.ts';

describe('format', () => {
  it('dates keep their precision', () => {
    expect(formatDate('2023-07-18')).toBe('18 July 2023');
    expect(formatDate('2023-07')).toBe('July 2023');
    expect(formatDate('2019')).toBe('2019');
  });
  it('parameters in billions', () => {
    expect(formatParams(671)).toBe('671B');
    expect(formatParams(46.7)).toBe('46.7B');
    expect(formatParams(1000)).toBe('1T');
    expect(formatParams(0.125)).toBe('125M');
    expect(formatParams(undefined)).toBe('');
  });
  it('tokens', () => {
    expect(formatTokens(128000)).toBe('128K');
    expect(formatTokens(32768)).toBe('32K');
    expect(formatTokens(10_000_000)).toBe('10M');
    expect(formatTokens(2049)).toBe('2,049');
    expect(formatTrainingTokens(14.8)).toBe('14.8T tokens');
    expect(formatTrainingTokens(0.3)).toBe('300B tokens');
  });
  it('counts and words', () => {
    expect(formatLargeCount(700_000_000)).toBe('700 million');
    expect(humanize('not-disclosed')).toBe('Not disclosed');
    expect(countWords('## Title\n\nOne two, three.[^a-source] [Four](/x/) five-six')).toBe(6);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(4600)).toBe(20);
  });
});

describe('dates', () => {
  it('accepts real dates at any precision and refuses impossible ones', () => {
    for (const d of ['2019', '2023-07', '2024-02-29']) expect(isRealPartialDate(d)).toBe(true);
    for (const d of ['2023-02-29', '2023-13', '2023-7-1', '23-07-01', '2023-00', 'July 2023'])
      expect(isRealPartialDate(d)).toBe(false);
  });
});

describe('citations', () => {
  const text = 'A.[^one] B.[^two][^one] C.[^citation-needed]\nD.[^three]';
  it('finds markers in order', () => {
    expect(findCitations(text).map((c) => c.id)).toEqual(['one', 'two', 'one', 'citation-needed', 'three']);
    expect(citedSourceIds(text)).toEqual(['one', 'two', 'three']);
    expect(lineAt(text, text.indexOf('[^three]'))).toBe(2);
  });
  it('ignores things that are not ids', () => {
    expect(findCitations('[^Not Valid] [^] [x]')).toEqual([]);
  });
});

describe('review status', () => {
  it('is computed from the text', () => {
    expect(reviewStatus('Lead.[^a]\n\n## One\n\nText.[^b]\n', 'reviewed')).toBe('reviewed');
    expect(reviewStatus('Lead.[^a]\n\n## One\n\nText.\n', 'reviewed')).toBe('needs-citations');
    expect(reviewStatus('Lead.[^a] Claim.[^citation-needed]', 'draft')).toBe('needs-citations');
    expect(reviewStatus('Lead.[^a]', 'draft')).toBe('draft');
    expect(uncitedSections('Lead.[^a]\n\n## One\n\nText.\n\n### Sub\n\nMore.[^b]\n\n## Two\n\nNone.')).toEqual(['Two']);
  });
});

describe('derived data', () => {
  const models = [
    { id: 'base', data: { lab: { id: 'lab-a' }, license: { id: 'lic' }, released: '2023-01' } },
    {
      id: 'child',
      data: { lab: { id: 'lab-b' }, license: { id: 'lic' }, baseModel: { id: 'base' }, released: '2024' },
    },
    { id: 'grandchild', data: { lab: { id: 'lab-b' }, baseModel: { id: 'child' }, released: '2024-05-01' } },
  ];
  const events = [
    { id: 'e1', data: { date: '2023-01-05', models: [{ id: 'base' }], labs: [{ id: 'lab-a' }], licenses: [] } },
    {
      id: 'e2',
      data: { date: '2024', models: [{ id: 'base' }, { id: 'child' }], labs: [], licenses: [{ id: 'lic' }] },
    },
  ];
  const index = buildIndex(models, events);
  it('reverse links, newest first', () => {
    expect(index.modelsByLicense.get('lic')?.map((m) => m.id)).toEqual(['child', 'base']);
    expect(index.modelsByLab.get('lab-b')?.map((m) => m.id)).toEqual(['grandchild', 'child']);
    expect(index.derivativesOf.get('base')?.map((m) => m.id)).toEqual(['child']);
    expect(index.eventsByModel.get('base')?.map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(index.eventsByLicense.get('lic')?.map((e) => e.id)).toEqual(['e2']);
    expect(index.eventsByLab.get('nobody')).toBeUndefined();
  });
  it('ancestry follows base models and stops on cycles', () => {
    const byId = new Map(models.map((m) => [m.id, m]));
    expect(ancestry('grandchild', byId).map((m) => m.id)).toEqual(['child', 'base']);
    const cyclic = new Map([
      ['x', { id: 'x', data: { baseModel: { id: 'y' } } }],
      ['y', { id: 'y', data: { baseModel: { id: 'x' } } }],
    ]);
    expect(ancestry('x', cyclic).map((m) => m.id)).toEqual(['y']);
  });
  it('cited-by lists each page once per source', () => {
    const map = citedBy([
      { href: '/a/', title: 'A', sources: ['s1', 's1', 's2'] },
      { href: '/b/', title: 'B', sources: ['s2'] },
    ]);
    expect(map.get('s1')?.map((p) => p.href)).toEqual(['/a/']);
    expect(map.get('s2')?.map((p) => p.href)).toEqual(['/a/', '/b/']);
  });
  it('finds source references anywhere in entry data', () => {
    const data = {
      sources: [{ collection: 'sources', id: 's1' }],
      openness: { weights: { status: 'open', source: { collection: 'sources', id: 's2' } } },
      lab: { collection: 'labs', id: 'x' },
    };
    expect(sourceRefsIn(data)).toEqual(['s1', 's2']);
  });
});

describe('edit links', () => {
  const cfg = { repo: 'https://github.com/o/r', branch: 'main' };
  it('point at the file, unless overridden or hidden', () => {
    expect(editUrl(cfg, 'content/models/llama-2.mdx')).toBe(
      'https://github.com/o/r/edit/main/content/models/llama-2.mdx',
    );
    expect(editUrl(cfg, 'content/models/x.mdx', 'https://example.org/edit')).toBe('https://example.org/edit');
    expect(editUrl(cfg, 'content/models/x.mdx', false)).toBeUndefined();
    expect(editUrl(cfg, '../../tmp/copy/content/labs/a.mdx')).toBe(
      'https://github.com/o/r/edit/main/content/labs/a.mdx',
    );
  });
  it('report links prefill an issue', () => {
    const url = new URL(reportUrl(cfg, 'Llama 2', 'https://site/models/llama-2/'));
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(url.searchParams.get('template')).toBe('report-error.yml');
    expect(url.searchParams.get('title')).toBe('Error on "Llama 2"');
    expect(url.searchParams.get('page')).toBe('https://site/models/llama-2/');
  });
});

import { parseGitLog } from '../../src/site/git-history.ts';
describe('git history', () => {
  it('takes the newest date and counts revisions per file', () => {
    const log =
      '\u00012026-11-20\n\ncontent/models/a.mdx\ncontent/labs/b.mdx\n\u00012026-11-01\n\ncontent/models/a.mdx\n';
    const h = parseGitLog(log);
    expect(h.get('content/models/a.mdx')).toEqual({ lastModified: '2026-11-20', revisions: 2 });
    expect(h.get('content/labs/b.mdx')).toEqual({ lastModified: '2026-11-20', revisions: 1 });
    expect(parseGitLog('').size).toBe(0);
  });
});

import { articleLd, modelLd, serializeLd, termLd } from '../../src/domain/structured-data.ts';
describe('structured data', () => {
  it('describes each page type and cannot close its script element', () => {
    const ld = serializeLd(
      articleLd({
        url: 'https://s/a/',
        title: 'A </script><script>x',
        description: 'D',
        lastReviewed: '2026-11-23',
        site: 'S',
      }),
    );
    expect(ld).not.toContain('</script>');
    expect(JSON.parse(ld)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'A </script><script>x',
      dateModified: '2026-11-23',
    });
    expect(termLd({ url: 'u', term: 'MoE', definition: 'd', aliases: ['x'], glossaryUrl: 'g' })).toMatchObject({
      '@type': 'DefinedTerm',
      alternateName: ['x'],
    });
    const m = modelLd({ url: 'u', name: 'M', summary: 's', lab: 'L', labUrl: 'l' });
    expect(m).toMatchObject({ '@type': 'SoftwareApplication', creator: { '@type': 'Organization', name: 'L' } });
    expect(m).not.toHaveProperty('license');
  });
});

/** src/domain/search.ts: URL state, filters, facet order, excerpts, the exact-name rule, highlighting. */
import { describe, expect, it } from 'vitest';
import {
  facetValues,
  hasCriteria,
  highlightPattern,
  highlightTerms,
  nameKey,
  pagefindFilters,
  parseExcerpt,
  parseSearchState,
  promoteExactNames,
  searchDelay,
  searchStateToQuery,
  withHighlight,
} from '../../src/domain/search.ts';
import { isField, isSearchShortcut } from '../../src/domain/search-keys.ts';

describe('search state in the URL', () => {
  it('reads words, repeated facet values and the order', () => {
    const s = parseSearchState('?q=llama+3&type=Model&type=Event&lab=Meta&sort=newest&utm=x');
    expect(s).toEqual({ q: 'llama 3', filters: { type: ['Model', 'Event'], lab: ['Meta'] }, sort: 'newest' });
  });

  it('ignores unknown orders, empty and duplicate values', () => {
    expect(parseSearchState('sort=random&lab=&lab=Meta&lab=Meta')).toEqual({
      q: '',
      filters: { lab: ['Meta'] },
      sort: 'relevance',
    });
  });

  it('writes a stable query string that reads back the same, leaving the default order out', () => {
    const state = parseSearchState('year=2024&q=a%26b&tier=Permissive&type=Model&sort=relevance');
    const query = searchStateToQuery(state);
    expect(query).toBe('?q=a%26b&type=Model&tier=Permissive&year=2024');
    expect(parseSearchState(query)).toEqual(state);
    expect(searchStateToQuery({ q: ' ', filters: { lab: [] }, sort: 'relevance' })).toBe('');
  });

  it('knows when there is something to search for', () => {
    expect(hasCriteria(parseSearchState(''))).toBe(false);
    expect(hasCriteria(parseSearchState('q=%20'))).toBe(false);
    expect(hasCriteria(parseSearchState('year=2023'))).toBe(true);
  });
});

describe('when to search while typing', () => {
  it('never for one character, after a pause for two, at once for three or more', () => {
    expect(searchDelay('')).toBeUndefined();
    expect(searchDelay(' m ')).toBeUndefined();
    expect(searchDelay('R1')).toBeGreaterThan(100);
    expect(searchDelay('MoE')).toBe(0);
    expect(searchDelay('mixture of experts')).toBe(0);
  });
});

describe('Pagefind filters', () => {
  const state = parseSearchState('type=Model&lab=Meta&lab=Google&year=2024');

  it('ORs the values of a facet and ANDs the facets', () => {
    expect(pagefindFilters(state)).toEqual({
      type: { any: ['Model'] },
      lab: { any: ['Meta', 'Google'] },
      year: { any: ['2024'] },
    });
  });

  it('can leave one facet out, to count its values, and always filters on type so counts come back', () => {
    const without = pagefindFilters(state, 'type');
    expect(without.lab).toEqual({ any: ['Meta', 'Google'] });
    expect(without.type!.any).toContain('Glossary term');
    expect(pagefindFilters(parseSearchState('')).type!.any).toHaveLength(6);
  });
});

describe('facet values', () => {
  it('lists types in reading order and drops values without results', () => {
    const v = facetValues('type', { Event: 4, Model: 2, Article: 0, Lab: 1 });
    expect(v.map((x) => x.value)).toEqual(['Model', 'Lab', 'Event']);
  });

  it('lists years newest first and other facets by count, then name', () => {
    expect(facetValues('year', { '2023': 5, '2025': 1, '2024': 9 }).map((x) => x.value)).toEqual([
      '2025',
      '2024',
      '2023',
    ]);
    expect(facetValues('lab', { Meta: 3, Google: 3, DeepSeek: 7 }).map((x) => x.value)).toEqual([
      'DeepSeek',
      'Google',
      'Meta',
    ]);
  });

  it('keeps a selected value at zero so it can be unticked', () => {
    expect(facetValues('lab', { Meta: 2 }, ['Google'])).toEqual([
      { value: 'Meta', count: 2, selected: false },
      { value: 'Google', count: 0, selected: true },
    ]);
  });
});

describe('excerpts', () => {
  it('splits marked words from text and decodes entities, never passing HTML through', () => {
    expect(parseExcerpt('The <mark>Llama</mark> 2 &amp; 3 &lt;b&gt; licenses')).toEqual([
      { text: 'The ', mark: false },
      { text: 'Llama', mark: true },
      { text: ' 2 & 3 <b> licenses', mark: false },
    ]);
    expect(parseExcerpt('<mark>a</mark><mark>b</mark> <img src=x onerror=alert(1)>c')).toEqual([
      { text: 'ab', mark: true },
      { text: ' c', mark: false },
    ]);
  });
});

describe('exact names first', () => {
  const r = (title: string, aliases?: string) => ({ meta: { title, aliases } });
  const results = [
    r('DeepSeek-R1-Zero', 'R1-Zero; DeepSeek R1-Zero'),
    r('Mistral AI'),
    r('DeepSeek-R1', 'DeepSeek R1; R1'),
    r('R1'),
  ];

  it('compares names without case, accents, spaces or punctuation', () => {
    expect(nameKey('Llama-3.1')).toBe(nameKey('llama 3 1'));
    expect(nameKey('Llama 3.1')).not.toBe(nameKey('Llama 3'));
    expect(nameKey('Café')).toBe('cafe');
  });

  it('puts titles equal to the query first, then other names, keeping ranked order within each', () => {
    expect(promoteExactNames('r1', results).map((x) => x.meta.title)).toEqual([
      'R1',
      'DeepSeek-R1',
      'DeepSeek-R1-Zero',
      'Mistral AI',
    ]);
    expect(promoteExactNames('deepseek r1', results)[0]!.meta.title).toBe('DeepSeek-R1');
  });

  it('leaves the order alone when nothing is named by the query', () => {
    expect(promoteExactNames('experts', results)).toEqual(results);
    expect(promoteExactNames('  ', results)).toEqual(results);
  });
});

describe('highlighting on arrival', () => {
  it('attaches the words to a result URL, before any #anchor', () => {
    expect(withHighlight('/models/llama-2/', 'Llama 2')).toBe('/models/llama-2/?highlight=Llama%202');
    expect(withHighlight('/articles/x/#history', 'moe')).toBe('/articles/x/?highlight=moe#history');
    expect(withHighlight('/a/', ' ')).toBe('/a/');
  });

  it('takes words of two characters or more, once each', () => {
    expect(highlightTerms('?highlight=Llama%202%20a%20llama%20llama.cpp')).toEqual(['Llama', 'llama.cpp']);
    expect(highlightTerms('?q=x')).toEqual([]);
  });

  it('matches the words at the start of words, longest first, case-insensitively', () => {
    const p = highlightPattern(['quantiz', 'moe'])!;
    expect('Quantized MoE models; homoeopathy'.match(p)).toEqual(['Quantized', 'MoE']);
    // Pattern characters are taken literally.
    expect('b a.c abc'.match(highlightPattern(['a.c'])!)).toEqual(['a.c']);
    expect(highlightPattern([])).toBeUndefined();
  });
});

describe('search keys', () => {
  const key = (
    k: string,
    mods: Partial<{
      ctrlKey: boolean;
      metaKey: boolean;
      altKey: boolean;
      shiftKey: boolean;
      isComposing: boolean;
    }> = {},
  ) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });

  it('opens search with "/" outside fields and with Ctrl+K or Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
  });

  it('leaves other keys and combinations alone', () => {
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { isComposing: true }), false)).toBe(false);
  });

  it('knows where the reader types', () => {
    expect(isField({ tagName: 'INPUT' })).toBe(true);
    expect(isField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isField({ tagName: 'A' })).toBe(false);
    expect(isField(null)).toBe(false);
  });
});

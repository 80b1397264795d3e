/** URL state, matching and ordering shared by the table, side-by-side and timeline scripts. */
import { describe, expect, it } from 'vitest';
import {
  compareValues,
  firstDir,
  itemMatches,
  readState,
  sortOrder,
  textMatches,
  writeState,
} from '../../src/domain/table-state.ts';

const spec = { filters: ['q', 'lab', 'year'], multi: ['open'], sorts: ['name', 'total'] };

describe('URL state', () => {
  it('reads known parameters and ignores the rest', () => {
    const s = readState(
      new URLSearchParams('q=llama&lab=meta&open=weights&open=paper,trainingCode&sort=total&dir=asc&evil=1'),
      spec,
    );
    expect(s).toEqual({
      filters: { q: 'llama', lab: 'meta', year: '' },
      multi: { open: ['weights', 'paper', 'trainingCode'] },
      sort: 'total',
      dir: 'asc',
    });
    expect(readState(new URLSearchParams('sort=nope&dir=sideways'), spec)).toMatchObject({ sort: '', dir: 'desc' });
  });
  it('round-trips, leaving out what is empty', () => {
    const s = readState(new URLSearchParams('lab=meta&open=weights&sort=name&dir=asc'), spec);
    expect(writeState(s).toString()).toBe('lab=meta&open=weights&sort=name&dir=asc');
    expect(writeState(readState(new URLSearchParams(''), spec)).toString()).toBe('');
  });
});

describe('matching', () => {
  const item = { text: 'Llama 3.1 Meta Llama 3.1 CL', lab: 'meta', year: '2024', open: ['weights', 'paper'] };
  const st = (filters: Record<string, string>, open: string[] = []) => ({
    filters: { q: '', lab: '', year: '', ...filters },
    multi: { open },
  });
  it('text: every word, any case, accents ignored', () => {
    expect(textMatches('Mistral AI Médium', 'medium mistral')).toBe(true);
    expect(textMatches('Mistral AI', 'mistral llama')).toBe(false);
    expect(itemMatches(item, st({ q: 'LLAMA meta' }))).toBe(true);
    expect(itemMatches(item, st({ q: 'qwen' }))).toBe(false);
  });
  it('single filters need the exact value; multi filters need every value', () => {
    expect(itemMatches(item, st({ lab: 'meta', year: '2024' }))).toBe(true);
    expect(itemMatches(item, st({ lab: 'google' }))).toBe(false);
    expect(itemMatches(item, st({}, ['weights']))).toBe(true);
    expect(itemMatches(item, st({}, ['weights', 'trainingData']))).toBe(false);
    expect(itemMatches({ ...item, open: 'weights paper' }, st({}, ['paper']))).toBe(true);
  });
});

describe('ordering', () => {
  it('numbers as numbers, unknowns last in both directions', () => {
    const values = ['70', '', '7', '405', '13'];
    expect(sortOrder(values, 'num', 'asc')).toEqual([2, 4, 0, 3, 1]);
    expect(sortOrder(values, 'num', 'desc')).toEqual([3, 0, 4, 2, 1]);
  });
  it('dates by precision-aware text, text by collation with numbers inside', () => {
    expect(sortOrder(['2023-07-18', '2023', '', '2024-01'], 'date', 'desc')).toEqual([3, 0, 1, 2]);
    expect(sortOrder(['Llama 3.10', 'llama 3.2', 'Gemma'], 'text', 'asc')).toEqual([2, 1, 0]);
    expect(compareValues('a', 'A', 'text', 'asc')).toBe(0);
  });
  it('is stable', () => {
    expect(sortOrder(['1', '1', '1'], 'num', 'desc')).toEqual([0, 1, 2]);
  });
  it('numbers and dates start biggest first, text A to Z', () => {
    expect(firstDir('num')).toBe('desc');
    expect(firstDir('date')).toBe('desc');
    expect(firstDir('text')).toBe('asc');
  });
});

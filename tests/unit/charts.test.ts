/** The chart math: scales, ticks, time, series and stacks. */
import { describe, expect, it } from 'vitest';
import {
  countBy,
  countByYear,
  countTicks,
  fractionalYear,
  linearScale,
  logDomain,
  logScale,
  logTicks,
  niceStep,
  paramsSeries,
  ranked,
  stack,
  yearDomain,
} from '../../src/domain/charts.ts';

describe('scales', () => {
  it('linear maps ends to ends, and a flat domain to the middle', () => {
    const s = linearScale([0, 10], [100, 0]);
    expect(s(0)).toBe(100);
    expect(s(10)).toBe(0);
    expect(s(2.5)).toBe(75);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });
  it('log puts each power of ten at an equal step', () => {
    const s = logScale([1, 1000], [0, 300]);
    expect(s(1)).toBeCloseTo(0);
    expect(s(10)).toBeCloseTo(100);
    expect(s(100)).toBeCloseTo(200);
    expect(s(1000)).toBeCloseTo(300);
    expect(() => logScale([0, 10], [0, 1])).toThrow(/positive/);
  });
  it('log domain and ticks enclose the data in powers of ten', () => {
    expect(logDomain(0.125, 2000)).toEqual([0.1, 10000]);
    expect(logDomain(7, 70)).toEqual([1, 100]);
    expect(logDomain(10, 10)).toEqual([10, 100]);
    expect(logTicks(0.1, 1000)).toEqual([0.1, 1, 10, 100, 1000]);
  });
  it('count ticks are whole, nice and cover the maximum', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(3, 5)).toBe(1);
    expect(niceStep(0)).toBe(1);
    expect(countTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(countTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(1)).toEqual([0, 1]);
  });
});

describe('time', () => {
  it('places partial dates on a year axis at their precision', () => {
    expect(fractionalYear('2023')).toBe(2023.5);
    expect(fractionalYear('2023-07')).toBeCloseTo(2023 + 6.5 / 12);
    expect(fractionalYear('2023-01-01')).toBe(2023);
    expect(fractionalYear('2024-12-31')).toBeCloseTo(2024 + 365 / 366);
    expect(() => fractionalYear('soon')).toThrow();
    expect(yearDomain([2019.3, 2026.1])).toEqual([2019, 2027]);
    expect(yearDomain([])).toEqual([0, 1]);
  });
});

describe('series', () => {
  it('keeps models with a date and a size, oldest first, and drops active equal to total', () => {
    const s = paramsSeries([
      { id: 'b', name: 'B', released: '2024-01', total: 70, active: 70 },
      { id: 'a', name: 'A', released: '2023', total: 7 },
      { id: 'moe', name: 'MoE', released: '2024-12-26', total: 671, active: 37 },
      { id: 'nodate', name: 'No date', total: 1 },
      { id: 'nosize', name: 'No size', released: '2024' },
      { id: 'activeonly', name: 'Active only', released: '2025', active: 17 },
    ]);
    expect(s.map((p) => p.id)).toEqual(['a', 'b', 'moe', 'activeonly']);
    expect(s[1]!.active).toBe(undefined);
    expect(s[2]).toMatchObject({ total: 671, active: 37 });
    expect(s[3]).toMatchObject({ total: undefined, active: 17 });
  });

  it('counts by year with empty years kept, and stacks in series order', () => {
    const items = [
      { y: 2021, t: 'permissive' },
      { y: 2023, t: 'research' },
      { y: 2023, t: 'permissive' },
      { y: 2023, t: 'permissive' },
      { y: undefined, t: 'permissive' },
    ];
    const rows = countByYear(
      items,
      (i) => i.y,
      (i) => i.t,
    );
    expect(rows).toEqual([
      { key: '2021', counts: { permissive: 1 } },
      { key: '2022', counts: {} },
      { key: '2023', counts: { research: 1, permissive: 2 } },
    ]);
    const bars = stack(rows, ['permissive', 'research']);
    expect(bars[2]).toEqual({
      key: '2023',
      total: 3,
      segments: [
        { series: 'permissive', value: 2, start: 0, end: 2 },
        { series: 'research', value: 1, start: 2, end: 3 },
      ],
    });
    expect(bars[1]).toEqual({ key: '2022', total: 0, segments: [] });
    expect(
      countByYear(
        [],
        () => 1,
        () => 'x',
      ),
    ).toEqual([]);
  });

  it('counts and ranks', () => {
    const c = countBy(['France', 'China', undefined, 'China'], (x) => x, 'Unknown');
    expect([...c]).toEqual([
      ['France', 1],
      ['China', 2],
      ['Unknown', 1],
    ]);
    expect(ranked(c)).toEqual([
      ['China', 2],
      ['France', 1],
      ['Unknown', 1],
    ]);
  });
});

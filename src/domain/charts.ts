/**
 * The math of the build-time charts: scales, ticks, series and stacked bars. Pure, so the
 * SVG components only draw what these functions place. No chart code reaches the browser.
 */

export type Scale = (value: number) => number;

/** A linear map from [d0, d1] to [r0, r1]. A zero-width domain maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** A base-10 logarithmic map from [d0, d1] (both > 0) to [r0, r1]. */
export function logScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d0 <= 0 || d1 <= 0) throw new RangeError(`a log scale needs a positive domain, got [${d0}, ${d1}]`);
  const lin = linearScale([Math.log10(d0), Math.log10(d1)], [r0, r1]);
  return (v) => lin(Math.log10(v));
}

/** The powers of ten that enclose [min, max]: the domain of a log axis with a tick at each end. */
export function logDomain(min: number, max: number): [number, number] {
  if (min <= 0 || max <= 0) throw new RangeError('log domain needs positive values');
  const lo = 10 ** Math.floor(Math.log10(min));
  let hi = 10 ** Math.ceil(Math.log10(max));
  if (hi === lo) hi = lo * 10;
  return [lo, hi];
}

/** Ticks of a log axis: every power of ten from lo to hi. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++)
    ticks.push(Number((10 ** e).toPrecision(12)));
  return ticks;
}

/** A "nice" step (1, 2 or 5 times a power of ten) that splits [0, max] into about `count` parts. */
export function niceStep(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return Math.max(1, nice * pow);
}

/** Ticks from 0 to the first multiple of the nice step at or above max (integers only: the charts count things). */
export function countTicks(max: number, count = 5): number[] {
  const step = Math.ceil(niceStep(max, count));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/**
 * A partial date as a fractional year: "2023" is mid-year, "2023-07" mid-month,
 * "2023-07-18" that day. Good enough to place a point on a time axis.
 */
export function fractionalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) throw new RangeError(`not a date: ${date}`);
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y + (Date.UTC(y, m - 1, d) - start) / 86_400_000 / days;
}

/** The whole years spanning a set of fractional years: [first, last + 1]. */
export function yearDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  return [Math.floor(Math.min(...values)), Math.floor(Math.max(...values)) + 1];
}

export interface ParamsInput {
  id: string;
  name: string;
  released?: string;
  total?: number;
  active?: number;
}
export interface ParamsPoint {
  id: string;
  name: string;
  released: string;
  /** Fractional year. */
  x: number;
  total?: number;
  active?: number;
}

/**
 * The points of the parameters-over-time chart: models with a release date and at least
 * one parameter count, oldest first. An active count equal to the total is dropped (dense).
 */
export function paramsSeries(models: readonly ParamsInput[]): ParamsPoint[] {
  return models
    .filter(
      (m): m is ParamsInput & { released: string } =>
        m.released !== undefined && (m.total !== undefined || m.active !== undefined),
    )
    .map((m) => ({
      id: m.id,
      name: m.name,
      released: m.released,
      x: fractionalYear(m.released),
      total: m.total,
      active: m.active !== undefined && m.active !== m.total ? m.active : undefined,
    }))
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
}

/** Counts of items by key, in first-seen order unless `order` is given. Undefined keys go to `fallback`. */
export function countBy<T>(
  items: readonly T[],
  key: (t: T) => string | undefined,
  fallback = 'unknown',
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item) ?? fallback;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export interface StackRow {
  key: string;
  counts: Record<string, number>;
}
interface StackSegment {
  series: string;
  value: number;
  /** Sum of the segments below this one. */
  start: number;
  end: number;
}
export interface StackedBar {
  key: string;
  total: number;
  segments: StackSegment[];
}

/** Stacks each row's counts in series order; zero segments are left out. */
export function stack(rows: readonly StackRow[], series: readonly string[]): StackedBar[] {
  return rows.map((row) => {
    let start = 0;
    const segments: StackSegment[] = [];
    for (const s of series) {
      const value = row.counts[s] ?? 0;
      if (value > 0) segments.push({ series: s, value, start, end: start + value });
      start += value;
    }
    return { key: row.key, total: start, segments };
  });
}

/**
 * Rows of a by-year chart: one per year from the first to the last (empty years included,
 * so the axis does not lie), counting items by series. Items without a year are left out.
 */
export function countByYear<T>(
  items: readonly T[],
  year: (t: T) => number | undefined,
  series: (t: T) => string,
): StackRow[] {
  const years = items.map(year).filter((y): y is number => y !== undefined);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: StackRow[] = [];
  for (let y = first; y <= last; y++) rows.push({ key: String(y), counts: {} });
  for (const item of items) {
    const y = year(item);
    if (y === undefined) continue;
    const row = rows[y - first]!;
    const s = series(item);
    row.counts[s] = (row.counts[s] ?? 0) + 1;
  }
  return rows;
}

/** Entries of a count map, largest first, ties by key. */
export function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

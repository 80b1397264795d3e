/** Formatting of dates and figures for display. Pure functions. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023-07-18" → "18 July 2023"; "2023-07" → "July 2023"; "2023" → "2023". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The year of a partial date, as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Trims a number to at most `digits` decimals without trailing zeros. */
function trim(n: number, digits = 1): string {
  return String(Number(n.toFixed(digits)));
}

/** Billions of parameters → "671B", "1T", "2.7B", "125M". */
export function formatParams(billions: number | undefined): string {
  if (billions === undefined) return '';
  if (billions >= 1000) return `${trim(billions / 1000, 2)}T`;
  if (billions < 1) return `${trim(billions * 1000, 0)}M`;
  return `${trim(billions, 1)}B`;
}

/** Tokens → "128K", "10M", "8,192" for small windows that are not round thousands. */
export function formatTokens(tokens: number | undefined): string {
  if (tokens === undefined) return '';
  if (tokens >= 1_000_000) return `${trim(tokens / 1_000_000, 1)}M`;
  if (tokens >= 1000 && tokens % 1000 === 0) return `${tokens / 1000}K`;
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  return tokens.toLocaleString('en-US');
}

/** Trillions of tokens → "14.8T tokens". */
export function formatTrainingTokens(trillions: number | undefined): string {
  if (trillions === undefined) return '';
  return trillions < 1 ? `${trim(trillions * 1000, 0)}B tokens` : `${trim(trillions, 2)}T tokens`;
}

/** 700000000 → "700 million". */
export function formatLargeCount(n: number): string {
  if (n >= 1e9) return `${trim(n / 1e9, 2)} billion`;
  if (n >= 1e6) return `${trim(n / 1e6, 2)} million`;
  return n.toLocaleString('en-US');
}

/** "open-weights" → "Open weights"; "not-disclosed" → "Not disclosed". */
export function humanize(value: string): string {
  const s = value.replace(/-/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Counts words of prose (markdown syntax and citation markers excluded). */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]]+/g, ' ');
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).length;
}

/** Minutes to read at about 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

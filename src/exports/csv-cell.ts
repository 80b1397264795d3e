/**
 * Escaping for one channel: a CSV cell opened in a spreadsheet. A cell whose text begins with
 * `=`, `+`, `-` or `@` (or a tab or carriage return, which some spreadsheets skip before
 * reading a formula, or their full-width forms) is run as a formula when a researcher opens
 * the download (OWASP, CSV injection). Such text gets a leading apostrophe, which spreadsheets
 * read as "this is text" and do not show; numbers are left as they are, so a negative figure
 * stays a number. RFC 4180 quoting (`"`, `,`, line breaks) is done after this, by the writer.
 */

/** Characters that make a spreadsheet read a cell as a formula when they come first. */
export const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** The text of a cell, made inert for spreadsheets when it could start a formula. */
export function inertCell(value: unknown, text: string): string {
  if (typeof value === 'number' || typeof value === 'bigint') return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

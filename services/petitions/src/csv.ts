import { stringify } from 'csv-stringify/sync';

/** A value of a CSV field: null and undefined are empty fields. */
export type CsvValue = string | number | boolean | null | undefined;

/** Most rows one export may hold; a filter matching more is refused (narrow it). */
export const maxCsvRows = 50_000;

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A whole CSV document (RFC 4180): the header then the rows, fields separated by commas and every record ended by
 * CRLF; a field containing a comma, a double quote, CR or LF is enclosed in double quotes, its double quotes
 * doubled. Text starting like a formula (=, +, -, @, tab or CR) is prefixed with an apostrophe; booleans are
 * written `true`/`false`.
 */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return stringify([header, ...rows], {
    record_delimiter: 'windows',
    // csv-stringify quotes on the whole record delimiter only: a lone CR or LF must be quoted too.
    quoted_match: /[\r\n]/,
    cast: {
      boolean: (value) => String(value),
      string: (value) => (formulaStart.test(value) ? `'${value}` : value),
    },
  });
}

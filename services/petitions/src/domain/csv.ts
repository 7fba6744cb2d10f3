/**
 * CSV (RFC 4180): fields separated by commas, records by CRLF; a field containing a comma, a double quote, CR or
 * LF is enclosed in double quotes, with its double quotes doubled. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: CsvValue): string {
  if (value == null) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRecord = (values: CsvValue[]) => values.map(csvField).join(',');

/** A whole document: the header then the rows, each record ended by CRLF. */
export function toCsv(header: string[], rows: Iterable<CsvValue[]>): string {
  const lines = [csvRecord(header)];
  for (const row of rows) lines.push(csvRecord(row));
  return `${lines.join('\r\n')}\r\n`;
}

/** Most rows one export may hold; a filter matching more is refused (narrow it). */
export const maxCsvRows = 50_000;

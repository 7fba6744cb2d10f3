import { stringify } from 'csv-stringify/sync';

/** A JSON value as GraphQL responses carry them. */
export type Json = null | boolean | number | string | Json[] | { [field: string]: Json };

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Vietnamese text is garbled. */
export const byteOrderMark = '\uFEFF';

/** Separator of the values a list inside a row contributes to one cell. */
export const listSeparator = '; ';

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"), guarded as the services' own CSVs are. */
const formulaStart = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null;

export interface ResultTable {
  /** Field path of the list, e.g. `nextRegularSession.preparationDossier.entries`. */
  path: string;
  header: string[];
  rows: Cell[][];
}

const isObject = (value: Json | undefined): value is { [field: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first list of a response's data, depth-first in the order of the fields (the order of the query): the first
 * one with rows, else the first empty one; undefined when there is no list.
 */
export function firstList(data: Json): { path: string[]; items: Json[] } | undefined {
  let empty: { path: string[]; items: Json[] } | undefined;
  const visit = (value: Json, at: string[]): { path: string[]; items: Json[] } | undefined => {
    if (Array.isArray(value)) {
      if (value.length > 0) return { path: at, items: value };
      empty ??= { path: at, items: value };
      return undefined;
    }
    if (!isObject(value)) return undefined;
    for (const [field, child] of Object.entries(value)) {
      const found = visit(child, [...at, field]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(data, []) ?? empty;
}

/** Leaf values of one row by column path; a list inside the row adds each element's values to the same columns. */
function collect(value: Json, column: string, into: Map<string, Cell[]>): void {
  if (Array.isArray(value)) {
    for (const element of value) collect(element, column, into);
  } else if (isObject(value)) {
    for (const [field, child] of Object.entries(value)) collect(child, column ? `${column}.${field}` : field, into);
  } else {
    into.set(column, [...(into.get(column) ?? []), value]);
  }
}

/**
 * The first list of a response as a table: one row per element (a connection's `edges` are replaced by their
 * `node`s), one column per leaf field, nested objects named by their path (`agency.shortName`). A list inside a row
 * gives one column per leaf path too, its elements' values joined in order with "; " (`components.rate` =
 * `100; 50`), so the columns stay the same whatever the lengths. A column that is only ever null where other rows
 * have fields under it (`due` null, `due.on` elsewhere) is dropped.
 */
export function toTable(data: Json): ResultTable | undefined {
  const list = firstList(data);
  if (!list) return undefined;
  const field = list.path.at(-1) ?? 'value';
  const items = field === 'edges' && list.items.every((item) => isObject(item) && 'node' in item)
    ? list.items.map((item) => (item as { node: Json }).node)
    : list.items;
  const rows = items.map((item) => {
    const cells = new Map<string, Cell[]>();
    collect(item, isObject(item) ? '' : field, cells);
    return cells;
  });
  const columns = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const header = columns.filter(
    (column) => !(columns.some((other) => other.startsWith(`${column}.`)) && rows.every((row) => (row.get(column) ?? []).every((cell) => cell === null))),
  );
  return {
    path: list.path.join('.'),
    header,
    rows: rows.map((row) =>
      header.map((column) => {
        const cells = row.get(column) ?? [];
        if (cells.length <= 1) return cells[0] ?? null;
        return cells.map((cell) => (cell === null ? '' : String(cell))).join(listSeparator);
      }),
    ),
  };
}

/**
 * A table as a CSV document for Excel: byte-order mark, then RFC 4180 (comma separated, CRLF line ends, fields with a
 * comma, quote, CR or LF quoted, quotes doubled); null is an empty field, booleans `true`/`false`; text starting like
 * a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe.
 */
export function tableToCsv(table: ResultTable): string {
  return (
    byteOrderMark +
    stringify([table.header, ...table.rows], {
      record_delimiter: 'windows',
      // csv-stringify quotes on the whole record delimiter only: a lone CR or LF must be quoted too.
      quoted_match: /[\r\n]/,
      cast: {
        boolean: (value) => String(value),
        string: (value) => (formulaStart.test(value) ? `'${value}` : value),
      },
    })
  );
}

import { stringify } from 'csv-stringify/sync';
import { flattenRow } from './rows';

export const FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** Turns one page of rows into the text appended to the output. */
export type RowFormatter = (rows: ReadonlyArray<Record<string, unknown>>) => string;

/**
 * CSV: the header (the row's dotted columns in selection order) with the first page, even an empty one; a
 * list as its JSON, null as an empty cell, booleans as true/false. NDJSON: each row as returned, one line.
 */
export function rowFormatter(format: ExportFormat, columns: readonly string[]): RowFormatter {
  if (format === 'ndjson') return (rows) => rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  let header = true;
  return (rows) => {
    const text = stringify(
      rows.map((row) => flattenRow(row, columns)),
      { header, columns: [...columns], cast: { boolean: (value) => String(value) } },
    );
    header = false;
    return text;
  };
}

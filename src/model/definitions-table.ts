/**
 * Which tables set out definitions. Section A of the published SEC lists its definitions as a
 * two-column table, the term in bold on the left and its meaning on the right; in the clause format
 * that is a table headed `Term | Meaning`, or any two-column table whose first cells are all bold.
 */
import type { Table, TableCell, TableRow } from './clause-tree.js';

/** One definition a table holds: the term's cell and the meaning's. */
export interface TableDefinition {
  readonly row: TableRow;
  readonly term: TableCell;
  readonly meaning: TableCell;
}

const TERM_HEADER = /^(defined )?terms?$/i;
const MEANING_HEADER = /^(meanings?|definitions?)$/i;

/** True when `table` is a table of definitions (term | meaning). */
export function isDefinitionsTable(table: Table): boolean {
  if (table.align.length !== 2) return false;
  const [term, meaning] = table.header.cells as [TableCell, TableCell];
  if (TERM_HEADER.test(term.text.trim()) && MEANING_HEADER.test(meaning.text.trim())) return true;
  return table.rows.length > 0 && table.rows.every((row) => row.cells[0]?.bold === true);
}

/** The definitions a table holds, one per body row with a term; [] when it is not a table of definitions. */
export function tableDefinitions(table: Table): TableDefinition[] {
  if (!isDefinitionsTable(table)) return [];
  return table.rows
    .filter((row) => (row.cells[0] as TableCell).text.trim() !== '')
    .map((row) => ({ row, term: row.cells[0] as TableCell, meaning: row.cells[1] as TableCell }));
}

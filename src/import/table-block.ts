/**
 * A table as one side of a document reads it -> the clause tree's Table block. A GFM table always
 * has a header row: the first row (the one Word repeats as the header, HTML's <th> row, or simply
 * the first), except where a two-column table defines its first column in every row, Section A's
 * published form, which has none: its header is then left empty rather than made a definition's.
 * Bold is kept where the clause format holds it (a whole first cell of a two-column body row), and
 * a table of definitions that no header names as one has its terms set in bold, so that it reads
 * as the definitions it is (model/definitions-table.ts).
 */
import type { SourcePosition, Table, TableCell, TableRow } from '../model/clause-tree.js';
import { isDefinitionsTable } from '../model/definitions-table.js';
import { DEFINITION_VERB } from './definition-verb.js';
import type { SideRow, SideTable } from './source-paragraph.js';

/** True when the row's second cell defines its first ("means …"). */
function defines(row: SideRow): boolean {
  return DEFINITION_VERB.test(row.cells[1]?.text ?? '') && (row.cells[1]?.text ?? '') !== '';
}

function tableRow(row: SideRow, boldTerms: boolean | 'as-source'): TableRow {
  return {
    type: 'tableRow',
    cells: row.cells.map((cell, i): TableCell => {
      const bold = i === 0 && row.cells.length === 2 && cell.text !== '' && (boldTerms === 'as-source' ? cell.bold : boldTerms);
      return { type: 'tableCell', text: cell.text, ...(bold ? { bold: true as const } : {}) };
    }),
  };
}

/** The Table block of `table`, standing at `position`. */
export function tableBlock(table: SideTable, position: SourcePosition): Table {
  const columns = table.align.length;
  const [first, ...rest] = table.rows as [SideRow, ...SideRow[]];
  const headless = columns === 2 && !first.header && table.rows.every(defines);
  const head = headless ? { header: false, cells: table.align.map(() => ({ text: '', bold: false })) } : first;
  const body = headless ? table.rows : rest;
  const header: TableRow = { type: 'tableRow', cells: head.cells.map((cell) => ({ type: 'tableCell', text: cell.text })) };
  const asSource: Table = { type: 'table', align: table.align, header, rows: body.map((row) => tableRow(row, 'as-source')), position };
  if (columns !== 2 || body.length === 0 || isDefinitionsTable(asSource) || !body.every(defines)) return asSource;
  return { ...asSource, rows: body.map((row) => tableRow(row, true)) };
}

/**
 * A compared table as a GFM pipe table with the marks inside its cells. Markdown has no way to mark
 * a whole row, so an inserted row is a row whose every word is inside `<ins>`, a deleted row one
 * whose every word is struck; a reader (or pandoc) sees the row come or go all the same.
 */
import type { CellChange, RowChange, TableChange } from '../../model/change-tree.js';
import type { TableAlign } from '../../model/clause-tree.js';
import { spansToMarkdown } from './to-markdown.js';

/** A cell; in a row inserted or deleted whole, an empty cell carries an empty mark, so that every cell says so. */
function cell(change: CellChange, row: RowChange): string {
  if (change.text.length === 0 && (row.kind === 'inserted' || row.kind === 'deleted')) return row.kind === 'inserted' ? '<ins></ins>' : '<del></del>';
  const words = spansToMarkdown(change.text);
  return change.bold && words !== '' ? `**${words}**` : words;
}

function delimiter(align: TableAlign): string {
  return align === 'left' ? ':--' : align === 'right' ? '--:' : align === 'center' ? ':-:' : '---';
}

/** The table's lines, indented by `indent` (two spaces per level, as the redline's unnumbered words are). */
export function tableToMarkdown(table: TableChange, indent: string): string {
  const row = (cells: readonly string[]) => `${indent}| ${cells.join(' | ')} |`;
  const cells = (r: RowChange) => r.cells.map((c) => cell(c, r));
  return [row(cells(table.header)), row(table.align.map(delimiter)), ...table.rows.map((r) => row(cells(r)))].join('\n');
}

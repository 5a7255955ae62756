/**
 * A table in canonical Markdown: a GFM pipe table whose columns line up while they fit in a line
 * of 120 characters, and are written compact (one space either side of each cell) when they do
 * not, so that a long definition does not pad every row with spaces. docs/clause-format.md gives
 * the rules.
 */
import type { Table, TableAlign, TableCell } from '../model/clause-tree.js';
import { escapeText } from './escape-text.js';

/** Widest aligned row, in characters, before the table is written compact. */
export const ALIGNED_TABLE_WIDTH = 120;
/** Narrowest column: a delimiter cell needs three characters to say `:-:`. */
const MIN_COLUMN = 3;

/** A cell's words as written inside a row: escaped, pipes backslashed, a term in bold. */
function cellMarkdown(cell: TableCell): string {
  const words = escapeText(cell.text, false).replace(/\|/g, '\\|');
  return cell.bold ? `**${words}**` : words;
}

/** Characters as an editor counts them (code points, not UTF-16 units). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function pad(text: string, to: number, align: TableAlign): string {
  const extra = to - width(text);
  if (extra <= 0) return text;
  if (align === 'right') return ' '.repeat(extra) + text;
  if (align === 'center') return ' '.repeat(Math.floor(extra / 2)) + text + ' '.repeat(extra - Math.floor(extra / 2));
  return text + ' '.repeat(extra);
}

function delimiter(align: TableAlign, to: number): string {
  if (align === 'left') return `:${'-'.repeat(to - 1)}`;
  if (align === 'right') return `${'-'.repeat(to - 1)}:`;
  if (align === 'center') return `:${'-'.repeat(to - 2)}:`;
  return '-'.repeat(to);
}

/** The table's lines, each starting with `indent`. */
export function tableLines(table: Table, indent: string): string[] {
  const rows = [table.header, ...table.rows].map((row) => row.cells.map(cellMarkdown));
  // A loop, not Math.max(...rows): spreading 150,000 rows as arguments overflows the stack.
  const widths = table.align.map((_, i) => rows.reduce((widest, cells) => Math.max(widest, width(cells[i] ?? '')), MIN_COLUMN));
  // | a | b |: each column's width, plus " | " between and "| " " |" at the ends.
  const aligned = widths.reduce((n, w) => n + w + 3, 1) <= ALIGNED_TABLE_WIDTH;
  const line = (cells: readonly string[]) => `${indent}| ${cells.join(' | ')} |`;
  const written = rows.map((cells) => cells.map((cell, i) => (aligned ? pad(cell, widths[i] as number, table.align[i] ?? null) : cell)));
  const delimiters = table.align.map((align, i) => delimiter(align, aligned ? (widths[i] as number) : MIN_COLUMN));
  return [line(written[0] as string[]), line(delimiters), ...written.slice(1).map(line)];
}

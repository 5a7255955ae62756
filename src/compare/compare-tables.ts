/**
 * Tables, compared as a drafter reads them: body rows aligned by content, as a clause's paragraphs
 * are (a row inserted in the middle is one inserted row, not every later row rewritten), then the
 * cells of each pair of rows compared word by word, column by column.
 */
import type { ChangeKind, RowChange, Span, TableChange } from '../model/change-tree.js';
import type { Table, TableRow } from '../model/clause-tree.js';
import { alignByLikeness } from './align-by-likeness.js';
import { diffWords } from './diff-words.js';
import { bagLikeness, wordBag, type WordBag } from './word-bag.js';

const BAGS = new WeakMap<TableRow, WordBag>();

/** A row's words, all cells together. */
function bagOf(row: TableRow): WordBag {
  let bag = BAGS.get(row);
  if (bag) return bag;
  bag = new Map();
  for (const cell of row.cells) wordBag(cell.text, bag);
  BAGS.set(row, bag);
  return bag;
}

/** Dice coefficient of two rows' words. */
function similarity(a: TableRow, b: TableRow): number {
  return bagLikeness(bagOf(a), bagOf(b));
}

/** Every word of a table, for the likeness of whole blocks. */
export function tableWords(table: Table): string {
  return [table.header, ...table.rows].map((row) => row.cells.map((cell) => cell.text).join(' ')).join(' ');
}

/** True when no cell of the row has a word. */
export function emptyRow(row: TableRow): boolean {
  return row.cells.every((cell) => cell.text === '');
}

function sameRow(a: TableRow, b: TableRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((cell, i) => cell.text === b.cells[i]!.text && cell.bold === b.cells[i]!.bold);
}

/** True when two tables read the same (alignment, header, rows), positions aside. */
export function sameTable(a: Table, b: Table): boolean {
  return a.align.length === b.align.length && a.align.every((x, i) => x === b.align[i]) && sameRow(a.header, b.header) && a.rows.length === b.rows.length && a.rows.every((row, i) => sameRow(row, b.rows[i]!));
}

function oneSidedRow(row: TableRow, kind: 'inserted' | 'deleted' | 'unchanged'): RowChange {
  const type = kind === 'inserted' ? 'insert' : kind === 'deleted' ? 'delete' : 'equal';
  return { type: 'rowChange', kind, cells: row.cells.map((cell) => ({ type: 'cellChange', text: cell.text === '' ? [] : [{ type, text: cell.text }], bold: cell.bold === true })) };
}

function pairedRow(base: TableRow, amended: TableRow): RowChange {
  const cells = amended.cells.map((cell, i) => ({ type: 'cellChange' as const, text: diffWords(base.cells[i]?.text ?? '', cell.text), bold: cell.bold === true }));
  const kind: ChangeKind = cells.some((cell) => cell.text.some((s: Span) => s.type !== 'equal')) ? 'amended' : 'unchanged';
  return { type: 'rowChange', kind, cells };
}

/** A table on one side only, or on both sides alike: every row inserted, deleted or kept. */
export function oneSidedTable(table: Table, kind: 'inserted' | 'deleted' | 'unchanged'): TableChange {
  return { align: table.align, header: oneSidedRow(table.header, kind), rows: table.rows.map((row) => oneSidedRow(row, kind)) };
}

/** Body rows aligned by likeness (alignByLikeness), as a clause's blocks are. */
function alignRows(base: readonly TableRow[], amended: readonly TableRow[]): RowChange[] {
  return alignByLikeness(base, amended, { same: sameRow, likeness: similarity }).map((step) => {
    switch (step.type) {
      case 'kept':
        return oneSidedRow(step.amended, 'unchanged');
      case 'paired':
        return pairedRow(step.base, step.amended);
      case 'deleted':
        return oneSidedRow(step.base, 'deleted');
      case 'inserted':
        return oneSidedRow(step.amended, 'inserted');
    }
  });
}

/**
 * Compares two tables of the same column count (compareBlocks never pairs others): the header
 * cell by cell, the body rows aligned by content.
 */
export function compareTables(base: Table, amended: Table): TableChange {
  return { align: amended.align, header: pairedRow(base.header, amended.header), rows: alignRows(base.rows, amended.rows) };
}

/** True when a compared table marks anything. */
export function tableChanged(table: TableChange): boolean {
  return table.header.kind !== 'unchanged' || table.rows.some((row) => row.kind !== 'unchanged');
}

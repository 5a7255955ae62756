/**
 * Tables, compared as a drafter reads them: body rows aligned by content, as a clause's paragraphs
 * are (a row inserted in the middle is one inserted row, not every later row rewritten), then the
 * cells of each pair of rows compared word by word, column by column.
 */
import { diffArrays } from 'diff';
import type { ChangeKind, RowChange, Span, TableChange } from '../model/change-tree.js';
import type { Table, TableRow } from '../model/clause-tree.js';
import { diffWords } from './diff-words.js';
import { legalTokens, tokenCore } from './legal-tokens.js';

/** Rows this alike (Dice coefficient of their words) align in the first pass, as blocks do. */
const SAME_ROW = 0.6;
/** Left-over rows this alike, side by side, are one changed row rather than a deletion and an insertion. */
const AMENDED_ROW = 0.3;

const BAGS = new WeakMap<TableRow, Map<string, number>>();

function bagOf(row: TableRow): Map<string, number> {
  let bag = BAGS.get(row);
  if (bag) return bag;
  bag = new Map();
  for (const cell of row.cells) {
    for (const token of legalTokens(cell.text)) {
      const word = tokenCore(token);
      bag.set(word, (bag.get(word) ?? 0) + 1);
    }
  }
  BAGS.set(row, bag);
  return bag;
}

function similarity(a: TableRow, b: TableRow): number {
  const x = bagOf(a);
  const y = bagOf(b);
  let common = 0;
  let total = 0;
  for (const [word, n] of x) {
    common += Math.min(n, y.get(word) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
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

/** Body rows aligned by likeness: alike rows in order are paired, the rest inserted or deleted. */
function alignRows(base: readonly TableRow[], amended: readonly TableRow[]): RowChange[] {
  let head = 0;
  while (head < base.length && head < amended.length && sameRow(base[head]!, amended[head]!)) head++;
  let tail = 0;
  while (tail < base.length - head && tail < amended.length - head && sameRow(base[base.length - 1 - tail]!, amended[amended.length - 1 - tail]!)) tail++;
  const out: RowChange[] = base.slice(0, head).map((row) => oneSidedRow(row, 'unchanged'));
  const x = base.slice(head, base.length - tail);
  const y = amended.slice(head, amended.length - tail);
  let b = 0;
  let a = 0;
  const changes = x.length === 0 || y.length === 0 ? [...(x.length ? [{ count: x.length, added: false, removed: true }] : []), ...(y.length ? [{ count: y.length, added: true, removed: false }] : [])] : diffArrays(x, y, { comparator: (r, s) => similarity(r, s) >= SAME_ROW });
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (let k = 0; k < change.count; k++) out.push(pairedRow(x[b + k]!, y[a + k]!));
      b += change.count;
      a += change.count;
      continue;
    }
    // A run of removed and added rows: pair those still alike, in order.
    const removed: TableRow[] = [];
    const added: TableRow[] = [];
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) {
      const c = changes[i]!;
      // Loops, not push(...slice): a table of many thousand rows would pass each as an argument.
      if (c.removed) for (let k = 0; k < c.count; k++) removed.push(x[b++]!);
      else for (let k = 0; k < c.count; k++) added.push(y[a++]!);
    }
    i--;
    let r = 0;
    for (const row of added) {
      const match = removed.findIndex((candidate, k) => k >= r && similarity(candidate, row) >= AMENDED_ROW);
      if (match < 0) {
        out.push(oneSidedRow(row, 'inserted'));
        continue;
      }
      for (; r < match; r++) out.push(oneSidedRow(removed[r]!, 'deleted'));
      out.push(pairedRow(removed[r]!, row));
      r++;
    }
    for (; r < removed.length; r++) out.push(oneSidedRow(removed[r]!, 'deleted'));
  }
  for (const row of base.slice(base.length - tail)) out.push(oneSidedRow(row, 'unchanged'));
  return out;
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

/**
 * A table in the canonical form `fmt` writes, read line by line for read-canonical-clause.ts:
 * `| cell | cell |` rows at one indent, a delimiter row, no Markdown inside cells but `\|` and a
 * definitions table's `**Term**`. Anything else (or anything it is unsure remark reads the same
 * way) it leaves to remark (undefined), which reads it or says what is wrong.
 *
 * Why: remark with GFM's table extension took about 9 ms per clause holding a table on the scale-1
 * corpus, where a canonical clause without one costs microseconds; at 5% of clauses that was most
 * of a whole-version check. The property test in test/parse/read-canonical-chunk.test.ts holds this
 * reader to remark's tree, positions included.
 */
import type { TableAlign } from '../model/clause-tree.js';
import { foldWhitespace } from './inline-text.js';
import { INLINE_SYNTAX } from './read-canonical-chunk.js';

/** One cell as read: its words, whether it is a bold term, and the 1-based column remark gives it. */
export interface CanonicalCell {
  readonly text: string;
  readonly bold: boolean;
  readonly column: number;
}

/** A canonical table's rows (header first) and where it ends. */
export interface CanonicalTable {
  readonly align: readonly TableAlign[];
  /** Rows as read, header first; `line` is the index into the chunk's lines. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly CanonicalCell[] }>;
  /** Index of the first line after the table. */
  readonly end: number;
}

const DELIMITER_CELL = /^:?-+:?$/;
const BOLD_TERM = /^\*\*([^*\\`_<~\t[\]&!|]+?)\*\*$/;

/** The raw cells of a row at `indent` (between its pipes) with their start columns, or undefined. */
function rawCells(line: string, indent: number): Array<{ raw: string; from: number }> | undefined {
  if (line.charCodeAt(indent) !== 124 /* | */ || !line.endsWith('|') || line.length < indent + 2) return undefined;
  for (let k = 0; k < indent; k++) if (line.charCodeAt(k) !== 32) return undefined;
  const cells: Array<{ raw: string; from: number }> = [];
  let from = indent + 1;
  // Most rows hold no escape: split them natively (this runs cold, once per row of a Section).
  if (!line.includes('\\')) {
    for (const raw of line.slice(indent + 1, -1).split('|')) {
      cells.push({ raw, from });
      from += raw.length + 1;
    }
    return cells;
  }
  for (let k = indent + 1; k < line.length; k++) {
    const c = line[k];
    if (c === '\\') {
      // Only \| : any other escape is remark's to read.
      if (line[k + 1] !== '|') return undefined;
      k++;
    } else if (c === '|') {
      cells.push({ raw: line.slice(from, k), from });
      from = k + 1;
    }
  }
  return from === line.length ? cells : undefined;
}

/** Reads a cell as remark would, or undefined when it holds syntax this reader leaves to remark. */
function cell(raw: string, from: number, pipe: number): CanonicalCell | undefined {
  const text = raw.trim();
  if (text === '') return { text: '', bold: false, column: pipe + 1 };
  const column = from + raw.indexOf(text) + 1;
  const bold = BOLD_TERM.exec(text);
  if (bold) {
    const term = bold[1] as string;
    if (/^\s|\s$/.test(term) || INLINE_SYNTAX.test(term)) return undefined;
    return { text: foldWhitespace(term), bold: true, column };
  }
  if (INLINE_SYNTAX.test(text.replace(/\\\|/g, ''))) return undefined;
  return { text: foldWhitespace(text.replace(/\\\|/g, '|')), bold: false, column };
}

/** Reads the table starting at lines[from] at `indent`, up to a blank line or `to`; undefined when it is not canonical. */
export function readCanonicalTable(lines: readonly string[], from: number, to: number, indent: number): CanonicalTable | undefined {
  let end = from;
  while (end < to && (lines[end] as string).trim() !== '') end++;
  if (end - from < 2) return undefined;
  const delimiter = rawCells(lines[from + 1] as string, indent);
  if (!delimiter) return undefined;
  const marks = delimiter.map((d) => d.raw.trim());
  if (!marks.every((m) => DELIMITER_CELL.test(m))) return undefined;
  const align = marks.map((m): TableAlign => (m.startsWith(':') ? (m.endsWith(':') && m.length > 1 ? 'center' : 'left') : m.endsWith(':') ? 'right' : null));
  const rows: Array<{ line: number; cells: CanonicalCell[] }> = [];
  for (let i = from; i < end; i++) {
    if (i === from + 1) continue;
    const raw = rawCells(lines[i] as string, indent);
    // Ragged rows, and rows that read like a delimiter row, are remark's (it refuses or decides).
    if (!raw || raw.length !== align.length || raw.every((c) => DELIMITER_CELL.test(c.raw.trim()))) return undefined;
    const cells: CanonicalCell[] = [];
    for (const { raw: r, from: at } of raw) {
      const read = cell(r, at, at - 1);
      // Bold only where the conversion allows it: a two-column body row's first cell.
      if (!read || (read.bold && (i === from || align.length !== 2 || cells.length !== 0))) return undefined;
      cells.push(read);
    }
    rows.push({ line: i, cells });
  }
  return { align, rows, end };
}

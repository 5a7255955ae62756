/**
 * A GFM pipe table in a Markdown annex -> a source table: a header row, a delimiter row that gives
 * each column's alignment, and body rows, each cell's words read with the annex's marks (`<ins>`,
 * `~~`, `**` for a defined term). A row wholly inserted or deleted was inserted or deleted itself;
 * secdraft writes `<ins></ins>` (`<del></del>`) in the empty cells of such a row, so that a row of
 * empty cells comes and goes too.
 */
import type { TableAlign } from '../model/clause-tree.js';
import { inferRowMarks, type MarkedCell } from './row-marks.js';
import type { SourceSpan, SourceTable } from './source-paragraph.js';

/** A delimiter row: `| --- | :-: |`, pipes at the ends optional. */
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const EMPTY_MARK = /^<(ins|del)(?:\s[^>]*)?><\/\1>$/i;

/** True when `line` (indentation removed) opens a table, its next line being a delimiter row. */
export function opensTable(line: string, next: string | undefined): boolean {
  return line.startsWith('|') && next !== undefined && DELIMITER_ROW.test(next.trim()) && next.includes('-');
}

/** True for a line that continues a table. */
export function isTableRow(line: string): boolean {
  return line.startsWith('|');
}

/** The cells of a row, split at pipes a backslash does not escape; the escapes stay for the words' reader. */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && i + 1 < line.length) {
      cell += c + line[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  // The pipes that open and close the row leave an empty cell outside each.
  if (line.startsWith('|')) cells.shift();
  if (/(?<!\\)\|$/.test(line)) cells.pop();
  return cells.map((c) => c.trim());
}

function alignOf(cell: string): TableAlign {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
}

/**
 * The table of `lines` (header, delimiter, body rows; indentation removed). `spans` reads a cell's
 * words and marks.
 */
export function markdownTable(lines: readonly string[], spans: (cell: string) => SourceSpan[]): SourceTable {
  const [head, delimiter, ...body] = lines as [string, string, ...string[]];
  const align = splitRow(delimiter).map(alignOf);
  const rows = [head, ...body].map((line) => {
    const cells = splitRow(line);
    // A row with fewer cells is padded, one with more cut, as GFM reads it.
    return align.map((_, i): MarkedCell => {
      const cell = cells[i] ?? '';
      const empty = EMPTY_MARK.exec(cell);
      if (empty) return { spans: [], mark: (empty[1] as string).toLowerCase() === 'ins' ? 'insert' : 'delete' };
      return { spans: spans(cell) };
    });
  });
  const marks = inferRowMarks(rows);
  return { align, rows: rows.map((cells, r) => ({ mark: marks[r] as SourceSpan['type'], header: r === 0, cells: cells.map((c) => c.spans) })) };
}

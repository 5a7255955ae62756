/**
 * A GFM pipe table (mdast `table`) -> the clause tree's Table, refusing what the format does not
 * allow: rows with more or fewer cells than the header, Markdown inside cells, bold other than a
 * definitions table's terms. Also spots a would-be table that GFM read as a paragraph because its
 * header and delimiter rows disagree, which would otherwise be joined into one line of pipes.
 */
import type { Paragraph as MdParagraph, Table as MdTable, TableCell as MdTableCell, TableRow as MdTableRow } from 'mdast';
import type { Table, TableCell, TableRow } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { foldWhitespace, inlineText, type PositionInFile } from './inline-text.js';

const RAGGED_HINT = 'give every row one cell per column, empty cells included; write \\| for a pipe inside a cell';

function cellFrom(cell: MdTableCell, at: PositionInFile, boldAllowed: boolean): TableCell {
  const { strong, text } = inlineText(cell.children, at, true);
  const position = at((cell.children[0] ?? cell).position?.start);
  if (strong !== undefined) {
    if (!boldAllowed || text.trim() !== '') {
      throw new InputError(position, 'bold text inside a table cell', 'bold marks only a whole first cell of a two-column table of definitions: | **Term** | means ... |');
    }
    return { type: 'tableCell', text: strong, bold: true, position };
  }
  return { type: 'tableCell', text: foldWhitespace(text), position };
}

function rowFrom(row: MdTableRow, columns: number, at: PositionInFile, header: boolean): TableRow {
  const position = at(row.position?.start);
  if (row.children.length !== columns) {
    throw new InputError(position, `table row has ${row.children.length} cell${row.children.length === 1 ? '' : 's'} but the header has ${columns}`, RAGGED_HINT);
  }
  const cells = row.children.map((cell, i) => cellFrom(cell, at, !header && columns === 2 && i === 0));
  return { type: 'tableRow', cells, position };
}

/** The Table an mdast table reads as; `comments` are those written just above it. */
export function tableFrom(node: MdTable, at: PositionInFile, comments: string[] | undefined): Table {
  const [head, ...body] = node.children;
  const columns = node.align?.length ?? head?.children.length ?? 0;
  const header = rowFrom(head as MdTableRow, columns, at, true);
  return {
    type: 'table',
    align: Array.from({ length: columns }, (_, i) => node.align?.[i] ?? null),
    header,
    rows: body.map((row) => rowFrom(row, columns, at, false)),
    position: at(node.position?.start),
    ...(comments ? { comments } : {}),
  };
}

/** Cells of one table line, split at pipes that are not escaped. */
function cellCount(line: string): number {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).length;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Refuses a paragraph that is a table GFM could not read: a line with a pipe followed by a
 * delimiter row (`| --- | --- |`) whose cells it does not match.
 */
export function refuseBrokenTable(paragraph: MdParagraph, at: PositionInFile): void {
  const first = paragraph.children[0];
  if (!first || first.type !== 'text' || !first.value.includes('|')) return;
  const lines = first.value.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const above = lines[i - 1] as string;
    if (!DELIMITER_ROW.test(line) || !above.includes('|') || !line.includes('-')) continue;
    const start = at(first.position?.start);
    throw new InputError(
      { file: start.file, line: start.line + i - 1, column: i === 1 ? start.column : 1 },
      `table header has ${cellCount(above)} cell${cellCount(above) === 1 ? '' : 's'} but its delimiter row ${cellCount(line)}`,
      'give the header and the delimiter row (| --- |) one cell per column',
    );
  }
}

/**
 * A Word table (w:tbl) as the clause format can hold it: one cell per column in every row. Merged
 * cells (w:gridSpan, w:vMerge, w:hMerge, a row that skips grid columns) and a table inside a cell
 * have no place in a GFM table, so they are refused in one line naming the table's paragraph, the
 * row and the column. Also reads what a row, a cell and the table say about themselves: a row's
 * own revision, the header row, each cell's alignment and shading, the table's indent.
 */
import type { SourcePosition, TableAlign } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { child, type XmlElement } from './parse-xml.js';
import type { SourceSpan } from './source-paragraph.js';

/**
 * The tints secdraft's visual redline gives every cell of a row inserted or deleted whole
 * (render/docx/table.ts: a row of empty cells has no words to underline or strike through).
 * test/import/docx-table.test.ts holds them to the renderer's.
 */
export const ROW_TINTS: Readonly<Record<string, 'insert' | 'delete'>> = { DCE6F4: 'insert', F6DADF: 'delete' };

/** Word's default left cell margin (the Normal Table style's 0.19 cm): where a cell's words start inside it. */
const CELL_MARGIN = 108;

const on = (element: XmlElement | undefined): boolean => {
  if (!element) return false;
  const v = element.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off'].includes(v);
};

/** Children named `name`, looking through content controls and custom XML that may wrap rows, cells and paragraphs. */
export function wrapped(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const item of element.children) {
    if (typeof item === 'string') continue;
    if (item.name === name) out.push(item);
    else if (item.name === 'w:sdt') {
      const content = child(item, 'w:sdtContent');
      if (content) for (const inner of wrapped(content, name)) out.push(inner);
    } else if (item.name === 'w:customXml') for (const inner of wrapped(item, name)) out.push(inner);
  }
  return out;
}

/** True when a table stands anywhere inside `element`. */
function holdsTable(element: XmlElement): boolean {
  return element.children.some((c) => typeof c !== 'string' && (c.name === 'w:tbl' || holdsTable(c)));
}

/**
 * The table's rows and each row's cells, refused where the clause format cannot hold them.
 * `at` is the table's place (its first paragraph), `place` the same in words.
 */
export function tableGrid(table: XmlElement, at: SourcePosition, place: string): XmlElement[][] {
  const refuse = (row: number, column: number | undefined, what: string): never => {
    const nested = what.startsWith('a table');
    throw new InputError(
      at,
      `the table at ${place} has ${what} at row ${row}${column === undefined ? '' : `, column ${column}`}: ${nested ? 'a cell of the clause format holds words only' : 'a table of the clause format has one cell per column in every row'}`,
      nested ? 'set the inner table out as rows of the outer one, or as words, in Word, and import again' : 'split the merged cells in Word (Table Layout > Split Cells), leaving the words in one of them, and import again',
    );
  };
  const grid = wrapped(table, 'w:tr').map((tr, r) => {
    const trPr = child(tr, 'w:trPr');
    for (const skip of ['w:gridBefore', 'w:gridAfter']) {
      if (Number(child(trPr, skip)?.attrs['w:val'] ?? 0) > 0) refuse(r + 1, undefined, `a row that leaves grid columns out (${skip})`);
    }
    const cells = wrapped(tr, 'w:tc');
    cells.forEach((tc, c) => {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
      if (span > 1) refuse(r + 1, c + 1, `merged cells (w:gridSpan ${span})`);
      if (child(tcPr, 'w:vMerge')) refuse(r + 1, c + 1, 'merged cells (w:vMerge)');
      if (child(tcPr, 'w:hMerge')) refuse(r + 1, c + 1, 'merged cells (w:hMerge)');
      if (holdsTable(tc)) refuse(r + 1, c + 1, 'a table inside a cell');
    });
    return cells;
  });
  const columns = grid[0]?.length ?? 0;
  grid.forEach((cells, r) => {
    if (cells.length !== columns) refuse(r + 1, undefined, `${cells.length} cell${cells.length === 1 ? '' : 's'} where the first row has ${columns}`);
  });
  return grid;
}

/** The paragraphs of a cell, in order. */
export function cellParagraphs(tc: XmlElement): XmlElement[] {
  return wrapped(tc, 'w:p');
}

/** A row's own revision: inserted or deleted whole (w:trPr/w:ins, w:trPr/w:del). */
export function rowRevision(tr: XmlElement): SourceSpan['type'] {
  const trPr = child(tr, 'w:trPr');
  return child(trPr, 'w:ins') ? 'insert' : child(trPr, 'w:del') ? 'delete' : 'equal';
}

/** True for a row Word repeats as the table's header (w:trPr/w:tblHeader). */
export function isHeaderRow(tr: XmlElement): boolean {
  return on(child(child(tr, 'w:trPr'), 'w:tblHeader'));
}

/** The cell's shading, as secdraft's visual redline tints a whole inserted or deleted row. */
export function cellTint(tc: XmlElement): 'insert' | 'delete' | undefined {
  const fill = child(child(tc, 'w:tcPr'), 'w:shd')?.attrs['w:fill']?.toUpperCase();
  return fill === undefined ? undefined : ROW_TINTS[fill];
}

/** How a cell's first paragraph aligns its words (w:jc). */
export function cellAlign(tc: XmlElement): TableAlign {
  const jc = child(child(cellParagraphs(tc)[0], 'w:pPr'), 'w:jc')?.attrs['w:val'];
  return jc === 'left' || jc === 'start' ? 'left' : jc === 'right' || jc === 'end' ? 'right' : jc === 'center' ? 'center' : null;
}

/**
 * Where the table's words start, in twips from the margin: its indent (w:tblInd) and the left
 * margin of its cells, so that it lines up with the paragraphs whose words start there. Undefined
 * when the table states no indent.
 */
export function tableIndent(table: XmlElement): number | undefined {
  const tblPr = child(table, 'w:tblPr');
  const ind = child(tblPr, 'w:tblInd');
  if (!ind || (ind.attrs['w:type'] !== undefined && ind.attrs['w:type'] !== 'dxa')) return undefined;
  const margins = child(tblPr, 'w:tblCellMar');
  const margin = child(margins, 'w:left') ?? child(margins, 'w:start');
  const inside = margin && (margin.attrs['w:type'] ?? 'dxa') === 'dxa' ? Number(margin.attrs['w:w'] ?? CELL_MARGIN) : CELL_MARGIN;
  return Number(ind.attrs['w:w'] ?? 0) + inside;
}

/**
 * One alignment per column: the one every body cell of the column has (a header may be set apart,
 * centred over right-aligned figures, say), else the header's when the table has no body rows,
 * else none.
 */
export function columnAlign(rows: ReadonlyArray<readonly TableAlign[]>, columns: number): TableAlign[] {
  return Array.from({ length: columns }, (_, c) => {
    const body = rows.slice(1).map((row) => row[c] ?? null);
    if (body.length === 0) return rows[0]?.[c] ?? null;
    return body.every((a) => a === body[0]) ? (body[0] as TableAlign) : null;
  });
}

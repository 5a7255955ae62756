/**
 * A compared table as a real Word table (w:tbl): words marked inside the cells as everywhere else,
 * and with tracked changes a whole inserted or deleted row carries its own revision
 * (w:trPr/w:ins, w:trPr/w:del), so that Accept All and Reject All in Word remove the row itself,
 * not only its words.
 */
import { AlignmentType, type IParagraphStyleOptions, Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { RowChange, TableChange } from '../../model/change-tree.js';
import type { TableAlign } from '../../model/clause-tree.js';
import { spanRuns, type RunStyle } from './span-runs.js';
import { textIndent } from './styles.js';

/** Width of the text on an A4 page with docx's default margins (11,906 - 2 x 1,440 twips). */
const TEXT_WIDTH = 9026;

/** Style ids of table cells, and of the empty paragraph that keeps two neighbouring tables apart. */
export const TABLE_STYLE = { header: 'SecTableHeader', cell: 'SecTableCell', gap: 'SecTableGap' } as const;

/** The paragraph styles of table cells and gaps, declared once in the document. */
export const TABLE_STYLES: IParagraphStyleOptions[] = [
  { id: TABLE_STYLE.header, name: 'SEC Table Header', run: { font: 'Arial', size: 20, bold: true }, paragraph: { spacing: { before: 40, after: 40 }, keepNext: true } },
  { id: TABLE_STYLE.cell, name: 'SEC Table Cell', run: { font: 'Arial', size: 20 }, paragraph: { spacing: { before: 40, after: 40 } } },
  { id: TABLE_STYLE.gap, name: 'SEC Table Gap', run: { font: 'Arial', size: 20 }, paragraph: { spacing: { before: 0, after: 0 } } },
];

/**
 * Tints of a row inserted or deleted whole, in the visual redline: its words are marked as any
 * words are, and the tint says the row itself comes or goes (an empty cell has no words to mark).
 */
export const INSERTED_ROW_TINT = 'DCE6F4';
export const DELETED_ROW_TINT = 'F6DADF';

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** Column widths in twips: a table of two columns gives the second (a meaning, a description) the larger share. */
function columnWidths(columns: number, width: number): number[] {
  if (columns === 2) return [Math.round(width * 0.35), width - Math.round(width * 0.35)];
  const each = Math.floor(width / columns);
  return Array.from({ length: columns }, (_, i) => (i === columns - 1 ? width - each * (columns - 1) : each));
}

function row(change: RowChange, header: boolean, align: readonly TableAlign[], widths: readonly number[], style: RunStyle): TableRow {
  // The row's own revision comes first in reading order, then its words'.
  const whole = style.trackChanges && (change.kind === 'inserted' || change.kind === 'deleted') ? { id: style.nextId(), author: change.cells.flatMap((c) => c.text).find((s) => s.by)?.by ?? style.author, date: style.date } : undefined;
  const tint = !style.trackChanges && (change.kind === 'inserted' || change.kind === 'deleted') ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: change.kind === 'inserted' ? INSERTED_ROW_TINT : DELETED_ROW_TINT } } : {};
  const cells = change.cells.map((cell, i) => {
    const a = align[i] ?? null;
    const paragraph = new Paragraph({ style: header ? TABLE_STYLE.header : TABLE_STYLE.cell, ...(a ? { alignment: ALIGNMENT[a] } : {}), children: spanRuns(cell.text, { ...style, bold: cell.bold }) });
    return new TableCell({ children: [paragraph], width: { size: widths[i] as number, type: WidthType.DXA }, ...tint });
  });
  return new TableRow({
    children: cells,
    ...(header ? { tableHeader: true } : {}),
    ...(whole ? (change.kind === 'inserted' ? { insertion: whole } : { deletion: whole }) : {}),
  });
}

/** The table, indented to line up with the words at `level` (0: a clause's own words). */
export function tableToDocx(table: TableChange, level: number, style: RunStyle): Table {
  const indent = textIndent(level);
  const widths = columnWidths(table.align.length, TEXT_WIDTH - indent);
  return new Table({
    rows: [row(table.header, true, table.align, widths, style), ...table.rows.map((r) => row(r, false, table.align, widths, style))],
    columnWidths: widths,
    width: { size: TEXT_WIDTH - indent, type: WidthType.DXA },
    indent: { size: indent, type: WidthType.DXA },
  });
}

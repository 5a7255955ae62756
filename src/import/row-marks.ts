/**
 * Which rows of a visual redline's table were inserted or deleted whole, where nothing but the
 * marks on their words says so (underline and strike-through, `<ins>` and `~~` in Markdown): a row
 * is inserted when every word in it is, and deleted when every word is. An empty cell says nothing
 * unless its source marks it (secdraft tints such a row in Word and writes `<ins></ins>` in
 * Markdown), so that a row of empty cells can come and go too.
 */
import type { SourceSpan } from './source-paragraph.js';

/** A cell as a visual redline shows it: its words, and a mark the cell itself carries, if any. */
export interface MarkedCell {
  readonly spans: readonly SourceSpan[];
  readonly mark?: 'insert' | 'delete';
}

/** The mark every word and marked cell of the row agrees on; 'equal' when they do not, or say nothing. */
function wholeRowMark(cells: readonly MarkedCell[]): SourceSpan['type'] {
  let found: 'insert' | 'delete' | undefined;
  for (const cell of cells) {
    let says = cell.mark;
    for (const span of cell.spans) {
      if (span.text.trim() === '') continue;
      if (span.type === 'equal' || (says !== undefined && says !== span.type)) return 'equal';
      says = span.type;
    }
    if (says === undefined) continue;
    if (found !== undefined && found !== says) return 'equal';
    found = says;
  }
  return found ?? 'equal';
}

/**
 * Each row's mark, read from its words. The first row is the table's header, which a redline
 * never inserts or deletes on its own (only with the whole table): where its words are all
 * inserted but other rows' are not, its words changed and the row stayed.
 */
export function inferRowMarks(rows: ReadonlyArray<readonly MarkedCell[]>): Array<SourceSpan['type']> {
  const marks = rows.map(wholeRowMark);
  if (marks.length > 1 && marks[0] !== 'equal' && marks.some((m) => m !== marks[0])) marks[0] = 'equal';
  return marks;
}

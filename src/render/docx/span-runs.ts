/** Spans -> Word runs: a visual redline (coloured underline and strike-through) or real revisions (w:ins / w:del). */
import { DeletedTextRun, InsertedTextRun, TextRun, UnderlineType } from 'docx';
import type { Span } from '../../model/change-tree.js';

/** How changes are drawn, and the revision details when they are tracked. */
export interface RunStyle {
  /** Real Word revisions instead of formatting. */
  readonly trackChanges: boolean;
  /** Revision author when a span names none (the modification id). */
  readonly author: string;
  /** Revision date, ISO 8601. */
  readonly date: string;
  /** Revision ids: a counter in render state, never random. */
  readonly nextId: () => number;
  /** Bold runs (a defined term). */
  readonly bold?: boolean;
}

/** Colours of the visual redline, as published annexes print them. */
export const INSERT_COLOUR = '1A4FA0';
export const DELETE_COLOUR = 'B00020';

/** The runs of `spans`. */
export function spanRuns(spans: readonly Span[], style: RunStyle): Array<TextRun | InsertedTextRun | DeletedTextRun> {
  return spans.map((span) => {
    const bold = style.bold ? { bold: true } : {};
    if (span.type === 'equal') return new TextRun({ text: span.text, ...bold });
    if (style.trackChanges) {
      const revision = { id: style.nextId(), author: span.by ?? style.author, date: style.date, text: span.text, ...bold };
      return span.type === 'insert' ? new InsertedTextRun(revision) : new DeletedTextRun(revision);
    }
    return span.type === 'insert'
      ? new TextRun({ text: span.text, underline: { type: UnderlineType.SINGLE, color: INSERT_COLOUR }, color: INSERT_COLOUR, ...bold })
      : new TextRun({ text: span.text, strike: true, color: DELETE_COLOUR, ...bold });
  });
}

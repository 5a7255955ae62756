/** Spans -> Word runs: a visual redline (coloured underline and strike-through) or real revisions (w:ins / w:del). */
import { DeletedTextRun, InsertedTextRun, Tab, TextRun, UnderlineType } from 'docx';
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

/** Any run this renderer writes. */
export type RedlineRun = TextRun | InsertedTextRun | DeletedTextRun;

/** What a run holds: words, or a tab. */
type Content = { readonly text: string } | { readonly children: [Tab] };

/** One run of `type`, marked the way `style` draws changes; `by` overrides the revision author. */
function markedRun(type: Span['type'], content: Content, style: RunStyle, by: string | undefined): RedlineRun {
  const bold = style.bold ? { bold: true } : {};
  if (type === 'equal') return new TextRun({ ...content, ...bold });
  if (style.trackChanges) {
    const revision = { id: style.nextId(), author: by ?? style.author, date: style.date, ...content, ...bold };
    return type === 'insert' ? new InsertedTextRun(revision) : new DeletedTextRun(revision);
  }
  return type === 'insert'
    ? new TextRun({ ...content, underline: { type: UnderlineType.SINGLE, color: INSERT_COLOUR }, color: INSERT_COLOUR, ...bold })
    : new TextRun({ ...content, strike: true, color: DELETE_COLOUR, ...bold });
}

/** The runs of `spans`. */
export function spanRuns(spans: readonly Span[], style: RunStyle): RedlineRun[] {
  return spans.map((span) => markedRun(span.type, { text: span.text }, style, span.by));
}

/**
 * The tab between a number or label and its words. It belongs to whichever sides have the label:
 * marked as inserted (or deleted) with a wholly inserted (or deleted) label, so that rejecting an
 * inserted clause leaves no stray tab behind; plain otherwise.
 */
export function tabRun(lead: readonly Span[], style: RunStyle): RedlineRun {
  const types = new Set(lead.map((s) => s.type));
  const only = types.size === 1 ? ([...types][0] as Span['type']) : 'equal';
  return markedRun(only, { children: [new Tab()] }, { ...style, bold: false }, lead[0]?.by);
}

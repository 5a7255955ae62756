/** One side of a redline: the base (kept and deleted words) or the amended text (kept and inserted words). */
import type { SideParagraph, SideTable, SourceParagraph, SourceSpan, SourceTable } from './source-paragraph.js';

/** `old`: what the redline was drafted against; `new`: what it makes. */
export type Side = 'old' | 'new';

const CLOSING = /^[),.;:\]]/;
const OPENING = /[([]$/;

/** Folds runs of white space (no-break spaces and tabs too) to one space and trims the ends. */
export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Joins the spans one side keeps. Where words of the other side were cut out, the space that stood
 * beside them is not doubled, and a space left before a closing bracket or stop goes: annexes leave
 * the space outside the mark ("Function <u>which ... Device</u>)"), so the base reads "Function)".
 */
function sideText(spans: readonly SourceSpan[], drop: SourceSpan['type']): { text: string; bold: string } {
  let text = '';
  let bold = '';
  let leadingBold = true;
  let cut = false;
  for (const span of spans) {
    if (span.type === drop) {
      cut = true;
      continue;
    }
    let words = span.text;
    if (cut && /\s$/.test(text)) {
      if (/^\s/.test(words)) words = words.replace(/^\s+/, '');
      else if (CLOSING.test(words)) text = text.replace(/\s+$/, '');
    } else if (cut && OPENING.test(text)) {
      words = words.replace(/^\s+/, '');
    }
    cut = false;
    if (leadingBold && words.trim() !== '') {
      if (span.bold) bold += words;
      else leadingBold = false;
    } else if (leadingBold && span.bold) bold += words;
    text += words;
  }
  return { text: foldWhitespace(text), bold: foldWhitespace(bold) };
}

/**
 * The paragraphs of one side. A paragraph whose mark the side lacks (Word's inserted or deleted
 * paragraph mark) is joined to the next, whose properties the joined paragraph takes, as Word does
 * on accepting or rejecting, unless the next has no words on this side; a paragraph left without
 * words on this side is not there.
 */
export function projectSide(paragraphs: readonly SourceParagraph[], side: Side): SideParagraph[] {
  const drop = side === 'old' ? 'insert' : 'delete';
  const out: SideParagraph[] = [];
  let carried: SourceSpan[] = [];
  let carriedFrom: SourceParagraph | undefined;
  const emit = (spans: readonly SourceSpan[], from: SourceParagraph, own: SourceParagraph, numbered: SourceParagraph) => {
    const { text, bold } = sideText(spans, drop);
    // An empty paragraph stays only where Word may number it (directly or through its style).
    if (text === '' && numbered.numbering === undefined && numbered.style === undefined) return;
    out.push({
      text,
      ...(bold !== '' ? { bold } : {}),
      hint: own.hint,
      ...(own.indent !== undefined ? { indent: own.indent } : {}),
      ...(own.numbering !== undefined ? { numbering: own.numbering } : {}),
      ...(own.style !== undefined ? { style: own.style } : {}),
      ...(own.label !== undefined ? { number: own.label } : {}),
      ...(own.level !== undefined ? { level: own.level } : {}),
      position: from.position,
      place: from.place,
    });
  };
  for (const paragraph of paragraphs) {
    if (paragraph.table) {
      // No paragraph joins a table: words carried up to it stand on their own.
      if (carriedFrom) emit(carried, carriedFrom, carriedFrom, carriedFrom);
      carried = [];
      carriedFrom = undefined;
      const table = sideTable(paragraph.table, drop);
      if (table) out.push({ text: '', table, hint: paragraph.hint, ...(paragraph.indent !== undefined ? { indent: paragraph.indent } : {}), position: paragraph.position, place: paragraph.place });
      continue;
    }
    const spans = carried.length > 0 ? [...carried, { type: 'equal' as const, text: ' ' }, ...paragraph.spans] : paragraph.spans;
    if (paragraph.mark === drop) {
      carried = spans.filter((s) => s.type !== drop);
      if (carried.some((s) => s.text.trim() !== '')) carriedFrom ??= paragraph;
      else carried = [];
      continue;
    }
    const from = carriedFrom ?? paragraph;
    // Joined to a paragraph that has no words on this side (an inserted paragraph, rejected), the
    // words keep their own paragraph's properties: they say what the words are.
    const own = carriedFrom !== undefined && !paragraph.spans.some((s) => s.type !== drop && s.text.trim() !== '') ? carriedFrom : paragraph;
    carried = [];
    carriedFrom = undefined;
    emit(spans, from, own, paragraph);
  }
  return out;
}

/** The rows a side has, each cell's words as that side reads them; undefined when the side has no row of the table. */
function sideTable(table: SourceTable, drop: SourceSpan['type']): SideTable | undefined {
  const rows = table.rows
    .filter((row) => row.mark !== drop)
    .map((row) => ({
      header: row.header,
      cells: row.cells.map((spans) => {
        const { text, bold } = sideText(spans, drop);
        return { text, bold: text !== '' && bold === text };
      }),
    }));
  return rows.length === 0 ? undefined : { rows, align: table.align };
}

/** True when the paragraph's mark or a word of it is marked, or, for a table, a row or a word in a cell. */
export function isChanged(paragraph: SourceParagraph): boolean {
  const marked = (spans: readonly SourceSpan[]) => spans.some((s) => s.type !== 'equal');
  if (paragraph.mark !== 'equal' || marked(paragraph.spans)) return true;
  return paragraph.table?.rows.some((row) => row.mark !== 'equal' || row.cells.some(marked)) ?? false;
}

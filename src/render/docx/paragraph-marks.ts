/**
 * Which paragraph marks a tracked-changes document must mark as inserted or deleted, so that a word
 * processor's Accept All and Reject All leave exactly the amended and the base paragraphs, with no
 * empty paragraph where an inserted or deleted one stood.
 *
 * In WordprocessingML a paragraph's mark (its pilcrow, `w:pPr/w:rPr`) is the break after its words:
 * removing it joins the paragraph to the next. A paragraph whose every word is inserted is not in
 * the base, so besides its words its mark is inserted too, and Reject All takes both away, the next
 * paragraph keeping its own style; likewise a deleted paragraph and Accept All.
 *
 * The document's last mark cannot go (a body always ends in a paragraph), so one-sided paragraphs
 * after the last paragraph that both sides keep mark the break before them instead, each joining
 * the paragraph above it on the side it is not on. Going backwards there, every break is claimed by
 * one paragraph only, so no mark need be both inserted and deleted (a deleted (b) followed by the
 * inserted (b) that replaces it, at the very end): LibreOffice reads such a mark as deleted only and
 * would leave an empty paragraph.
 */
import type { Span } from '../../model/change-tree.js';
import type { RedlineParagraph } from '../redline-paragraphs.js';

/** A tracked paragraph mark: inserted or deleted, and the modification it is credited to (a release redline's), if any. */
export interface ParagraphMark {
  readonly type: 'insert' | 'delete';
  readonly by?: string;
}

/**
 * 'insert' when every word of the paragraph (number or label included) is inserted, 'delete' when
 * every word is deleted; a paragraph without words is as its block was (an inserted or deleted block).
 */
export function oneSided(paragraph: RedlineParagraph): 'insert' | 'delete' | undefined {
  const spans = [...paragraph.lead, ...paragraph.spans];
  if (spans.length === 0) return paragraph.kind === 'inserted' ? 'insert' : paragraph.kind === 'deleted' ? 'delete' : undefined;
  const [first] = spans as [Span, ...Span[]];
  if (first.type === 'equal' || spans.some((s) => s.type !== first.type)) return undefined;
  return first.type;
}

/** The mark that takes a one-sided paragraph away, credited as its words are where they all name the same modification. */
function markOf(paragraph: RedlineParagraph, type: ParagraphMark['type']): ParagraphMark {
  const by = new Set([...paragraph.lead, ...paragraph.spans].map((s) => s.by));
  const [only] = by;
  return by.size === 1 && only !== undefined ? { type, by: only } : { type };
}

/** The tracked mark of each paragraph of `paragraphs` (undefined: an ordinary mark), in order. */
export function paragraphMarks(paragraphs: readonly RedlineParagraph[]): Array<ParagraphMark | undefined> {
  const marks: Array<ParagraphMark | undefined> = paragraphs.map(() => undefined);
  const sides = paragraphs.map(oneSided);
  const last = sides.findLastIndex((side) => side === undefined);
  sides.forEach((side, i) => {
    // Before the last paragraph both sides keep: the paragraph's own mark (it joins the next).
    // After it: the mark before (it joins the one above; with no paragraph above, it stays, emptied).
    const at = i < last ? i : i - 1;
    if (side && at >= 0) marks[at] = markOf(paragraphs[i] as RedlineParagraph, side);
  });
  return marks;
}

/**
 * Which paragraph marks a tracked-changes document must mark as inserted or deleted, so that a word
 * processor's Accept All and Reject All leave exactly the amended and the base paragraphs, with no
 * empty paragraph where an inserted or deleted one stood.
 *
 * In WordprocessingML a paragraph's mark (its pilcrow, `w:pPr/w:rPr`) is the break after its words:
 * removing it joins the paragraph to the next. A paragraph whose every word is inserted is not in
 * the base, so besides its words one break beside it is inserted too, and Reject All takes both
 * away; likewise a deleted paragraph and Accept All. Which break:
 *
 * - its own (forward: it joins the paragraph after it, which keeps its own style), normally;
 * - the one before it (backward: it joins the paragraph above) after the last paragraph both sides
 *   keep, since a body's last mark cannot go; going backwards there, each break is claimed by one
 *   paragraph only, so no mark is both inserted and deleted (LibreOffice reads such a mark as
 *   deleted only, and would leave an empty paragraph);
 * - the one before it too for inserted paragraphs that follow a kept paragraph ending in inserted
 *   words: LibreOffice joins two insertions that meet across a break into one (a paragraph ending
 *   in an insertion, the next opening with one) and Reject All then takes the break between them
 *   too, unless that break is itself inserted;
 * - the one before it too when a table comes next: a table has no mark, and a paragraph cannot be
 *   joined into a table (LibreOffice leaves it empty), so it joins the paragraph above instead.
 *   Where a table stands on both sides of one-sided paragraphs there is no break a word processor
 *   can take away with them: they keep their own marks (what Word itself writes), and LibreOffice
 *   leaves one empty paragraph there (docs/word-output.md).
 *
 * Tables carry their own revisions (each inserted or deleted row: w:trPr/w:ins, w:del) and never
 * a paragraph mark; they only end runs of paragraphs and bar the breaks beside them.
 *
 * docs/word-output.md shows the cases; test/consumers/libreoffice-accept-reject.test.ts checks
 * them in LibreOffice itself.
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

/** True when the paragraph's last words are an insertion (LibreOffice joins it to an insertion that opens the next paragraph). */
function endsInserted(paragraph: RedlineParagraph): boolean {
  return ([...paragraph.lead, ...paragraph.spans].at(-1)?.type ?? 'equal') === 'insert';
}

const isTable = (paragraph: RedlineParagraph | undefined): boolean => paragraph?.role === 'table';

/** A run of neighbouring paragraphs of one side, and which breaks take it away. */
interface Run {
  readonly start: number;
  readonly end: number;
  readonly side: 'insert' | 'delete';
  /** Backward: the break before each paragraph (the run joins the paragraph above); forward: each one's own. */
  backward: boolean;
}

/** The tracked mark of each paragraph of `paragraphs` (undefined: an ordinary mark, or a table), in order. */
export function paragraphMarks(paragraphs: readonly RedlineParagraph[]): Array<ParagraphMark | undefined> {
  const marks: Array<ParagraphMark | undefined> = paragraphs.map(() => undefined);
  const sides = paragraphs.map((p) => (isTable(p) ? undefined : oneSided(p)));
  const kept = (i: number) => !isTable(paragraphs[i]) && sides[i] === undefined;
  const last = paragraphs.findLastIndex((_, i) => kept(i));
  const runs: Run[] = [];
  const canGoBack: boolean[] = [];
  for (let start = 0; start < paragraphs.length; start++) {
    const side = sides[start];
    if (!side) continue;
    let end = start;
    while (sides[end + 1] === side) end++;
    // Forward (each paragraph's own mark; the run joins the paragraph after it) normally; backward
    // (the break before each; the run joins the paragraph before it) after the last paragraph both
    // sides keep, for insertions right after words inserted at a paragraph's end, and before a table.
    const wanted = end > last || (side === 'insert' && start > 0 && kept(start - 1) && endsInserted(paragraphs[start - 1] as RedlineParagraph)) || isTable(paragraphs[end + 1]);
    // Only a paragraph's break can go: a run right after a table cannot go backward, nor one right
    // after a run that cannot. (At the very start there is no break before: the first paragraph
    // keeps its mark, the rest go.)
    const previous = runs.at(-1);
    const adjacent = previous !== undefined && previous.end === start - 1;
    const canGoBackward = !isTable(paragraphs[start - 1]) && (!adjacent || canGoBack.at(-1) === true);
    canGoBack.push(canGoBackward);
    runs.push({ start, end, side, backward: wanted && canGoBackward });
    start = end;
  }
  // Each break goes with one paragraph only: a run going backward takes the last break of the run
  // just before it, which therefore goes backward too (it can: see canGoBackward).
  for (let r = runs.length - 1; r > 0; r--) {
    const run = runs[r] as Run;
    const before = runs[r - 1] as Run;
    if (run.backward && before.end === run.start - 1) before.backward = true;
  }
  for (const { start, end, side, backward } of runs) {
    for (let i = start; i <= end; i++) {
      const at = backward ? i - 1 : i;
      if (at >= 0) marks[at] = markOf(paragraphs[i] as RedlineParagraph, side);
    }
  }
  return marks;
}

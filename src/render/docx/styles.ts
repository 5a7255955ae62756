/**
 * Word paragraph styles of the SEC's documents, declared in one place for every Word output: hanging
 * clause numbers, and a style per nesting level of labelled paragraphs ((a), (i), (A), (I), (aa),
 * (1), ...), each hanging its label where the words of the level above begin.
 */
import type { IParagraphStyleOptions } from 'docx';

// Whole twips (Word's unit), so that each level's label hangs exactly at the words of the level above.
const CLAUSE = 1134; // the clause number's hanging indent: 2 cm
const LABEL = 709; // each paragraph level's hanging indent: 1.25 cm

/**
 * The deepest paragraph level with its own style: nine, as many as Word's outline has. The SEC's
 * label sequence names six ((a), (i), (A), (I), (aa), (1): docs/word-output.md); deeper levels
 * still step in, and anything deeper than nine shares the ninth's style.
 */
export const DEEPEST_LEVEL = 9;

const clamp = (level: number, lowest: number) => Math.min(DEEPEST_LEVEL, Math.max(lowest, level));

/** Left edge of the words at `level` (0 = clause words), in twips. */
export function textIndent(level: number): number {
  return CLAUSE + LABEL * clamp(level, 0);
}

const base = { font: 'Arial', size: 22 };

/** Style ids, used by the renderer and readable in Word's style list. */
export const STYLE = {
  title: 'SecTitle',
  subtitle: 'SecSubtitle',
  heading: 'SecHeading',
  body: 'SecBody',
  instruction: 'SecInstruction',
  crossHeading: 'SecCrossHeading',
  clause: 'SecClause',
  /** A labelled paragraph at `level` (1 = (a), 2 = (i), ...): its label hangs, its words at textIndent(level). */
  paragraph: (level: number) => `SecParagraph${clamp(level, 1)}`,
  /** Unnumbered words (closing words, definitions) at the words of `level` (0 = the clause's). */
  text: (level: number) => `SecText${clamp(level, 0)}`,
} as const;

const levels = (from: number) => Array.from({ length: DEEPEST_LEVEL - from + 1 }, (_, i) => from + i);

/** The paragraph styles, declared once in the document. */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE.title, name: 'SEC Title', run: { ...base, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
  { id: STYLE.subtitle, name: 'SEC Subtitle', run: { ...base, size: 26, bold: true }, paragraph: { spacing: { after: 120 } } },
  { id: STYLE.heading, name: 'SEC Heading', run: { ...base, size: 24, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
  { id: STYLE.body, name: 'SEC Body', run: base, paragraph: { spacing: { after: 120 } } },
  { id: STYLE.instruction, name: 'SEC Instruction', run: { ...base, italics: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: STYLE.crossHeading, name: 'SEC Cross-heading', run: { ...base, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: STYLE.clause, name: 'SEC Clause', run: base, paragraph: { indent: { left: textIndent(0), hanging: CLAUSE }, spacing: { after: 120 } } },
  ...levels(1).map((level) => ({
    id: STYLE.paragraph(level),
    name: `SEC Paragraph ${level}`,
    run: base,
    paragraph: { indent: { left: textIndent(level), hanging: LABEL }, spacing: { after: 120 } },
  })),
  ...levels(0).map((level) => ({
    id: STYLE.text(level),
    name: `SEC Text ${level}`,
    run: base,
    paragraph: { indent: { left: textIndent(level) }, spacing: { after: 120 } },
  })),
];

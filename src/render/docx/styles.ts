/** Word paragraph styles of secdraft's annexes: hanging clause numbers and indented (a)/(i)/(A), as published annexes are laid out. */
import type { IParagraphStyleOptions } from 'docx';

// Whole twips (Word's unit), so that each level's label hangs exactly at the words of the level above.
const CLAUSE = 1134; // the clause number's hanging indent: 2 cm
const LABEL = 709; // each paragraph level's hanging indent: 1.25 cm

/** Left edge of the words at `level` (0 = clause words). */
export function textIndent(level: number): number {
  return CLAUSE + LABEL * level;
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
  paragraph: (level: number) => `SecParagraph${Math.min(3, Math.max(1, level))}`,
  text: (level: number) => `SecText${Math.min(3, Math.max(0, level))}`,
} as const;

/** The paragraph styles, declared once in the document. */
export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: STYLE.title, name: 'SEC Title', run: { ...base, size: 32, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
  { id: STYLE.subtitle, name: 'SEC Subtitle', run: { ...base, size: 26, bold: true }, paragraph: { spacing: { after: 120 } } },
  { id: STYLE.heading, name: 'SEC Heading', run: { ...base, size: 24, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
  { id: STYLE.body, name: 'SEC Body', run: base, paragraph: { spacing: { after: 120 } } },
  { id: STYLE.instruction, name: 'SEC Instruction', run: { ...base, italics: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: STYLE.crossHeading, name: 'SEC Cross-heading', run: { ...base, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
  { id: STYLE.clause, name: 'SEC Clause', run: base, paragraph: { indent: { left: textIndent(0), hanging: CLAUSE }, spacing: { after: 120 } } },
  ...[1, 2, 3].map((level) => ({
    id: STYLE.paragraph(level),
    name: `SEC Paragraph ${level}`,
    run: base,
    paragraph: { indent: { left: textIndent(level), hanging: LABEL }, spacing: { after: 120 } },
  })),
  ...[0, 1, 2, 3].map((level) => ({
    id: STYLE.text(level),
    name: `SEC Text ${level}`,
    run: base,
    paragraph: { indent: { left: textIndent(level) }, spacing: { after: 120 } },
  })),
];

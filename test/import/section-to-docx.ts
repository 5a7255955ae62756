/**
 * A Section file -> a Word document with real multi-level automatic numbering, written with the
 * docx library: a consolidated Section as a drafter's Word document may hold it (publish's own
 * docx types its numbers; test/import/publish-round-trip.test.ts reads that one).
 * Clause numbers come from a list per number prefix ("G3." -> level text "G3.%1", started at the
 * run's first number; a new instance, with its start override, where a run restarts), labels from
 * levels 1-3 ("(%2)" letters, "(%3)" roman, "(%4)" capitals). A number or label the list would not
 * print (G3.17A, a gap after a deletion) is typed, as drafters do. Tables are Word tables indented
 * to the words they stand among, the header row repeated (w:tblHeader), a definition's term bold.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table as WordTable, TableCell, TableRow, TextRun, WidthType, type ILevelsOptions } from 'docx';
import type { Block, SectionFile, Table } from '../../src/model/clause-tree.js';
import { formatNumber } from '../../src/import/word-numbering.js';

const CLAUSE = 1134;
const LABEL = 709;
const FORMATS = [LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.UPPER_LETTER] as const;
const WORD_FORMATS = ['lowerLetter', 'lowerRoman', 'upperLetter'] as const;

function levels(prefix: string, start: number): ILevelsOptions[] {
  return [
    { level: 0, format: LevelFormat.DECIMAL, text: `${prefix}%1`, start, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: CLAUSE, hanging: CLAUSE } } } },
    ...FORMATS.map((format, i) => ({
      level: i + 1,
      format,
      text: `(%${i + 2})`,
      start: 1,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: CLAUSE + LABEL * (i + 1), hanging: LABEL } } },
    })),
  ];
}

/** Renders Section files (one document, one Section after another). */
export async function sectionsToDocx(files: readonly SectionFile[]): Promise<Uint8Array> {
  const config: Array<{ reference: string; levels: ILevelsOptions[] }> = [];
  const children: Array<Paragraph | WordTable> = [];
  let instance = 0;
  for (const file of files) {
    const { section } = file;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Section ${section.id}: ${section.title}`)] }));
    // The list now running: its reference, instance and the last number it printed at each level.
    let list: { reference: string; instance: number; prefix: string; last: number; counts: number[] } | undefined;
    for (const heading of section.headings) {
      if (heading.title !== null) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(heading.title)] }));
      for (const table of heading.tables ?? []) children.push(wordTable(table, 0));
      for (const clause of heading.clauses) {
        const match = /^(.*\.)(\d+)$/.exec(clause.number);
        let numbered = false;
        if (match) {
          const [, prefix, digits] = match as unknown as [string, string, string];
          const n = Number(digits);
          if (!list || list.prefix !== prefix || list.last + 1 !== n) {
            const reference = `clauses-${config.length}`;
            config.push({ reference, levels: levels(prefix, n) });
            list = { reference, instance: ++instance, prefix, last: n - 1, counts: [] };
          }
          list.last = n;
          list.counts = [];
          numbered = true;
          children.push(new Paragraph({ numbering: { reference: list.reference, level: 0, instance: list.instance }, children: [new TextRun(clause.text)] }));
        } else {
          list = undefined;
          children.push(new Paragraph({ indent: { left: CLAUSE, hanging: CLAUSE }, children: [new TextRun(`${clause.number}\t${clause.text}`)] }));
        }
        blocks(clause.children, 0, numbered ? list : undefined, children);
      }
    }
  }
  const doc = new Document({ creator: 'secdraft test', numbering: { config }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const ALIGNMENT = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** A table whose words line up with the words at `depth` (0: the clause's). */
function wordTable(table: Table, depth: number): WordTable {
  const row = (cells: Table['header']['cells'], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      children: cells.map((cell, i) => {
        const align = table.align[i];
        return new TableCell({ children: [new Paragraph({ ...(align ? { alignment: ALIGNMENT[align] } : {}), children: cell.text === '' ? [] : [new TextRun({ text: cell.text, ...(cell.bold ? { bold: true } : {}) })] })] });
      }),
    });
  return new WordTable({
    rows: [row(table.header.cells, true), ...table.rows.map((r) => row(r.cells, false))],
    indent: { size: CLAUSE + LABEL * depth, type: WidthType.DXA },
  });
}

function blocks(list: readonly Block[], depth: number, numbering: { reference: string; instance: number; counts: number[] } | undefined, out: Array<Paragraph | WordTable>): void {
  for (const block of list) {
    if (block.type === 'text') {
      out.push(new Paragraph({ indent: { left: CLAUSE + LABEL * depth }, children: [new TextRun(block.text)] }));
    } else if (block.type === 'definition') {
      // A definition is a list item, one level in from its parent's words.
      out.push(new Paragraph({ indent: { left: CLAUSE + LABEL * (depth + 1) }, children: [new TextRun({ text: block.term, bold: true }), new TextRun(block.text)] }));
      blocks(block.children, depth, numbering, out);
    } else if (block.type === 'table') {
      out.push(wordTable(block, depth));
    } else {
      const level = block.depth;
      const counts = numbering?.counts;
      const expected = counts && level <= 3 ? formatNumber((counts[level] ?? 0) + 1, WORD_FORMATS[level - 1]!) : undefined;
      if (numbering && counts && expected === block.label) {
        counts[level] = (counts[level] ?? 0) + 1;
        counts.length = level + 1;
        out.push(new Paragraph({ numbering: { reference: numbering.reference, level, instance: numbering.instance }, children: [new TextRun(block.text)] }));
      } else {
        out.push(new Paragraph({ indent: { left: CLAUSE + LABEL * level, hanging: LABEL }, children: [new TextRun(`(${block.label})\t${block.text}`)] }));
      }
      blocks(block.children, level, numbering, out);
    }
  }
}

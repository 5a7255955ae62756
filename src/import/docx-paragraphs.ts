/**
 * word/document.xml -> source paragraphs: runs as spans (tracked insertions and deletions, and, in
 * a visual redline, underline as inserted and strike-through as deleted), the paragraph mark's own
 * revision, style, indentation and numbering. Field results are kept as the words Word shows;
 * anything else that is not words (a drawing, a text box, an embedded object, a field secdraft does
 * not know) is reported with its paragraph. A table becomes a source table where it stands (rows
 * inserted or deleted whole, cells of marked words), or, when it sets out definitions whose meanings
 * run to several paragraphs, definitions with their paragraphs.
 */
import type { TableAlign } from '../model/clause-tree.js';
import { DEFINITION_VERB } from './definition-verb.js';
import { cellAlign, cellParagraphs, cellTint, columnAlign, isHeaderRow, rowRevision, tableGrid, tableIndent, wrapped } from './docx-table.js';
import { child, type XmlElement } from './parse-xml.js';
import { inferRowMarks } from './row-marks.js';
import type { ParagraphHint, SourceParagraph, SourceRow, SourceSpan, UnplacedParagraph } from './source-paragraph.js';
import { indentOf } from './word-numbering.js';

/** Options of docxParagraphs. */
export interface DocxParagraphsOptions {
  readonly file: string;
  /** Read underline as inserted and strike-through as deleted (an annex's visual redline). */
  readonly visualMarks: boolean;
  /** A style's hint (heading, cross-heading …), from its name. */
  readonly hintOf: (styleId: string | undefined, outline: number | undefined) => ParagraphHint;
}

/** What the body held. */
export interface DocxBody {
  readonly paragraphs: SourceParagraph[];
  readonly unplaced: UnplacedParagraph[];
}

/** Fields whose shown result is ordinary words (a cross-reference, a page number, a link). */
const KNOWN_FIELDS = /^\s*(REF|PAGEREF|NOTEREF|HYPERLINK|PAGE|NUMPAGES|SEQ|STYLEREF|DATE)\b/i;

const on = (element: XmlElement | undefined): boolean => {
  if (!element) return false;
  const v = element.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
};

interface RunState {
  type: SourceSpan['type'];
}

/** Reads the body of document.xml. */
export function docxParagraphs(document: XmlElement, options: DocxParagraphsOptions): DocxBody {
  const body = child(document, 'w:body');
  const paragraphs: SourceParagraph[] = [];
  const unplaced: UnplacedParagraph[] = [];
  let ordinal = 0;
  // Complex fields (w:fldChar begin … separate … end) may span runs and paragraphs.
  const fields: Array<{ code: string; showing: boolean }> = [];

  /** One paragraph's words as spans; `report` names what could not be read as words. */
  const readSpans = (p: XmlElement, report: (why: string) => void): SourceSpan[] => {
    const spans: SourceSpan[] = [];
    const push = (type: SourceSpan['type'], text: string, bold: boolean) => {
      if (text === '') return;
      const last = spans.at(-1);
      if (last && last.type === type && Boolean(last.bold) === bold) spans[spans.length - 1] = { ...last, text: last.text + text };
      else spans.push({ type, text, ...(bold ? { bold: true } : {}) });
    };
    const readRun = (r: XmlElement, state: RunState) => {
      const rPr = child(r, 'w:rPr');
      if (on(child(rPr, 'w:vanish'))) return;
      let type = state.type;
      if (type === 'equal' && options.visualMarks) {
        const u = child(rPr, 'w:u');
        if (on(child(rPr, 'w:strike')) || on(child(rPr, 'w:dstrike'))) type = 'delete';
        else if (u && u.attrs['w:val'] !== 'none') type = 'insert';
      }
      const bold = on(child(rPr, 'w:b'));
      for (const item of r.children) {
        if (typeof item === 'string') continue;
        const field = fields.at(-1);
        switch (item.name) {
          case 'w:fldChar': {
            const kind = item.attrs['w:fldCharType'];
            if (kind === 'begin') fields.push({ code: '', showing: false });
            else if (kind === 'separate' && field) {
              field.showing = true;
              if (!KNOWN_FIELDS.test(field.code)) report(`a field secdraft does not know (${field.code.trim().split(/\s+/)[0] ?? 'empty'}): its shown result is kept as words`);
            } else if (kind === 'end') fields.pop();
            break;
          }
          case 'w:instrText':
            if (field) field.code += textOf(item);
            break;
          case 'w:t':
          case 'w:delText':
            if (!field || field.showing) push(type, textOf(item), bold);
            break;
          case 'w:tab':
          case 'w:ptab':
            if (!field || field.showing) push(type, '\t', bold);
            break;
          case 'w:br':
          case 'w:cr':
            if (!field || field.showing) push(type, ' ', bold);
            break;
          case 'w:noBreakHyphen':
            push(type, '\u2011', bold);
            break;
          case 'w:softHyphen':
            break;
          case 'w:sym':
            push(type, String.fromCodePoint(parseInt(item.attrs['w:char'] ?? '20', 16)), bold);
            break;
          case 'w:drawing':
          case 'w:pict':
          case 'w:object':
          case 'mc:AlternateContent':
            report('not imported: a drawing, text box or embedded object');
            break;
          case 'w:footnoteReference':
          case 'w:endnoteReference':
            report('not imported: a footnote or endnote (its reference mark and note)');
            break;
          default:
            break;
        }
      }
    };
    const readContent = (element: XmlElement, state: RunState) => {
      for (const item of element.children) {
        if (typeof item === 'string') continue;
        switch (item.name) {
          case 'w:r':
            readRun(item, state);
            break;
          case 'w:ins':
          case 'w:moveTo':
            readContent(item, { type: 'insert' });
            break;
          case 'w:del':
          case 'w:moveFrom':
            readContent(item, { type: 'delete' });
            break;
          case 'w:fldSimple': {
            const code = item.attrs['w:instr'] ?? '';
            if (!KNOWN_FIELDS.test(code)) report(`a field secdraft does not know (${code.trim().split(/\s+/)[0] ?? 'empty'}): its shown result is kept as words`);
            readContent(item, state);
            break;
          }
          case 'w:hyperlink':
          case 'w:smartTag':
          case 'w:customXml':
          case 'w:sdtContent':
          case 'w:dir':
          case 'w:bdo':
            readContent(item, state);
            break;
          case 'w:sdt':
            readContent(child(item, 'w:sdtContent') ?? item, state);
            break;
          default:
            break;
        }
      }
    };
    readContent(p, { type: 'equal' });
    return spans;
  };

  const readParagraph = (p: XmlElement, rowMark: SourceSpan['type'] = 'equal') => {
    ordinal++;
    const position = { file: options.file, line: ordinal, column: 1 };
    const place = `paragraph ${ordinal}`;
    const pPr = child(p, 'w:pPr');
    const markRevision = child(pPr, 'w:rPr');
    // A paragraph in a row inserted or deleted whole goes with its row.
    const mark: SourceSpan['type'] = rowMark !== 'equal' ? rowMark : child(markRevision, 'w:ins') ? 'insert' : child(markRevision, 'w:del') ? 'delete' : 'equal';
    const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
    const numPr = child(pPr, 'w:numPr');
    const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const spans = readSpans(p, (why) => unplaced.push({ position, text: '', why }));
    const words = spans.filter((s) => s.text.trim() !== '');
    // An empty paragraph matters only if it may be numbered (a clause with no words of its own).
    if (words.length === 0 && !numPr && style === undefined) return;
    const indent = indentOf(child(pPr, 'w:ind'));
    paragraphs.push({
      spans,
      mark,
      hint: options.hintOf(style, outline === undefined ? undefined : Number(outline)),
      ...(indent !== undefined ? { indent } : {}),
      ...(numPr ? { numbering: { numId: child(numPr, 'w:numId')?.attrs['w:val'] ?? '', level: Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) } } : {}),
      ...(style !== undefined ? { style } : {}),
      position,
      place,
    });
  };

  /**
   * A table of definitions whose meanings run to several paragraphs (Section A's "(a) …", "(b) …"
   * under a term): a cell of the clause format holds one paragraph, a definition holds its own
   * paragraphs, so each row becomes a definition, the term bold, followed by the words of the
   * second cell, whose further paragraphs follow it. A header row ("Term | Meaning") is reported.
   */
  const readDefinitionRows = (grid: readonly XmlElement[][], trs: readonly XmlElement[], headed: boolean) => {
    grid.forEach(([termCell, textCell], r) => {
      const mark = rowRevision(trs[r]!);
      if (r === 0 && headed) {
        ordinal += cellParagraphs(termCell!).length + cellParagraphs(textCell!).length;
        unplaced.push({ position: { file: options.file, line: ordinal, column: 1 }, text: cellWords(grid[0]!), why: 'not imported: the header row of a table of definitions, read as definitions' });
        return;
      }
      const before = paragraphs.length;
      for (const p of cellParagraphs(termCell!)) readParagraph(p, mark);
      const term = paragraphs.splice(before).flatMap((p) => p.spans);
      const first = paragraphs.length;
      for (const p of cellParagraphs(textCell!)) readParagraph(p, mark);
      const head = paragraphs[first];
      const spans = [...term.map((s) => ({ ...s, bold: true })), { type: 'equal' as const, text: ' ' }, ...(head?.spans ?? [])];
      if (head) paragraphs[first] = { ...head, spans, hint: 'body' };
      else paragraphs.push({ spans, mark, hint: 'body', position: { file: options.file, line: ordinal, column: 1 }, place: `paragraph ${ordinal}` });
    });
  };

  /** A table where it stands: its rows, each cell's paragraphs read as words and joined by a space. */
  const readTable = (table: XmlElement) => {
    const at = { file: options.file, line: ordinal + 1, column: 1 };
    const place = `paragraph ${ordinal + 1}`;
    const trs = wrapped(table, 'w:tr');
    const grid = tableGrid(table, at, place);
    if (grid.length === 0) return;
    const columns = grid[0]!.length;
    if (columns === 2) {
      // A header row is one Word repeats as the header, or one that defines nothing.
      const headed = isHeaderRow(trs[0]!) || !opensDefinition(grid[0]![1]!);
      const body = headed ? grid.slice(1) : grid;
      if (body.length > 0 && body.every((row) => opensDefinition(row[1]!)) && body.some((row) => wordyParagraphs(row[1]!) > 1)) {
        readDefinitionRows(grid, trs, headed);
        return;
      }
    }
    const note = (why: string) => unplaced.push({ position: at, text: '', why });
    const read = grid.map((cells, r) =>
      cells.map((tc, c) => {
        const spans: SourceSpan[] = [];
        let parts = 0;
        for (const p of cellParagraphs(tc)) {
          ordinal++;
          if (child(child(p, 'w:pPr'), 'w:numPr')) note(`not imported: the automatic number of a paragraph in a table cell (row ${r + 1}, column ${c + 1}); its words are kept`);
          const words = readSpans(p, note);
          if (!words.some((s) => s.text.trim() !== '')) continue;
          if (parts++ > 0) spans.push({ type: 'equal', text: ' ' });
          for (const span of words) spans.push(span);
        }
        if (parts > 1) note(`a table cell of ${parts} paragraphs (row ${r + 1}, column ${c + 1}): read as one, its paragraphs joined by a space (a cell of the clause format holds one paragraph)`);
        return { spans, tint: cellTint(tc) };
      }),
    );
    // A row's own revision says it was inserted or deleted; in a visual redline, its words do.
    const revisions = trs.map(rowRevision);
    const inferred = options.visualMarks ? inferRowMarks(read.map((cells) => cells.map((cell) => ({ spans: cell.spans, ...(cell.tint ? { mark: cell.tint } : {}) })))) : [];
    const rows: SourceRow[] = read.map((cells, r) => ({
      mark: revisions[r] !== 'equal' ? revisions[r]! : (inferred[r] ?? 'equal'),
      header: isHeaderRow(trs[r]!),
      cells: cells.map((cell) => cell.spans),
    }));
    const align = columnAlign(grid.map((cells) => cells.map(cellAlign) as TableAlign[]), columns);
    const indent = tableIndent(table);
    paragraphs.push({ spans: [], table: { rows, align }, mark: 'equal', hint: 'body', ...(indent !== undefined ? { indent } : {}), position: at, place });
  };

  const readBlocks = (element: XmlElement) => {
    for (const item of element.children) {
      if (typeof item === 'string') continue;
      if (item.name === 'w:p') readParagraph(item);
      else if (item.name === 'w:tbl') readTable(item);
      else if (item.name === 'w:sdt') readBlocks(child(item, 'w:sdtContent') ?? item);
      else if (item.name === 'w:customXml' || item.name === 'w:ins' || item.name === 'w:del') readBlocks(item);
    }
  };
  if (body) readBlocks(body);
  return { paragraphs, unplaced };
}

function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The words of an element's w:t runs, for telling what a table holds. */
function wordsOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? '' : c.name === 'w:t' ? textOf(c) : wordsOf(c))).join('');
}

/** True when a cell's first paragraph with words defines ("means …"). */
function opensDefinition(tc: XmlElement): boolean {
  const first = cellParagraphs(tc).map(wordsOf).find((w) => w.trim() !== '');
  return first !== undefined && DEFINITION_VERB.test(first);
}

/** How many of a cell's paragraphs hold words. */
function wordyParagraphs(tc: XmlElement): number {
  return cellParagraphs(tc).filter((p) => wordsOf(p).trim() !== '').length;
}

/** A row's words, cell by cell, for a report. */
function cellWords(row: readonly XmlElement[]): string {
  return row.map((tc) => cellParagraphs(tc).map(wordsOf).join(' ').trim()).join(' | ');
}

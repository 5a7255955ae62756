/**
 * word/document.xml -> source paragraphs: runs as spans (tracked insertions and deletions, and, in
 * a visual redline, underline as inserted and strike-through as deleted), the paragraph mark's own
 * revision, style, indentation and numbering. Field results are kept as the words Word shows;
 * anything else that is not words (a drawing, a text box, an embedded object, a field secdraft does
 * not know) is reported with its paragraph, and a table is refused: the clause format holds none yet.
 */
import { InputError } from '../model/input-error.js';
import { child, childrenNamed, type XmlElement } from './parse-xml.js';
import type { ParagraphHint, SourceParagraph, SourceSpan, UnplacedParagraph } from './source-paragraph.js';
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

  const readParagraph = (p: XmlElement) => {
    ordinal++;
    const position = { file: options.file, line: ordinal, column: 1 };
    const place = `paragraph ${ordinal}`;
    const pPr = child(p, 'w:pPr');
    const markRevision = child(pPr, 'w:rPr');
    const mark: SourceSpan['type'] = child(markRevision, 'w:ins') ? 'insert' : child(markRevision, 'w:del') ? 'delete' : 'equal';
    const style = child(pPr, 'w:pStyle')?.attrs['w:val'];
    const numPr = child(pPr, 'w:numPr');
    const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
    const spans: SourceSpan[] = [];
    const push = (type: SourceSpan['type'], text: string, bold: boolean) => {
      if (text === '') return;
      const last = spans.at(-1);
      if (last && last.type === type && Boolean(last.bold) === bold) spans[spans.length - 1] = { ...last, text: last.text + text };
      else spans.push({ type, text, ...(bold ? { bold: true } : {}) });
    };
    const report = (why: string) => unplaced.push({ position, text: '', why });
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
   * A two-column table of definitions (Section A's layout): each row becomes a definition, the
   * term bold, followed by the words of the second cell; further paragraphs of that cell follow it.
   */
  const readDefinitionTable = (table: XmlElement) => {
    for (const row of childrenNamed(table, 'w:tr')) {
      const [termCell, textCell] = childrenNamed(row, 'w:tc') as [XmlElement, XmlElement];
      const before = paragraphs.length;
      for (const p of childrenNamed(termCell, 'w:p')) readParagraph(p);
      const term = paragraphs.splice(before).flatMap((p) => p.spans);
      const first = paragraphs.length;
      for (const p of childrenNamed(textCell, 'w:p')) readParagraph(p);
      const head = paragraphs[first];
      const spans = [...term.map((s) => ({ ...s, bold: true })), { type: 'equal' as const, text: ' ' }, ...(head?.spans ?? [])];
      if (head) paragraphs[first] = { ...head, spans, hint: 'body' };
      else paragraphs.push({ spans, mark: 'equal', hint: 'body', position: { file: options.file, line: ordinal, column: 1 }, place: `paragraph ${ordinal}` });
    }
  };

  const readBlocks = (element: XmlElement) => {
    for (const item of element.children) {
      if (typeof item === 'string') continue;
      if (item.name === 'w:p') readParagraph(item);
      else if (item.name === 'w:tbl' && isDefinitionTable(item)) readDefinitionTable(item);
      else if (item.name === 'w:tbl') {
        throw new InputError({ file: options.file, line: ordinal + 1, column: 1 }, `a table at paragraph ${ordinal + 1}: the clause format holds no tables yet`, 'import the text around it, and type the table into the clause file once the format holds tables');
      } else if (item.name === 'w:sdt') readBlocks(child(item, 'w:sdtContent') ?? item);
      else if (item.name === 'w:customXml' || item.name === 'w:ins' || item.name === 'w:del') readBlocks(item);
    }
  };
  if (body) readBlocks(body);
  return { paragraphs, unplaced };
}

function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

const DEFINES = /^\s*[:,]?\s*(?:means|has the meaning|shall (?:mean|have the meaning)|includes|is defined)\b/i;

/** True for a table of two columns whose second column defines the first ("means …") in every row. */
function isDefinitionTable(table: XmlElement): boolean {
  const rows = childrenNamed(table, 'w:tr');
  return rows.length > 0 && rows.every((row) => {
    const cells = childrenNamed(row, 'w:tc');
    if (cells.length !== 2) return false;
    const firstParagraph = childrenNamed(cells[1]!, 'w:p')[0];
    return firstParagraph !== undefined && DEFINES.test(wordsOf(firstParagraph));
  });
}

/** The words of an element's w:t runs, for telling what a table holds. */
function wordsOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? '' : c.name === 'w:t' ? textOf(c) : wordsOf(c))).join('');
}


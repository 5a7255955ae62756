/**
 * An Annex A as HTML (secdraft's own, or a page saved from Word) -> source paragraphs, through
 * parse5 (the WHATWG parser). Each block element is a paragraph; <ins> and <u> are inserted words,
 * <del>, <s> and <strike> deleted ones, <strong> and <b> bold; a heading's level and a class
 * (instruction, cross-heading, subtitle, level-N) say what the paragraph is. A <table> is a source
 * table (a row's class says it was inserted or deleted; otherwise its words do). Word's own list
 * numbers ("Save as Web Page": `style='mso-list:l0 level2 lfo1'` on the paragraph, the number in a
 * `<span style='mso-list:Ignore'>`) are read as the number and list level Word printed.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { TableAlign } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { inferRowMarks, type MarkedCell } from './row-marks.js';
import type { ParagraphHint, SourceParagraph, SourceRow, SourceSpan } from './source-paragraph.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'td', 'th', 'dt', 'dd']);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript']);
/** Word's list: `mso-list:l0 level2 lfo1` (list l0, its second level, list override 1). */
const MSO_LIST = /(?:^|;)\s*mso-list\s*:\s*l\d+\s+level(\d+)/i;
/** The span holding the number Word printed, which browsers are told to skip. */
const MSO_LIST_IGNORE = /(?:^|;)\s*mso-list\s*:\s*ignore\b/i;
/** A length in CSS units Word writes, in twips (1/20 pt), as .docx measures indents. */
const LENGTH = /^(-?[\d.]+)(pt|in|cm|mm|px)$/;
const TWIPS: Readonly<Record<string, number>> = { pt: 20, in: 1440, cm: 567, mm: 56.7, px: 15 };

function attribute(element: Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? '';
}

function classes(element: Element): string[] {
  return attribute(element, 'class').split(/\s+/).filter((c) => c !== '');
}

/** One CSS property of an element's style attribute, as written. */
function styleOf(element: Element, property: string): string | undefined {
  for (const declaration of attribute(element, 'style').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === property) return declaration.slice(colon + 1).trim();
  }
  return undefined;
}

/** A CSS length in twips; undefined when it is none Word writes. */
function twips(length: string | undefined): number | undefined {
  const match = LENGTH.exec(length?.replace(/\s+/g, '') ?? '');
  return match ? Math.round(Number(match[1]) * (TWIPS[match[2] as string] as number)) : undefined;
}

/** A paragraph's left margin (Word's HTML writes its indent so), in twips; undefined when the style states none. */
function marginLeft(element: Element): number | undefined {
  return twips(styleOf(element, 'margin-left'));
}

/** A cell's left padding (`padding-left`, or the fourth of `padding`'s lengths), in twips. */
function paddingLeft(cell: Element | undefined): number {
  if (!cell) return 0;
  const sides = (styleOf(cell, 'padding') ?? '').split(/\s+/).filter((v) => v !== '');
  return twips(styleOf(cell, 'padding-left') ?? sides[3] ?? sides[1] ?? sides[0]) ?? 0;
}

function hintOf(element: Element): { hint: ParagraphHint; indent?: number } {
  const names = classes(element);
  const level = names.map((c) => /^level-(\d)$/.exec(c)?.[1]).find((l) => l !== undefined);
  const margin = marginLeft(element);
  const indent = level !== undefined ? { indent: Number(level) * 2 } : margin !== undefined ? { indent: margin } : {};
  if (names.includes('instruction')) return { hint: 'instruction' };
  // secdraft's class, or a Word style named so (Word's HTML writes the style's name as the class).
  if (names.some((c) => /cross-?heading/i.test(c))) return { hint: 'crossHeading' };
  if (names.includes('subtitle') || names.includes('classification')) return { hint: 'furniture' };
  if (element.tagName === 'h1') return { hint: 'furniture' };
  if (element.tagName === 'h2') return { hint: 'heading' };
  if (/^h[3-6]$/.test(element.tagName)) return { hint: 'crossHeading' };
  return { hint: 'body', ...indent };
}

/** All text under a node. */
function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? (node as Element).childNodes.map(textContent).join('') : '';
}

/** The element under `node` (itself included) whose style marks Word's printed list number. */
function listNumberSpan(node: Node): Element | undefined {
  if (!('tagName' in node)) return undefined;
  if (MSO_LIST_IGNORE.test(attribute(node, 'style'))) return node;
  for (const child of node.childNodes) {
    const found = listNumberSpan(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Word's list number of a paragraph saved as HTML: the words of its mso-list:Ignore span (spaces
 * and the no-break spaces Word pads it with trimmed), and the list level. A bullet ("·", "o", "§"
 * in a symbol font) prints no number.
 */
function wordListNumber(element: Element): { label?: string; level: number } | undefined {
  const level = MSO_LIST.exec(attribute(element, 'style'))?.[1];
  if (level === undefined) return undefined;
  const span = listNumberSpan(element);
  const printed = span ? textContent(span).replace(/[\s\u00a0]+/g, ' ').trim() : '';
  // A number has a letter or digit and, but for a lone digit, something more: "(a)", "1.", "3.17".
  const numbered = /^\p{N}$/u.test(printed) || (printed.length > 1 && /[\p{L}\p{N}]/u.test(printed));
  return { ...(numbered ? { label: printed } : {}), level: Number(level) - 1 };
}

/** Reads an annex in HTML into source paragraphs; positions are the elements' source lines. */
export function readAnnexHtml(html: string, file: string): SourceParagraph[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const out: SourceParagraph[] = [];
  const walk = (node: Node) => {
    if (!('tagName' in node) && !('childNodes' in node)) return;
    if ('tagName' in node) {
      if (SKIP.has(node.tagName)) return;
      // secdraft's change summary is about the annex, not part of it.
      if (node.tagName === 'section' && classes(node).includes('summary')) return;
      if (node.tagName === 'table') {
        const table = readTable(node, file);
        if (table) out.push(table);
        return;
      }
      if (BLOCKS.has(node.tagName) && !node.childNodes.some((c) => 'tagName' in c && BLOCKS.has(c.tagName))) {
        const spans: SourceSpan[] = [];
        inline(node, 'equal', false, spans, classes(node).includes('definition'));
        const list = wordListNumber(node);
        if (spans.some((s) => s.text.trim() !== '') || list?.label !== undefined) {
          const line = node.sourceCodeLocation?.startLine ?? 1;
          out.push({
            spans,
            mark: paragraphMark(spans),
            ...hintOf(node),
            ...(list?.label !== undefined ? { label: list.label, level: list.level } : {}),
            position: { file, line, column: node.sourceCodeLocation?.startCol ?? 1 },
            place: `line ${line}`,
          });
        }
        return;
      }
    }
    for (const child of (node as Element).childNodes ?? []) walk(child);
  };
  walk(document);
  return out;
}

/** A paragraph whose words are all inserted (or all deleted) was itself. */
function paragraphMark(spans: readonly SourceSpan[]): SourceSpan['type'] {
  const types = new Set(spans.filter((s) => s.text.trim() !== '').map((s) => s.type));
  return types.size === 1 && !types.has('equal') ? ([...types][0] as SourceSpan['type']) : 'equal';
}

/** The element children of `element` named as `names` says, looking through a table's sections. */
function elements(element: Element, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (const child of element.childNodes) {
    if (!('tagName' in child)) continue;
    if (names.has(child.tagName)) out.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') for (const inner of elements(child, names)) out.push(inner);
  }
  return out;
}

const ROWS = new Set(['tr']);
const CELLS = new Set(['td', 'th']);

/** How a cell sets its words: its own text-align (or align), else its first paragraph's. */
function cellAlign(cell: Element): TableAlign {
  const first = cell.childNodes.find((c): c is Element => 'tagName' in c && c.tagName === 'p');
  const value = (styleOf(cell, 'text-align') ?? (attribute(cell, 'align') || undefined) ?? (first ? (styleOf(first, 'text-align') ?? attribute(first, 'align')) : '')).toLowerCase();
  return value === 'left' ? 'left' : value === 'right' ? 'right' : value === 'center' ? 'center' : null;
}

/**
 * A <table>: its rows (a class of inserted or deleted, as secdraft writes, says a row came or went;
 * otherwise its words do), the header row (<th> cells or <thead>), each column's alignment, its
 * level. A cell spanning columns or rows, or holding a table, is refused: the clause format's
 * tables have one cell per column and hold words.
 */
function readTable(table: Element, file: string): SourceParagraph | undefined {
  const at = { file, line: table.sourceCodeLocation?.startLine ?? 1, column: table.sourceCodeLocation?.startCol ?? 1 };
  const trs = elements(table, ROWS);
  if (trs.length === 0) return undefined;
  const grid = trs.map((tr, r) => {
    const cells = elements(tr, CELLS);
    cells.forEach((cell, c) => {
      const where = `(row ${r + 1}, column ${c + 1})`;
      for (const span of ['colspan', 'rowspan']) {
        if (Number(attribute(cell, span) || 1) > 1) throw new InputError(at, `a table cell spans ${attribute(cell, span)} ${span === 'colspan' ? 'columns' : 'rows'} ${where}: a table of the clause format has one cell per column in every row`, 'give every row one cell per column, splitting the merged cell, and import again');
      }
      if (holds(cell, 'table')) throw new InputError(at, `a table inside a table cell ${where}: a cell of the clause format holds words only`, 'set the inner table out as rows of the outer one, or as words, and import again');
    });
    return cells;
  });
  const columns = Math.max(...grid.map((cells) => cells.length));
  grid.forEach((cells, r) => {
    if (cells.length !== columns) throw new InputError(at, `a table row has ${cells.length} cells where another has ${columns} (row ${r + 1})`, 'give every row one cell per column, empty cells included, and import again');
  });
  const read: MarkedCell[][] = grid.map((cells) =>
    cells.map((cell) => {
      const spans: SourceSpan[] = [];
      inline(cell, 'equal', false, spans);
      return { spans };
    }),
  );
  const inferred = inferRowMarks(read);
  const rows: SourceRow[] = read.map((cells, r) => {
    const tr = trs[r] as Element;
    const named = classes(tr);
    const mark = named.includes('inserted') ? 'insert' : named.includes('deleted') ? 'delete' : (inferred[r] as SourceSpan['type']);
    const header = tr.parentNode?.nodeName === 'thead' || (grid[r] as Element[]).every((cell) => cell.tagName === 'th');
    return { mark, header, cells: cells.map((c) => c.spans) };
  });
  const bodyAligns = grid.slice(1);
  const align = Array.from({ length: columns }, (_, c): TableAlign => {
    const body = bodyAligns.map((cells) => cellAlign(cells[c] as Element));
    if (body.length === 0) return cellAlign((grid[0] as Element[])[c] as Element);
    return body.every((a) => a === body[0]) ? (body[0] as TableAlign) : null;
  });
  // A table's words start at its margin plus its first cell's padding (Word's HTML), or at its level (secdraft's).
  const { indent: margin } = hintOf(table);
  const indent = margin !== undefined && marginLeft(table) !== undefined ? margin + paddingLeft(grid[0]?.[0]) : margin;
  const place = `line ${at.line}`;
  return { spans: [], table: { rows, align }, mark: 'equal', hint: 'body', ...(indent !== undefined ? { indent } : {}), position: at, place };
}

function holds(element: Element, tag: string): boolean {
  return element.childNodes.some((c) => 'tagName' in c && (c.tagName === tag || holds(c, tag)));
}

/** A definition's term is its lead (secdraft's HTML sets it apart by class, not <strong>). */
function inline(node: Node, type: SourceSpan['type'], bold: boolean, spans: SourceSpan[], definition = false): void {
  const push = (text: string, as: SourceSpan['type']) => {
    if (text === '') return;
    const last = spans.at(-1);
    if (last && last.type === as && Boolean(last.bold) === bold) spans[spans.length - 1] = { ...last, text: last.text + text };
    else spans.push({ type: as, text, ...(bold ? { bold: true } : {}) });
  };
  if (node.nodeName === '#text') return push((node as DefaultTreeAdapterMap['textNode']).value, type);
  if (!('tagName' in node)) return;
  if (SKIP.has(node.tagName)) return;
  if (node.tagName === 'br') return push(' ', type);
  // Word's printed list number is read apart from the words (wordListNumber).
  if (MSO_LIST_IGNORE.test(attribute(node, 'style'))) return;
  const tag = node.tagName;
  const as = tag === 'ins' || tag === 'u' ? 'insert' : tag === 'del' || tag === 's' || tag === 'strike' ? 'delete' : type;
  const lead = classes(node).includes('lead');
  const strong = bold || tag === 'strong' || tag === 'b' || (definition && lead);
  for (const child of node.childNodes) inline(child, as, strong, spans, definition);
  // A number or label set apart by style alone (secdraft's span.lead) is followed by a space in the
  // words, and so is a paragraph inside a table cell (a cell's paragraphs are joined by a space).
  if (lead || BLOCKS.has(tag)) {
    const was = bold;
    bold = false;
    push(' ', as);
    bold = was;
  }
}

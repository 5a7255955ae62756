/**
 * Reads a rendered .docx back the way a Word reader does: unzip, parse word/document.xml, walk each
 * paragraph's runs, and give its text with all changes accepted or all rejected. Visual redlines
 * are read by their formatting (struck = deleted, underlined = inserted), tracked ones by w:ins /
 * w:del, so the two modes are checked each by its own marks.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

/** Accept all changes, or reject them all. */
export type Side = 'accept' | 'reject';

/** How the redline was drawn. */
export type Marks = 'visual' | 'tracked';

/** One paragraph of word/document.xml. */
export interface DocxParagraph {
  /** Its w:pStyle, '' when none. */
  readonly style: string;
  readonly element: XmlElement;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The entries of a .docx, as text. */
export function docxPart(docx: Uint8Array, name: string): string {
  const part = unzipSync(docx)[name];
  if (!part) throw new Error(`no ${name} in the .docx`);
  return new TextDecoder().decode(part);
}

/** The body paragraphs of a .docx, in order. */
export function docxParagraphs(docx: Uint8Array): DocxParagraph[] {
  const doc = new DOMParser().parseFromString(docxPart(docx, 'word/document.xml'), 'text/xml');
  return Array.from(doc.getElementsByTagNameNS(W, 'p')).map((element) => ({
    element,
    style: element.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '',
  }));
}

/** True when a run property is present and not switched off (`w:val="false"` / `"none"`). */
function on(props: XmlElement | undefined, name: string): boolean {
  const el = props?.getElementsByTagNameNS(W, name)[0];
  if (!el) return false;
  const val = el.getAttributeNS(W, 'val');
  return val !== 'false' && val !== '0' && val !== 'none';
}

/** What a run is: kept, inserted or deleted, read by the marks of `marks` only. */
function runChange(run: XmlElement, marks: Marks): 'equal' | 'insert' | 'delete' {
  if (marks === 'tracked') {
    const parent = (run.parentNode as XmlElement | null)?.localName;
    return parent === 'ins' ? 'insert' : parent === 'del' ? 'delete' : 'equal';
  }
  const props = Array.from(run.childNodes).find((n) => (n as XmlElement).localName === 'rPr') as XmlElement | undefined;
  const struck = on(props, 'strike');
  const underlined = on(props, 'u');
  if (struck && underlined) throw new Error('a run both struck and underlined');
  return struck ? 'delete' : underlined ? 'insert' : 'equal';
}

/** A paragraph's text with one side's changes applied; tabs read as "\t". */
export function sideText(paragraph: DocxParagraph, side: Side, marks: Marks): string {
  let text = '';
  for (const run of Array.from(paragraph.element.getElementsByTagNameNS(W, 'r'))) {
    const change = runChange(run, marks);
    if ((change === 'insert' && side === 'reject') || (change === 'delete' && side === 'accept')) continue;
    for (const child of Array.from(run.childNodes) as XmlElement[]) {
      if (child.localName === 't' || child.localName === 'delText') text += child.textContent ?? '';
      else if (child.localName === 'tab') text += '\t';
    }
  }
  return text;
}

/** Styles of the paragraphs that hold redlined words (not the annex's front matter). */
export const REDLINE_STYLE = /^Sec(Instruction|CrossHeading|Clause|Paragraph\d+|Text\d+)$/;

/** The tracked change of a paragraph's mark (w:pPr/w:rPr/w:ins or w:del), if any. */
export function markChange(paragraph: DocxParagraph): 'insert' | 'delete' | undefined {
  const pPr = Array.from(paragraph.element.childNodes).find((n) => (n as XmlElement).localName === 'pPr') as XmlElement | undefined;
  const rPr = pPr && (Array.from(pPr.childNodes).find((n) => (n as XmlElement).localName === 'rPr') as XmlElement | undefined);
  const kinds = rPr ? Array.from(rPr.childNodes).map((n) => (n as XmlElement).localName).filter((n) => n === 'ins' || n === 'del') : [];
  if (kinds.length > 1) throw new Error('a paragraph mark both inserted and deleted');
  return kinds[0] === 'ins' ? 'insert' : kinds[0] === 'del' ? 'delete' : undefined;
}

/**
 * The body's paragraphs as a word processor leaves them on `side`. Tracked: a paragraph whose mark
 * goes (an inserted mark rejected, a deleted one accepted) joins the next, as in Word; the joined
 * paragraph keeps the style of its first part that has words left (the one both sides share),
 * else its last part's. Visual marks carry no paragraph marks: every paragraph stays.
 */
export function sideParagraphs(docx: Uint8Array, side: Side, marks: Marks): Array<{ style: string; text: string }> {
  const out: Array<{ style: string; text: string }> = [];
  let open: { style: string; text: string } | undefined;
  for (const paragraph of docxParagraphs(docx)) {
    const text = sideText(paragraph, side, marks);
    const joined = open ? { style: open.text === '' ? paragraph.style : open.style, text: open.text + text } : { style: paragraph.style, text };
    const change = marks === 'tracked' ? markChange(paragraph) : undefined;
    const goes = (change === 'insert' && side === 'reject') || (change === 'delete' && side === 'accept');
    if (goes) open = joined;
    else {
      out.push(joined);
      open = undefined;
    }
  }
  if (open) out.push(open);
  return out;
}

/** The redlined paragraphs' texts, with one side's changes applied (and, when tracked, its paragraph marks). */
export function redlineTexts(docx: Uint8Array, side: Side, marks: Marks): string[] {
  return sideParagraphs(docx, side, marks)
    .filter((p) => REDLINE_STYLE.test(p.style))
    .map((p) => p.text);
}

/** word/document.xml with a line break before each paragraph, so that snapshot diffs are readable. */
export function documentXmlForSnapshot(docx: Uint8Array): string {
  return `${docxPart(docx, 'word/document.xml').replace(/(<w:p[ >])/g, '\n$1')}\n`;
}

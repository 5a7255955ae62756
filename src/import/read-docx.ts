/**
 * A Word .docx -> source paragraphs and a numbering pass, for `import` and `import-redline`.
 * The zip and each XML part are read by libraries (fflate, saxes), never by patterns over the bytes.
 */
import { InputError } from '../model/input-error.js';
import { docxParagraphs } from './docx-paragraphs.js';
import { parseXml, childrenNamed, type XmlElement } from './parse-xml.js';
import type { ReadAnnex } from './read-annex.js';
import { PART_CAP, readZip } from './read-zip.js';
import type { SideParagraph, UnplacedParagraph } from './source-paragraph.js';
import { numberParagraphs, readNumbering } from './word-numbering.js';
import { readStyles } from './word-styles.js';

/** Options of readDocx. */
export interface ReadDocxOptions {
  /** Underline is inserted and strike-through deleted (a visual redline), not formatting. */
  readonly visualMarks: boolean;
  /** Bytes read from any one part at most. */
  readonly partCap?: number;
}

/** A Word document, read. */
export interface ReadDocx extends ReadAnnex {
  readonly numberSide: (paragraphs: SideParagraph[]) => SideParagraph[];
  readonly unplaced: UnplacedParagraph[];
  /** The words of each paragraph of the page headers and footers (the classification a published Section prints there). */
  readonly headerFooter: string[];
}

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MAIN_TEMPLATE = 'application/vnd.ms-word.document.macroEnabled.main+xml';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The part a relationship points at, relative to its source part's folder. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/** Reads a .docx; refuses an .odt or any other zip with one line. */
export function readDocx(bytes: Uint8Array, file: string, options: ReadDocxOptions): ReadDocx {
  const zip = readZip(bytes, file, (name) => /^\[Content_Types\]\.xml$|^mimetype$|\.rels$|^word\/.*\.xml$|^[^/]+\.xml$/.test(name), options.partCap ?? PART_CAP);
  const mimetype = zip.read('mimetype');
  if (mimetype !== undefined && mimetype.startsWith('application/vnd.oasis.opendocument')) {
    throw new InputError({ file, line: 1, column: 1 }, `an OpenDocument file (${mimetype.trim().split('.').pop()}), not a Word .docx`, 'save it as Word (.docx) first, e.g. soffice --convert-to docx');
  }
  const types = zip.read('[Content_Types].xml');
  if (types === undefined) {
    throw new InputError({ file, line: 1, column: 1 }, 'a zip file that is not a Word document (it has no [Content_Types].xml)', 'give a Word .docx');
  }
  const overrides = childrenNamed(parseXml(types, file, '[Content_Types].xml'), 'ct:Override');
  const main = overrides.find((o) => o.attrs.ContentType === MAIN || o.attrs.ContentType === MAIN_TEMPLATE)?.attrs.PartName?.replace(/^\//, '');
  if (main === undefined || zip.read(main) === undefined) {
    throw new InputError({ file, line: 1, column: 1 }, 'a zip file that is not a Word document (no main document part)', 'give a Word .docx');
  }
  const relsName = main.replace(/([^/]+)$/, '_rels/$1.rels');
  const rels = zip.read(relsName);
  const relationships = rels === undefined ? [] : childrenNamed(parseXml(rels, file, relsName), 'rel:Relationship');
  const targets = (type: string): string[] => relationships.filter((r) => r.attrs.Type === `${OFFICE_DOCUMENT}/${type}` && r.attrs.Target).map((r) => resolvePart(main, r.attrs.Target!));
  const target = (type: string, fallback: string): string => targets(type)[0] ?? fallback;
  const part = (name: string): XmlElement | undefined => {
    const text = zip.read(name);
    return text === undefined ? undefined : parseXml(text, file, name);
  };
  const styles = readStyles(part(target('styles', 'word/styles.xml')));
  const numbering = readNumbering(part(target('numbering', 'word/numbering.xml')));
  const document = parseXml(zip.read(main)!, file, main);
  const body = docxParagraphs(document, { file, visualMarks: options.visualMarks, hintOf: (id, outline) => styles.hintOf(id, outline) });
  // A paragraph's indent, where it sets none, is its numbering level's, else its style's.
  const paragraphs = body.paragraphs.map((p) => {
    if (p.indent !== undefined) return p;
    const ref = p.numbering ?? styles.numberingOf(p.style);
    const num = ref && numbering.nums.get(ref.numId);
    const indent = (num && (num.levels.get(ref!.level) ?? numbering.abstracts.get(num.abstractId)?.levels.get(ref!.level))?.indent) ?? styles.indentOf(p.style);
    return indent === undefined ? p : { ...p, indent };
  });
  const numberSide = (side: SideParagraph[]): SideParagraph[] =>
    numberParagraphs(side, numbering, (p) => p.numbering ?? styles.numberingOf(p.style), (styleId) => styles.numberingOf(styleId)?.numId);
  const headerFooter = [...targets('header'), ...targets('footer')].flatMap((name) => {
    const root = part(name);
    return root ? paragraphWords(root) : [];
  });
  return { paragraphs, numberSide, unplaced: body.unplaced, unit: 'paragraph', headerFooter };
}

/** The words of each paragraph under `element` (a header or footer part), fields' shown results and codes alike. */
function paragraphWords(element: XmlElement): string[] {
  const words = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' ? '' : c.name === 'w:t' ? c.children.filter((t) => typeof t === 'string').join('') : words(c))).join('');
  const out: string[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:p') out.push(words(c).replace(/\s+/g, ' ').trim());
      else walk(c);
    }
  };
  walk(element);
  return out.filter((line) => line !== '');
}

/** An annex in Word: tracked changes, or underline and strike-through. */
export function readDocxAnnex(bytes: Uint8Array, file: string): ReadDocx {
  return readDocx(bytes, file, { visualMarks: true });
}

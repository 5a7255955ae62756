/** Any annex file -> source paragraphs: Word by its zip signature, HTML and Markdown by name (or HTML's doctype), anything else as text. */
import { InputError } from '../model/input-error.js';
import { readAnnexHtml } from './read-annex-html.js';
import { readAnnexText } from './read-annex-text.js';
import type { SideParagraph, SourceParagraph, UnplacedParagraph } from './source-paragraph.js';

/** What an annex reads into, and how its sides get their automatic numbers (Word only). */
export interface ReadAnnex {
  readonly paragraphs: SourceParagraph[];
  readonly numberSide?: (paragraphs: SideParagraph[]) => SideParagraph[];
  /** How places are named in reports: by line (text) or by paragraph (Word). */
  readonly unit: 'line' | 'paragraph';
  /** What the reader met but could not read as words (a drawing, an unknown field). */
  readonly unplaced?: UnplacedParagraph[];
}

/** Reads docx into paragraphs; loaded only for Word files. */
export type DocxReader = (bytes: Uint8Array, file: string) => ReadAnnex;

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** True when the bytes open like a zip file (a .docx, an .odt). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Refuses what is neither a zip nor text: an old .doc, or an encrypted Word file (both OLE compound files). */
export function refuseBinary(bytes: Uint8Array, file: string): void {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new InputError({ file, line: 1, column: 1 }, 'an OLE compound file: a Word 97-2003 .doc, or an encrypted (password-protected) document', 'save it from Word as an unprotected .docx (File > Save As > Word Document)');
  }
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new InputError({ file, line: 1, column: 1 }, 'a binary file that is not a .docx', 'give a Word .docx, or the annex as .md or .txt');
  }
}

/** Reads an annex in any format secdraft accepts. */
export function readAnnex(bytes: Uint8Array, file: string, docx: DocxReader): ReadAnnex {
  if (isZip(bytes)) return docx(bytes, file);
  refuseBinary(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ file, line: 1, column: 1 }, 'the file is not UTF-8 text', 'save it as UTF-8, or give the Word .docx');
  }
  if (/\.x?html?$/i.test(file) || /^\s*<(!doctype html|html)\b/i.test(text.slice(0, 512))) return { paragraphs: readAnnexHtml(text, file), unit: 'line' };
  return { paragraphs: readAnnexText(text, { file, markdown: /\.(md|markdown)$/i.test(file) }), unit: 'line' };
}

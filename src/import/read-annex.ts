/** Any annex file -> source paragraphs: Word by its zip signature, HTML and Markdown by name (or HTML's doctype), anything else as text. */
import { InputError } from '../model/input-error.js';
import { isZip, refuseBinary } from './file-kind.js';
import { decodeHtml } from './html-charset.js';
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

/** Reads an annex in any format secdraft accepts. */
export function readAnnex(bytes: Uint8Array, file: string, docx: DocxReader): ReadAnnex {
  if (isZip(bytes)) return docx(bytes, file);
  refuseBinary(bytes, file);
  // HTML is read in the charset it declares (Word's pages declare windows-1252); anything else is UTF-8.
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  if (/\.x?html?$/i.test(file) || /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<(!doctype html|html)\b/i.test(head)) return { paragraphs: readAnnexHtml(decodeHtml(bytes, file), file), unit: 'line' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError({ file, line: 1, column: 1 }, 'the file is not UTF-8 text', 'save it as UTF-8, or give the Word .docx');
  }
  return { paragraphs: readAnnexText(text, { file, markdown: /\.(md|markdown)$/i.test(file) }), unit: 'line' };
}

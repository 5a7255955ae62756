/** What kind of file a document is, from its first bytes: a zip (.docx, .odt), an OLE compound file (.doc, encrypted), text. */
import { InputError } from '../model/input-error.js';

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

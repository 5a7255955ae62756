/** A fixture's Word parts, kept as XML a reader can open, zipped into the .docx the importer reads. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** The fixture's `input.docx`, or its Word parts (`document.xml`, `styles.xml`, `numbering.xml`) as a .docx (the parts a document needs to be found: content types and the main part). */
export function fixtureDocx(dir: string): Uint8Array {
  if (existsSync(join(dir, 'input.docx'))) return readFileSync(join(dir, 'input.docx'));
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${MAIN}"/></Types>`),
  };
  for (const name of ['document.xml', 'styles.xml', 'numbering.xml']) {
    if (existsSync(join(dir, name))) parts[`word/${name}`] = readFileSync(join(dir, name));
  }
  return zipSync(parts, { mtime: new Date('1980-01-02T00:00:00Z') });
}


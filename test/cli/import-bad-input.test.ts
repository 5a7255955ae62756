/**
 * Bad input to import and import-redline: each refused in one line, exit 2, nothing written. The
 * files are made here: an old .doc and an encrypted .docx (OLE compound files), an .odt, a truncated
 * zip, zip bombs (a part declared larger than the cap; one declaring less than it holds), XML with an
 * external entity, and files that are no Word document at all.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/import/read-docx.js';
import { runCli } from './run-cli.js';
import { tempCopy } from './temp-copy.js';

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx whose document.xml is `document`; words invented. */
function docx(document: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(document) });
}

const GOOD = `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Section Q: Invented</w:t></w:r></w:p><w:p><w:r><w:t>Q1.1 Invented words for a test.</w:t></w:r></w:p></w:body></w:document>`;

/** Sets the size the zip's central directory declares for `name` (the uncompressed size field). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const bytes = strToU8(name);
  for (let at = 0; at < out.length - 46; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === bytes.length && bytes.every((b, i) => out[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${name} in the zip`);
}

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

const CASES: ReadonlyArray<readonly [string, string, Uint8Array, RegExp]> = [
  ['an old Word .doc', 'old.doc', OLE, /an OLE compound file: a Word 97-2003 \.doc, or an encrypted \(password-protected\) document/],
  ['an encrypted .docx', 'locked.docx', OLE, /an OLE compound file/],
  ['an .odt', 'text.odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), /an OpenDocument file \(text\), not a Word \.docx/],
  ['a truncated .docx', 'cut.docx', docx(GOOD).slice(0, 200), /not a readable zip: truncated or damaged/],
  ['a zip that is no Word document', 'other.docx', zipSync({ 'readme.txt': strToU8('invented') }), /a zip file that is not a Word document/],
  ['a binary file', 'image.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /a binary file that is not a \.docx/],
  ['a zip bomb (a part declared larger than the cap)', 'bomb.docx', declareSize(docx(GOOD), 'word/document.xml', 0xfff00000), /part word\/document\.xml unpacks to 4095 MiB, more than the 256 MiB secdraft reads from one part \(a zip bomb\?\)/],
  ['a zip bomb (a part holding more than it declares)', 'liar.docx', declareSize(docx(GOOD + ' '.repeat(100_000)), 'word/document.xml', 100), /damaged XML/],
  ['XML with an external entity', 'xxe.docx', docx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`), /the XML declares a DTD, which no Word part has \(its entities are never read\)/],
];

describe('bad input to import and import-redline', () => {
  for (const [what, name, bytes, message] of CASES) {
    it(`refuses ${what} in one line, exit 2, writing nothing`, async () => {
      const store = tempCopy('clauses');
      const dir = mkdtempSync(join(tmpdir(), 'secdraft-bad-'));
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const out = join(dir, 'out');
      for (const argv of [['import', file, '--version', '9.9', '--out', out], ['import-redline', file, '--base', '6.17', '--id', 'MP990', '--out', join(out, 'MP990.md')]]) {
        const { code, stdout, stderr } = await runCli(...argv, '--store', store);
        expect(code, argv[0]).toBe(2);
        expect(stdout).toBe('');
        expect(stderr, argv[0]).toMatch(message);
        expect(stderr.split('\n')).toHaveLength(2);
        expect(stderr).toMatch(/^\S+:\d+:\d+: [^\n]+ \([^\n]+\)\n$/);
      }
      expect(readdirSync(dir)).toEqual([name]);
    });
  }

  it('reads a good minimal .docx (the cases above differ from it only in what they break)', () => {
    const read = readDocx(docx(GOOD), 'good.docx', { visualMarks: false });
    expect(read.paragraphs.map((p) => p.spans.map((s) => s.text).join(''))).toEqual(['Section Q: Invented', 'Q1.1 Invented words for a test.']);
  });

  it('caps the bytes read from one part', () => {
    expect(() => readDocx(docx(GOOD + ' '.repeat(5000)), 'big.docx', { visualMarks: false, partCap: 4096 })).toThrow(/more than the 0 MiB secdraft reads from one part/);
  });

  it('refuses a Word table with merged cells in one line, naming its paragraph, row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-table-'));
    const file = join(dir, 'table.docx');
    const cell = (words: string, props = '') => `<w:tc>${props}<w:p><w:r><w:t>${words}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl><w:tr>${cell('a')}${cell('b')}</w:tr><w:tr>${cell('merged', '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>')}</w:tr></w:tbl>`;
    writeFileSync(file, docx(GOOD.replace('</w:body>', `${table}</w:body>`)));
    const { code, stderr } = await runCli('import', file, '--version', '9.9', '--out', join(dir, 'out'));
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}:3:1: the table at paragraph 3 has merged cells (w:gridSpan 2) at row 2, column 1: a table of the clause format has one cell per column in every row (split the merged cells in Word (Table Layout > Split Cells), leaving the words in one of them, and import again)\n`);
    expect(readdirSync(dir)).toEqual(['table.docx']);
  });
});

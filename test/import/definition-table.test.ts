/**
 * Section A's layout with meanings of several paragraphs: a cell of the clause format holds one
 * paragraph, so the table reads as definition items with their (a), (b) nested (a table of
 * one-paragraph meanings stays a table: test/fixtures/import/section/word-tables). Words invented.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importSection } from '../../src/import/import-section.js';
import { readDocx } from '../../src/import/read-docx.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const row = (term: string, ...cell: string[]) => `<w:tr><w:tc>${p(term)}</w:tc><w:tc>${cell.map(p).join('')}</w:tc></w:tr>`;

function docx(body: string): Uint8Array {
  const document = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(document) });
}

describe('a table of definitions whose meanings run to several paragraphs', () => {
  it('reads each row as a definition, with the paragraphs of its second cell', () => {
    const bytes = docx(
      p('Section Q: Invented Definitions') +
        p('Q1.1 In this Code:') +
        `<w:tbl>${row('Widget Register', 'means the register of Widgets.')}${row('Remote Gadget', 'means a gadget that is:', '(a) not a Widget; and', '(b) kept elsewhere.')}</w:tbl>`,
    );
    const result = importSection(readDocx(bytes, 'defs.docx', { visualMarks: false }), { file: 'defs.docx', code: 'SEC', version: '9.1' });
    expect(sectionFileToMarkdown(result.files[0]!).split('\n---\n')[1]).toBe(
      [
        '',
        '# Section Q: Invented Definitions',
        '',
        'Q1.1 In this Code:',
        '',
        '- **Widget Register** means the register of Widgets.',
        '- **Remote Gadget** means a gadget that is:',
        '  - (a) not a Widget; and',
        '  - (b) kept elsewhere.',
        '',
      ].join('\n'),
    );
  });
});

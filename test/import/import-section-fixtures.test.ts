/** Section fixtures: each input.docx imported gives expected.md (and source.md, where the test wrote the .docx from it, reads the same). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSection } from '../../src/import/import-section.js';
import { readDocx } from '../../src/import/read-docx.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';

const FIXTURES = 'test/fixtures/import/section';

describe('import fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    it(name, async () => {
      const result = importSection(readDocx(readFileSync(join(dir, 'input.docx')), 'input.docx', { visualMarks: false }), { file: 'input.docx', code: 'SEC', version: '9.1' });
      expect(result.unplaced).toEqual([]);
      const markdown = result.files.map(sectionFileToMarkdown).join('\n');
      await expect(markdown).toMatchFileSnapshot(join('..', '..', dir, 'expected.md'));
      if (existsSync(join(dir, 'source.md'))) {
        const source = parseSectionFile(readFileSync(join(dir, 'source.md'), 'utf8'), 'source.md');
        expect(markdown).toBe(sectionFileToMarkdown({ ...source, meta: { ...source.meta, source: 'imported by secdraft from input.docx' } }));
      }
    });
  }
});

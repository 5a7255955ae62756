/**
 * Section fixtures: each input imported gives expected.md (and source.md, where the test wrote the
 * .docx from it, reads the same). The input is `input.docx`, or Word's own parts as a reader can
 * open them (`document.xml`, and `styles.xml` / `numbering.xml` where the case needs them), zipped
 * here into a .docx. What import reports (words it could not place) is `expected.txt`; a refused
 * input's one line is `expected.txt` alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeUnplaced } from '../../src/cli/commands/import-redline.js';
import { importSection } from '../../src/import/import-section.js';
import { readDocx } from '../../src/import/read-docx.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { fixtureDocx } from './fixture-docx.js';

const FIXTURES = 'test/fixtures/import/section';
describe('import fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    it(name, async () => {
      let result: ReturnType<typeof importSection>;
      try {
        result = importSection(readDocx(fixtureDocx(dir), 'input.docx', { visualMarks: false }), { file: 'input.docx', code: 'SEC', version: '9.1' });
      } catch (error) {
        // A refusal: its one line is the whole of what the case expects.
        await expect(`${(error as Error).message}\n`).toMatchFileSnapshot(join('..', '..', dir, 'expected.txt'));
        expect(existsSync(join(dir, 'expected.md'))).toBe(false);
        return;
      }
      const report = result.unplaced.map((u) => describeUnplaced(u, 'paragraph'));
      if (existsSync(join(dir, 'expected.txt')) || report.length > 0) await expect(`${report.join('\n')}\n`).toMatchFileSnapshot(join('..', '..', dir, 'expected.txt'));
      const markdown = result.files.map(sectionFileToMarkdown).join('\n');
      await expect(markdown).toMatchFileSnapshot(join('..', '..', dir, 'expected.md'));
      // What import writes is a clause file the parser reads back to the same tree.
      for (const file of result.files) expect(sectionFileToMarkdown(parseSectionFile(sectionFileToMarkdown(file), 'x.md'))).toBe(sectionFileToMarkdown(file));
      if (existsSync(join(dir, 'source.md'))) {
        const source = parseSectionFile(readFileSync(join(dir, 'source.md'), 'utf8'), 'source.md');
        expect(markdown).toBe(sectionFileToMarkdown({ ...source, meta: { ...source.meta, source: 'imported by secdraft from input.docx' } }));
      }
    });
  }
});

/**
 * The canonical front-matter reader gives exactly the entries the yaml package gives, positions
 * included, or declines; and it reads every front matter `fmt` writes, so yaml stays unloaded.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlEntries } from '../../src/parse/front-matter.js';
import { readCanonicalFrontMatter } from '../../src/parse/read-canonical-front-matter.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { markdownFiles } from '../../src/store/markdown-files.js';
import { generateCorpus } from '../../bench/generate-corpus.js';
import { sectionFileArbitrary } from '../arbitraries/section-file.js';

/** Values that YAML reads as strings, numbers, booleans, null, lists or errors. */
const VALUE = fc.constantFrom(
  'SEC', '"6.17"', '6.17', '6.10', '1', 'true', 'True', 'false', 'null', 'Null', '~', '', '2019-11-04', '"2019-11-04"', '0x1F', '0o17', '1e5', '.inf', '.nan',
  'White', 'Fast-Track', 'MP087', 'Correction to SEC Section G – User Responsibilities', 'synthetic, not SEC text', '"invented: not SEC text"',
  'a: b', 'a #comment', '#comment', '[G3.22]', '[G3.22, G3.23]', '"quoted \\" escape"', "'single'", '&anchor', '*alias', '!tag x', '|', '>', '- item',
  'Owner’s (Register)', 'ends with space ', '"tab\there"', 'x  two  spaces', '@at', '%pct', '`tick', 'G3.17', 'yes', 'no', 'on', 'off',
);
const KEY = fc.constantFrom('code', 'version', 'section', 'title', 'extract', 'id', 'base', 'delete', 'x-y', 'v2', 'true', 'False', 'null', 'NULL', 'yes');
const LINES = fc.array(fc.oneof({ weight: 10, arbitrary: fc.tuple(KEY, VALUE).map(([k, v]) => `${k}: ${v}`) }, { weight: 1, arbitrary: fc.constantFrom('', '  indented: x', '# comment', 'code:SEC', '- G3.22') }), { maxLength: 7 });

/** yaml's entries, or its error message. */
function viaYaml(lines: readonly string[]): unknown {
  try {
    return yamlEntries(lines.join('\n'), 'f.md');
  } catch (error) {
    return (error as Error).message;
  }
}

describe('readCanonicalFrontMatter', () => {
  it('gives the entries yaml gives, or declines', () => {
    fc.assert(
      fc.property(LINES, (lines) => {
        const fast = readCanonicalFrontMatter(lines, 'f.md');
        if (fast) expect(fast).toEqual(viaYaml(lines));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the usual values itself', () => {
    const lines = ['code: SEC', 'version: "6.17"', 'title: Correction to SEC Section G – User Responsibilities', 'implemented: 2019-11-04', 'extract: true'];
    expect(readCanonicalFrontMatter(lines, 'f.md')).toEqual(viaYaml(lines));
    for (const declined of [['version: 6.17'], ['delete: [G3.22]'], ['code: SEC', 'code: SEC'], ['title: a: b'], ['base: null']]) {
      expect(readCanonicalFrontMatter(declined, 'f.md')).toBeUndefined();
    }
  });

  it('agrees with yaml on what the serializer writes, and reads the store and the synthetic corpus itself', () => {
    const frontLines = (markdown: string) => markdown.split('\n').slice(1, markdown.split('\n').indexOf('---', 1));
    fc.assert(
      fc.property(sectionFileArbitrary, (file) => {
        const lines = frontLines(sectionFileToMarkdown(file));
        const fast = readCanonicalFrontMatter(lines, 'f.md');
        if (fast) expect(fast).toEqual(viaYaml(lines));
      }),
      { numRuns: 300 },
    );
    const files = [...markdownFiles('clauses')];
    const corpus = mkdtempSync(join(tmpdir(), 'secdraft-fm-'));
    generateCorpus(corpus, { scale: 0.1 });
    files.push(...markdownFiles(corpus));
    for (const file of files) {
      const lines = frontLines(readFileSync(file, 'utf8'));
      expect(readCanonicalFrontMatter(lines, 'f.md'), file).toEqual(viaYaml(lines));
    }
  });
});

/** The canonical line reader must give exactly what remark gives, positions included. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEC_CLAUSE_NUMBER } from '../../src/model/clause-number.js';
import { sectionsFromMarkdown } from '../../src/parse/from-markdown.js';
import { readCanonicalChunk } from '../../src/parse/read-canonical-chunk.js';
import { readFrontMatter } from '../../src/parse/front-matter.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { sectionFileArbitrary } from '../arbitraries/section-file.js';

/** The same tree with its words reduced to letters and spaces, so that its chunks are canonical. */
function plainWords<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value) => ((key === 'text' || key === 'title') && typeof value === 'string' ? value.replace(/[^A-Za-z ]/g, 'x') : value)));
}

function bothWays(markdown: string, file: string) {
  const { bodyLines, bodyStartLine } = readFrontMatter(markdown, file);
  const options = { file, startLine: bodyStartLine, clauseNumber: SEC_CLAUSE_NUMBER };
  return {
    fast: sectionsFromMarkdown(bodyLines, options),
    remark: sectionsFromMarkdown(bodyLines, { ...options, fastPath: false }),
  };
}

describe('readCanonicalChunk', () => {
  it('reads every chunk of the store canonically', () => {
    const text = readFileSync('clauses/SEC/6.17/G.md', 'utf8');
    const body = text.slice(text.indexOf('\n# ') + 1);
    const chunks = body.split(/\n\n(?=G\d|#)/);
    expect(chunks).toHaveLength(7);
    for (const chunk of chunks) expect(readCanonicalChunk(chunk), chunk.slice(0, 40)).toBeDefined();
  });

  it('gives the same sections as remark, positions and all, on generated canonical files', () => {
    let fastChunks = 0;
    fc.assert(
      fc.property(fc.oneof(sectionFileArbitrary, sectionFileArbitrary.map(plainWords)), (tree) => {
        const markdown = sectionFileToMarkdown(tree);
        const { fast, remark } = bothWays(markdown, 'generated.md');
        expect(fast).toEqual(remark);
        // Count as the parser cuts: comment lines blanked, the body split at clauses and headings.
        const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5).replace(/^\s*<!--.*-->$/gm, '');
        fastChunks += body.split(/\n\n(?=[A-Z]\d|#)/).filter((c) => readCanonicalChunk(c.trim()) !== undefined).length;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    // The property means something only if the fast reader took a good share of the chunks.
    expect(fastChunks).toBeGreaterThan(300);
  });

  it('hands anything else to remark with the same result', () => {
    for (const name of ['wrapped-lines-fold', 'nested-paragraphs-and-closing', 'definitions-section-a', 'comments-kept']) {
      const file = `test/fixtures/parse/${name}/input.md`;
      const { fast, remark } = bothWays(readFileSync(file, 'utf8'), file);
      expect(fast).toEqual(remark);
    }
  });

  it('refuses what it cannot read exactly', () => {
    for (const chunk of [
      'G1.1 Words\nwrapped onto a second line',
      'G1.1 Words\n- (a) a list that interrupts the paragraph',
      'G1.1 Words\n\n- a list item without a label',
      'G1.1 Words\n\n   - (a) three spaces',
      'G1.1 Words with *emphasis*',
      'G1.1 Words with &amp; an entity',
      'G1.1 Words\n\n1. a numbered list',
      'G1.1 Words\n\n> a quotation',
      'G1.1 Words\n\n  - (i) nested under nothing',
    ]) {
      expect(readCanonicalChunk(chunk), chunk).toBeUndefined();
    }
  });
});

/** The canonical line reader must give exactly what remark gives, positions included. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEC_CLAUSE_NUMBER } from '../../src/model/clause-number.js';
import { sectionsFromMarkdown } from '../../src/parse/from-markdown.js';
import { readCanonicalChunk } from '../../src/parse/read-canonical-chunk.js';
import { readCanonicalClause } from '../../src/parse/read-canonical-clause.js';
import { readFrontMatter } from '../../src/parse/front-matter.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { sectionFileArbitrary } from '../arbitraries/section-file.js';

/** The same tree with its words reduced to letters and spaces, so that its chunks are canonical. */
function plainWords<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value) => ((key === 'text' || key === 'title') && typeof value === 'string' ? value.replace(/[^A-Za-z ]/g, 'x') : value)));
}

const CLAUSE_START = new RegExp(`^(${SEC_CLAUSE_NUMBER})(?=\\s|$)`);

/** readCanonicalClause on one clause chunk on its own (no comments above it). */
function readClause(chunk: string) {
  const lines = chunk.split('\n');
  return readCanonicalClause({ file: 'chunk.md', lines, from: 0, to: lines.length, line: 1, clauseStart: CLAUSE_START, takeComments: () => undefined });
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
    // Its clauses straight into the clause tree, the parser's own fast path.
    const clauses = chunks.filter((c) => CLAUSE_START.test(c));
    expect(clauses.length).toBeGreaterThan(0);
    for (const chunk of clauses) expect(readClause(chunk)?.number, chunk.slice(0, 40)).toBe(CLAUSE_START.exec(chunk)?.[1]);
  });

  it('gives the same sections as remark, positions and all, on generated canonical files', () => {
    let fastChunks = 0;
    let fastClauses = 0;
    let tables = 0;
    let fastTables = 0;
    fc.assert(
      fc.property(fc.oneof(sectionFileArbitrary, sectionFileArbitrary.map(plainWords)), (tree) => {
        const markdown = sectionFileToMarkdown(tree);
        const { fast, remark } = bothWays(markdown, 'generated.md');
        expect(fast).toEqual(remark);
        tables += (JSON.stringify(remark).match(/"type":"table"/g) ?? []).length;
        // Count as the parser cuts: comment lines blanked, the body split at clauses and headings.
        const body = markdown.slice(markdown.indexOf('\n---\n', 3) + 5).replace(/^\s*<!--.*-->$/gm, '');
        const chunks = body.split(/\n\n(?=[A-Z]\d|#)/).map((c) => c.trim());
        fastChunks += chunks.filter((c) => readCanonicalChunk(c) !== undefined).length;
        fastClauses += chunks.filter((c) => CLAUSE_START.test(c) && readClause(c) !== undefined).length;
        fastTables += chunks.filter((c) => CLAUSE_START.test(c) && /^ *\| [-:]/m.test(c) && readClause(c) !== undefined).length;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    // The property means something only if the fast reader took a good share of the chunks.
    expect(fastChunks).toBeGreaterThan(300);
    expect(fastClauses).toBeGreaterThan(300);
    expect(tables).toBeGreaterThan(100);
    // ... and clauses holding tables took the canonical table reader.
    expect(fastTables).toBeGreaterThan(30);
  });

  it('hands anything else to remark with the same result', () => {
    for (const name of ['wrapped-lines-fold', 'nested-paragraphs-and-closing', 'definitions-section-a', 'comments-kept']) {
      const file = `test/fixtures/parse/${name}/input.md`;
      const { fast, remark } = bothWays(readFileSync(file, 'utf8'), file);
      expect(fast).toEqual(remark);
    }
  });

  it('reads odd but plain chunks, and refuses bad ones, as the remark path does (invented clauses)', () => {
    const front = '---\ncode: SEC\nversion: "1.0"\nsection: H\ntitle: Invented\nsource: "invented for a test: not SEC text"\n---\n\n# Section H: Invented\n\n';
    const bodies = [
      'H1.1 Words  with two spaces.\n\n- **Term**  means  two spaces.\n\n  - (a) under  the term\n\n- (b)  label then two spaces',
      'H1.1 Lead-in:\n\n- (a) first;\n\n  words under (a)\n\n  - (i) deeper\n\n    words under (i)\n\n- (b) second.\n\nclosing words',
      'H1.1 Words\n\n    indented as code',
      'H1.1 Words\n\n- (a) first\n\n      words indented past any item',
      'H1.1 Words\n\n- (a) first\n\n    words one level past the item',
      'H1.1 Words\n\n- (ab1) a label the format refuses',
      'H1.1 Words\n\n- (a) first\n\n  - (i) second level\n\n      - (A) skips a level',
      '- (a) an item before any clause words',
      // Found by review: remark reads these otherwise than trim() and the line readers did.
      'H1.1 Words\n\n---',
      'H1.1 Words\n\n-- -',
      'H1.1 Words\n\n- (a) x\n\n  ---',
      'H1.1 Words\n\n- (a) x\n\n\u00a0\u00a0under',
      'H1.1 Words\n\n- (a) x\n\n\v\vunder',
      'H1.1 Words\n\n- (a) x\n\n\ufeff\ufeffunder',
      'H1.1 Words\n\u00a0\nmore words',
      'H1.1 Words\n\n\f\n- (a) x',
      'H1.1 Words\r\r- (a) x',
      'H1.1 Wo\u0000rds',
      // Tables always go the remark path; bad ones are refused alike.
      'H1.1 Words\n\n| a | b |\n| - | - |\n| c | d |',
      'H1.1 Words\n| a | b |\n| - | - |',
      'H1.1 Words\n\n| a | b |\n| - | - |\n| c |',
      'H1.1 Words\n\n| a | b | c |\n| - | - |',
      '## Heading\n\n| a |\n| - |\n\nH1.1 Words',
      '| a |\n| - |\n\nH1.1 Words',
      'H1.1 Words\n\n| a | b |\n| --- | :-: |\n|  | d \\| e |\n|   |   |',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\n| **T** | d |\n| **U** |  |',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\n| c | **T** |',
      'H1.1 Words\n\n| **a** | b |\n| --- | --- |\n| c | d |',
      'H1.1 Words\n\n| a | b | c |\n| --- | --- | --- |\n| **T** | d | e |',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\n| c \\\\| d |',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\n| c | d | ',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\nafter the table',
      'H1.1 Words\n\n| a | b |\n| --- | --- |\n| --- | --- |',
      'H1.1 Words\n\n| --- | b |\n| --- | --- |',
      'H1.1 Words\n\n- (a) x\n\n  | a |\n  | - |\n  | c |\n\n  closing\n\n- (b) y',
      'H1.1 Words\n\n- (a) x\n\n    | a |\n    | - |',
      'H1.1 Words\n\n- (a) x\n  | a |\n  | - |',
      'H1.1 Words\n\n- (a) x\n\n  - (i) y\n\n| a |\n| - |',
      'H1.1 Words\n\n| a  b | c |\n| --- | --- |',
      'H1.1 Words\n\n| a | *b* |\n| --- | --- |',
      'H1.1 Words\n\n| a | ~~b~~ |\n| --- | --- |',
      'H1.1 Words\n\n|a|b|\n|-|-|\n|c|d|',
    ];
    for (const body of bodies) {
      const read = (fastPath: boolean) => {
        try {
          return sectionsFromMarkdown(readFrontMatter(front + body, 'odd.md').bodyLines, { file: 'odd.md', startLine: 10, clauseNumber: SEC_CLAUSE_NUMBER, fastPath });
        } catch (error) {
          return (error as Error).message;
        }
      };
      expect(read(true), body).toEqual(read(false));
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

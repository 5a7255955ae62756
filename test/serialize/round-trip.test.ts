/** parse(serialize(tree)) equals tree, over generated trees (test/arbitraries/section-file.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';
import { sectionFileArbitrary as sectionFile } from '../arbitraries/section-file.js';

function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v)));
}

describe('canonical serializer', () => {
  it('parse(serialize(tree)) equals tree', () => {
    let tables = 0;
    fc.assert(
      fc.property(sectionFile, (tree) => {
        const markdown = sectionFileToMarkdown(tree);
        tables += (JSON.stringify(tree).match(/"type":"table"/g) ?? []).length;
        const parsed = parseSectionFile(markdown, 'generated.md');
        expect(withoutPositions(parsed)).toEqual(withoutPositions(tree));
        // And the canonical text is a fixed point.
        expect(sectionFileToMarkdown(parsed)).toBe(markdown);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
    // Tables (in clauses, paragraphs and under cross-headings) are a good share of what was tried.
    expect(tables).toBeGreaterThan(Number(process.env.FC_RUNS ?? 300) / 2);
  });

  it('pads columns to line up, and writes a table too wide for that compact (invented words)', () => {
    const cell = (text: string) => ({ type: 'tableCell' as const, text });
    const table = (texts: string[][]) => ({ type: 'table' as const, align: ['left', 'right'] as const, header: { type: 'tableRow' as const, cells: texts[0]!.map(cell) }, rows: texts.slice(1).map((r) => ({ type: 'tableRow' as const, cells: r.map(cell) })) });
    const file = (t: ReturnType<typeof table>) => sectionFileToMarkdown({ type: 'sectionFile', file: 'x.md', meta: { code: 'SEC', version: '1.0', extract: false }, section: { type: 'section', id: 'H', title: 'Invented', headings: [{ type: 'crossHeading', title: null, clauses: [{ type: 'clause', number: 'H1.1', text: 'Words:', children: [t] }] }] } });
    expect(file(table([['Service', 'Days'], ['Install | fit', '5']]))).toContain('| Service        | Days |\n| :------------- | ---: |\n| Install \\| fit |    5 |\n');
    const long = 'word '.repeat(30).trim();
    expect(file(table([['Term', 'Meaning'], ['Hub', long]]))).toContain(`| Term | Meaning |\n| :-- | --: |\n| Hub | ${long} |\n`);
  });
});

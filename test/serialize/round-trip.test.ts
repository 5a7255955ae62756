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
    fc.assert(
      fc.property(sectionFile, (tree) => {
        const markdown = sectionFileToMarkdown(tree);
        const parsed = parseSectionFile(markdown, 'generated.md');
        expect(withoutPositions(parsed)).toEqual(withoutPositions(tree));
        // And the canonical text is a fixed point.
        expect(sectionFileToMarkdown(parsed)).toBe(markdown);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

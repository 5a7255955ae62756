import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/parse/decode-utf8.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';

const root = 'test/fixtures/parse';
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.md')));

describe('parse fixtures: input.md -> expected.json (the tree) and canonical.md (what fmt writes)', () => {
  for (const name of cases) {
    it(name, async () => {
      const file = join(root, name, 'input.md');
      const tree = parseSectionFile(decodeUtf8(readFileSync(file), file), file);
      await expect(`${JSON.stringify(tree, null, 2)}\n`).toMatchFileSnapshot(join('..', 'fixtures', 'parse', name, 'expected.json'));
      const canonical = sectionFileToMarkdown(tree);
      await expect(canonical).toMatchFileSnapshot(join('..', 'fixtures', 'parse', name, 'canonical.md'));
      // The canonical form is a fixed point and says the same thing.
      const again = parseSectionFile(canonical, file);
      expect(sectionFileToMarkdown(again)).toBe(canonical);
    });
  }
});

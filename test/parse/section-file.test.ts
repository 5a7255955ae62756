import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';

describe('parseSectionFile on the store', () => {
  const file = 'clauses/SEC/6.17/G.md';
  const text = readFileSync(file, 'utf8');
  const parsed = parseSectionFile(text, file);

  it('reads the extract of Section G with its cross-heading and five clauses', () => {
    expect(parsed.meta).toMatchObject({ code: 'SEC', version: '6.17', extract: true });
    expect(parsed.section.headings.map((h) => h.title)).toEqual(['Manufacturers: Duty to Notify and Be Notified']);
    expect(parsed.section.headings[0]!.clauses.map((c) => c.number)).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.21']);
  });

  it('is canonical: serialising gives the file back byte for byte', () => {
    expect(sectionFileToMarkdown(parsed)).toBe(text);
  });
});

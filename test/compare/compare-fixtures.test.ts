import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../src/compare/compare-blocks.js';
import { compareClauses, compareTrees } from '../../src/compare/compare-trees.js';
import type { Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { changeTreeToMarkdown } from '../../src/render/markdown/to-markdown.js';
import { openStore } from '../../src/store/store.js';

const root = 'test/fixtures/compare';

function version(file: string, id: string): Version {
  return { type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [parseSectionFile(readFileSync(file, 'utf8'), file)] };
}

describe('compare fixtures: base.md + amended.md -> expected.md', () => {
  for (const name of readdirSync(root).filter((n) => existsSync(join(root, n, 'base.md')))) {
    it(name, async () => {
      const tree = compareTrees(version(join(root, name, 'base.md'), '1.0'), version(join(root, name, 'amended.md'), '1.1'));
      await expect(changeTreeToMarkdown(tree)).toMatchFileSnapshot(join('..', 'fixtures', 'compare', name, 'expected.md'));
    });
  }

  it('mp087: the only marked text is the SMETS2+ words, inserted in G3.20(b)', async () => {
    const store = openStore('clauses');
    const tree = compareTrees(store.resolve({ at: '6.17' }), store.resolve({ mod: 'MP087' }));
    const marked = tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.flatMap((c) => c.children.flatMap((b) => b.text.filter((x) => x.type !== 'equal').map((x) => [b.base?.type === 'paragraph' ? b.base.address : '', x.type, x.text.trim()])))));
    expect(marked).toEqual([['G3.20(b)', 'insert', 'which forms part of a SMETS2+ Device']]);
    await expect(changeTreeToMarkdown(tree)).toMatchFileSnapshot(join('..', 'fixtures', 'compare', 'mp087', 'expected.md'));
  });
});

describe('what the redline says in each case', () => {
  const tree = (name: string) => compareTrees(version(join(root, name, 'base.md'), '1.0'), version(join(root, name, 'amended.md'), '1.1'));
  const clause = (name: string) => tree(name).sections[0]!.headings[0]!.clauses;

  it('a deleted (b) and a re-lettered (c) are one deletion and a changed label', () => {
    const blocks = clause('paragraph-deleted-and-relettered')[0]!.children;
    expect(blocks.map((b) => b.kind)).toEqual(['unchanged', 'deleted', 'amended', 'amended']);
    expect(blocks[2]!.label).toEqual([{ type: 'delete', text: 'c' }, { type: 'insert', text: 'b' }]);
    expect(blocks[2]!.text.every((s) => s.type === 'equal')).toBe(true);
  });

  it('SMETS2+ -> SMETS2 is one changed term, not a deleted +', () => {
    const spans = clause('term-token-smets2-plus')[0]!.text;
    expect(spans.filter((s) => s.type !== 'equal')).toEqual([{ type: 'delete', text: 'SMETS2+' }, { type: 'insert', text: 'SMETS2' }]);
  });

  it('a reference is one token', () => {
    const spans = clause('reference-token')[0]!.text;
    expect(spans.filter((s) => s.type !== 'equal')).toEqual([{ type: 'delete', text: 'G3.18(a)' }, { type: 'insert', text: 'G3.18(b)' }]);
  });

  it('marks a comma added or removed beside a word without the space after it', () => {
    const spans = clause('punctuation-only-change')[0]!.text;
    expect(spans.filter((s) => s.type !== 'equal')).toEqual([{ type: 'insert', text: ',' }, { type: 'insert', text: ',' }, { type: 'delete', text: ',' }]);
  });

  it('a word replaced by a copy of the word after it is one word marked, not two', () => {
    const spans = clause('word-replaced-by-its-neighbour')[0]!.text;
    expect(spans.filter((s) => s.type !== 'equal')).toEqual([{ type: 'delete', text: 'written' }, { type: 'insert', text: 'notice' }]);
  });

  it('keeps clauses in number order when the amended file lists them out of order', () => {
    // Invented clauses, not SEC text.
    const file = (version: string, numbers: string[]) =>
      parseSectionFile(`---\ncode: SEC\nversion: "${version}"\nsection: H\ntitle: Invented\nsource: "invented for a test: not SEC text"\n---\n\n# Section H: Invented\n\n## Requests\n\n${numbers.map((n) => `${n} The User shall notify the Panel.`).join('\n\n')}\n`, `${version}.md`);
    const side = (version: string, numbers: string[]): Version => ({ type: 'version', code: 'SEC', id: version, extract: false, modifications: [], files: [file(version, numbers)] });
    const tree = compareTrees(side('1.0', ['H1.1', 'H1.2', 'H1.3']), side('1.1', ['H1.1', 'H1.3', 'H1.2']));
    expect(tree.sections[0]!.headings[0]!.clauses.map((c) => c.number)).toEqual(['H1.1', 'H1.2', 'H1.3']);
  });

  it('white space alone is no change', () => {
    expect(clause('whitespace-only-change')[0]!.kind).toBe('unchanged');
  });

  it('leaves no one-word islands between changes', () => {
    const spans = clause('one-word-island')[0]!.text;
    const islands = spans.filter((s, i) => s.type === 'equal' && i > 0 && i < spans.length - 1 && s.text.trim().split(/\s+/).length === 1);
    expect(islands).toEqual([]);
  });

  it('shows a mostly rewritten paragraph as one deletion and one insertion', () => {
    const marks = clause('mostly-rewritten-paragraph')[0]!.text.filter((s) => s.type !== 'equal');
    expect(marks.map((s) => s.type)).toEqual(['delete', 'insert']);
    expect(marks[0]!.text).toBe('A User may ask the DCC for a copy of its records at any time');
  });

  it('marks inserted and deleted clauses whole', () => {
    expect(clause('clause-inserted').map((c) => [c.number, c.kind])).toEqual([['H1.1', 'unchanged'], ['H1.1A', 'inserted'], ['H1.2', 'unchanged']]);
    expect(clause('clause-deleted').map((c) => [c.number, c.kind])).toEqual([['H1.1', 'unchanged'], ['H1.2', 'deleted'], ['H1.3', 'unchanged']]);
  });

  it('compares cross-headings', () => {
    const heading = tree('heading-renamed').sections[0]!.headings[0]!;
    expect(heading.kind).toBe('amended');
    expect(heading.title).toEqual([{ type: 'equal', text: 'Requests' }, { type: 'insert', text: ' and Notices' }]);
  });
});

describe('compareClauses', () => {
  it("gives an untouched clause the same blocks' changes as compareBlocks, though built only when read", () => {
    const store = openStore('clauses');
    const [base, amended] = [store.resolve({ at: '6.17' }), store.resolve({ mod: 'MP087' })];
    const clauses = (v: Version) => v.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses));
    const amendedClauses = new Map(clauses(amended).map((c) => [c.number, c]));
    let lazy = 0;
    for (const clause of clauses(base)) {
      const other = amendedClauses.get(clause.number);
      if (!other) continue;
      const change = compareClauses(clause, other);
      // Untouched clauses take the lazy path (a getter); whatever the path, the changes are compareBlocks'.
      const getter = Object.getOwnPropertyDescriptor(change, 'children')?.get !== undefined;
      expect(getter, clause.number).toBe(change.kind === 'unchanged');
      if (getter) lazy++;
      expect(change.children).toEqual(compareBlocks(clause.children, other.children));
      expect(change.children).toBe(change.children);
    }
    expect(lazy).toBeGreaterThan(0);
  });
});

/**
 * The Markdown redline read by pandoc, an independent CommonMark/GFM reader: every mark, whatever
 * characters the clause text holds (~, <, *, \, &, backticks...), comes back as an <ins> or <del>
 * holding exactly the marked words, so accepting and rejecting in pandoc's DOM gives each side.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/model/change-tree.js';
import { acceptSpans, rejectSpans } from '../../../src/model/spans.js';
import type { Version } from '../../../src/model/clause-tree.js';
import { compareTrees } from '../../../src/compare/compare-trees.js';
import { parseSectionFile } from '../../../src/parse/section-file.js';
import { buildAnnex } from '../../../src/compare/build-annex.js';
import { annexToMarkdown, changeTreeToMarkdown, escapeMarkdown, spansToMarkdown } from '../../../src/render/markdown/to-markdown.js';
import { openStore } from '../../../src/store/store.js';
import { has } from '../../consumers/tools.js';

/** Words chosen to collide with Markdown syntax; none of it is SEC text. */
const WORDS = ['User', 'SMETS2+', 'G3.18(a)', '~', '~~', '<ins>', '</del>', '<', '>', '&', '&amp;', '*', '**', '_', '`', '\\', '[x](y)', '![a]', '#', '1.', '2)', '-', '+', '|', '(b)', "'s", '–', 'https://example.org'];

/** Random redline spans over awkward words; each space belongs to exactly one span. */
const spansArbitrary = fc
  .array(fc.record({ word: fc.constantFrom(...WORDS), type: fc.constantFrom<Span['type']>('equal', 'insert', 'delete'), spaceAfter: fc.boolean(), by: fc.constantFrom(undefined, 'MP903', 'MP"&<') }), { minLength: 1, maxLength: 10 })
  .map((items) => {
    const spans: Span[] = [{ type: 'equal', text: 'Start ' }];
    items.forEach((item, i) => {
      const last = i === items.length - 1;
      // The space between two words rides on the word before or the word after.
      const lead = i > 0 && !items[i - 1]!.spaceAfter ? ' ' : '';
      const trail = !last && item.spaceAfter ? ' ' : '';
      spans.push({ type: item.type, text: `${lead}${item.word}${trail}`, ...(item.type !== 'equal' && item.by !== undefined ? { by: item.by } : {}) });
    });
    spans.push({ type: 'equal', text: ' end' });
    return spans;
  });

/** pandoc's HTML of a Markdown document -> each paragraph's text with one side's marks dropped. */
function pandocParagraphs(markdown: string, side: 'accept' | 'reject'): string[] {
  const html = execFileSync('pandoc', ['-f', 'gfm', '-t', 'html', '--wrap=none'], { input: markdown, encoding: 'utf8' });
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const text = (node: XmlNode): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const name = (node as XmlElement).nodeName.toLowerCase();
    if ((name === 'ins' && side === 'reject') || (name === 'del' && side === 'accept')) return '';
    return Array.from(node.childNodes).map(text).join('');
  };
  return Array.from(doc.getElementsByTagName('p')).map((p) => text(p));
}

/** pandoc folds runs of white space, as HTML does: compare words, not spacing. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('escapeMarkdown', () => {
  it('backslashes every character that could open syntax', () => {
    expect(escapeMarkdown('a ~ b <c> * _ ` \\ [d] # & | !')).toBe('a \\~ b \\<c\\> \\* \\_ \\` \\\\ \\[d\\] \\# \\& \\| \\!');
  });

  it('writes a deletion holding ~ or edged with a space as <del>, since ~~ could not close', () => {
    expect(spansToMarkdown([{ type: 'equal', text: 'a ' }, { type: 'delete', text: 'b~c' }])).toBe('a <del>b\\~c</del>');
    expect(spansToMarkdown([{ type: 'equal', text: 'a' }, { type: 'delete', text: ' b' }])).toBe('a<del> b</del>');
    expect(spansToMarkdown([{ type: 'equal', text: 'a ' }, { type: 'delete', text: 'b' }])).toBe('a ~~b~~');
  });

  it('names the modification a credited mark comes from, as the HTML does', () => {
    expect(spansToMarkdown([{ type: 'equal', text: 'a ' }, { type: 'delete', text: 'b', by: 'MP903' }, { type: 'insert', text: 'c', by: 'MP"9<04' }])).toBe('a <del title="MP903">b</del><ins title="MP&#34;9&#60;04">c</ins>');
  });
});

describe.skipIf(!has('pandoc'))('pandoc reads the Markdown marks back exactly', () => {
  it('accepting gives the amended words and rejecting the base words, for awkward text', () => {
    // One pandoc call for many cases: each case is one paragraph.
    const cases = fc.sample(spansArbitrary, { numRuns: 300, seed: 42 });
    const markdown = cases.map((spans) => spansToMarkdown(spans)).join('\n\n');
    const accepted = pandocParagraphs(markdown, 'accept');
    const rejected = pandocParagraphs(markdown, 'reject');
    expect(accepted.map(fold)).toEqual(cases.map((spans) => fold(acceptSpans(spans))));
    expect(rejected.map(fold)).toEqual(cases.map((spans) => fold(rejectSpans(spans))));
  }, 60_000);

  it("MP087's annex has one mark in pandoc's reading: the inserted SMETS2+ words", () => {
    const store = openStore('clauses');
    const md = annexToMarkdown(buildAnnex(store.resolve({ at: '6.17' }), store.loadModification('MP087'), store.resolve({ mod: 'MP087' })));
    const html = execFileSync('pandoc', ['-f', 'gfm', '-t', 'html', '--wrap=none'], { input: md, encoding: 'utf8' });
    expect([...html.matchAll(/<(ins|del)>(.*?)<\/\1>/g)].map((m) => [m[1], m[2]])).toEqual([['ins', ' which forms part of a SMETS2+ Device']]);
  });
});

describe.skipIf(!has('pandoc'))('pandoc keeps every level of a six-deep list', () => {
  it('nests (a) (i) (A) (I) (aa) (1) one list deeper each, closing words inside the item they close', () => {
    const fixture = 'test/fixtures/compare/six-levels';
    const version = (file: string, id: string): Version => ({ type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [parseSectionFile(readFileSync(`${fixture}/${file}`, 'utf8'), file)] });
    const md = changeTreeToMarkdown(compareTrees(version('base.md', '1.0'), version('amended.md', '1.1')));
    const html = execFileSync('pandoc', ['-f', 'gfm', '-t', 'html', '--wrap=none'], { input: md, encoding: 'utf8' });
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const depth = (node: XmlNode): number => (node.parentNode ? depth(node.parentNode) + ((node as XmlElement).nodeName?.toLowerCase() === 'ul' ? 1 : 0) : 0);
    // Each item's label as it reads with all changes accepted, and how many lists deep it sits.
    const accepted = (node: XmlNode): string => (node.nodeType === 3 ? (node.nodeValue ?? '') : (node as XmlElement).nodeName.toLowerCase() === 'del' ? '' : Array.from(node.childNodes).map(accepted).join(''));
    const items = Array.from(doc.getElementsByTagName('li')).map((li) => {
      const first = li.getElementsByTagName('p')[0] ?? li;
      return [/^\((\w+)\)/.exec(accepted(first))?.[1] ?? accepted(first), depth(li)];
    });
    expect(items).toEqual([['a', 1], ['i', 2], ['A', 3], ['I', 4], ['aa', 5], ['1', 6], ['2', 6], ['3', 6], ['bb', 5], ['II', 4], ['B', 3], ['b', 1]]);
    // The closing words of (aa) are a paragraph of the (aa) item, after its list of (1), (2), (3).
    const aa = Array.from(doc.getElementsByTagName('li')).find((li) => (li.textContent ?? '').startsWith('(aa)'))!;
    expect(Array.from(aa.childNodes).filter((n) => (n as XmlElement).nodeName === 'p').map((p) => p.textContent)).toContain('as recorded in the report; and');
  });
});

describe('determinism', () => {
  it('two Markdown annexes built from two openings of the store are byte-identical', () => {
    const render = () => {
      const store = openStore('clauses');
      return annexToMarkdown(buildAnnex(store.resolve({ at: '6.17' }), store.loadModification('MP087'), store.resolve({ mod: 'MP087' })));
    };
    expect(render()).toBe(render());
  });
});

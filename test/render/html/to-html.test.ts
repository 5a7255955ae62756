/**
 * The HTML redline as a DOM: clause text escaped (markup in the words stays words), the annex's
 * header, summary and print stylesheet, and byte-identical output.
 */
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildAnnex } from '../../../src/compare/build-annex.js';
import { compareTrees } from '../../../src/compare/compare-trees.js';
import type { Version } from '../../../src/model/clause-tree.js';
import { parseSectionFile } from '../../../src/parse/section-file.js';
import { annexToHtml, changeTreeToHtml } from '../../../src/render/html/to-html.js';
import { openStore } from '../../../src/store/store.js';

/** A one-clause Section of invented words, as a version. */
function version(id: string, clause: string): Version {
  const source = `---\ncode: SEC\nversion: "${id}"\nsection: H\ntitle: Invented & <Services>\nsource: "invented for a test"\n---\n\n# Section H: Invented & \\<Services\\>\n\n## Requests\n\n${clause}\n`;
  return { type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [parseSectionFile(source, `${id}.md`)] };
}

/** The text of every clause paragraph, with one side's marks dropped. */
function clauseTexts(html: string, side: 'accept' | 'reject'): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const text = (node: XmlNode): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const name = (node as XmlElement).nodeName.toLowerCase();
    if ((name === 'ins' && side === 'reject') || (name === 'del' && side === 'accept')) return '';
    return Array.from(node.childNodes).map(text).join('');
  };
  return Array.from(doc.getElementsByTagName('p'))
    .filter((p) => /^clause\b/.test(p.getAttribute('class') ?? ''))
    .map(text);
}

const annex = () => {
  const store = openStore('clauses');
  return annexToHtml(buildAnnex(store.resolve({ at: '6.17' }), store.loadModification('MP087'), store.resolve({ mod: 'MP087' })));
};

describe('changeTreeToHtml', () => {
  it('summarises a change to a table under a cross-heading, which belongs to no clause, by its heading', () => {
    // Invented words: a table under the heading "Requests" whose one cell changes.
    const table = (days: string) => version(days, `| Request | Days |\n| --- | --- |\n| Invented | ${days} |\n\nH1.1 Requests are answered in the days above.`);
    const html = changeTreeToHtml(compareTrees(table('5'), table('7')), { changedOnly: true });
    const summary = html.slice(html.indexOf('<section class="summary">'), html.indexOf('</section>'));
    expect(summary).toContain('<li>Tables under cross-headings: Requests (amended)</li>');
    expect(summary).not.toContain('No changes.');
  });

  // \\< in the Markdown source is a literal "<" in the clause text.
  const base = version('1.0', 'H1.1 The User shall send \\<script\\>alert("x")\\</script\\> & \'quotes\' to the DCC.');
  const amended = version('1.1', 'H1.1 The User shall send \\<b\\>bold\\</b\\> & "quotes" to the DCC.');

  it('escapes clause text: markup in the words is text in the DOM, and each side reads back exactly', () => {
    const html = changeTreeToHtml(compareTrees(base, amended));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(clauseTexts(html, 'accept')).toEqual(['H1.1The User shall send <b>bold</b> & "quotes" to the DCC.']);
    expect(clauseTexts(html, 'reject')).toEqual(['H1.1The User shall send <script>alert("x")</script> & \'quotes\' to the DCC.']);
  });

  it('escapes Section titles and version names too', () => {
    const html = changeTreeToHtml(compareTrees(base, amended));
    expect(html).toContain('Invented &amp; &lt;Services&gt;');
    expect(html).not.toContain('<Services>');
  });

  it('says there are no changes when there are none', () => {
    expect(changeTreeToHtml(compareTrees(base, base))).toContain('<li>No changes.</li>');
  });
});

describe('annexToHtml (MP087, from the store)', () => {
  it('is one self-contained page: classification header, summary, print CSS, no external resources', () => {
    const html = annex();
    expect(html).toContain('This document is classified as <strong>White</strong>');
    expect(html).toMatch(/@page \{[^}]*size: A4/);
    expect(html).toMatch(/ins \{ text-decoration: underline/);
    expect(html).toMatch(/del \{ text-decoration: line-through/);
    expect(html).not.toMatch(/<(link|script|img)\b|src=|href=/);
    expect(html).toContain('<li>Amended: G3.20</li>');
  });

  it('puts the instruction before the cross-heading and the clauses G3.17 to G3.21 after it', () => {
    const html = annex();
    const at = (text: string) => html.indexOf(text);
    expect(at('Amend Section G3.20 as follows:')).toBeGreaterThan(at("Section G 'Security'"));
    expect(at('Manufacturers: Duty to Notify and Be Notified')).toBeGreaterThan(at('Amend Section G3.20 as follows:'));
    const numbers = [...html.matchAll(/<p class="clause[^"]*" id="([^"]+)">/g)].map((m) => m[1]);
    expect(numbers).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.20', 'G3.21']);
  });

  it('is byte-identical on two renders from two openings of the store', () => {
    expect(annex()).toBe(annex());
  });
});

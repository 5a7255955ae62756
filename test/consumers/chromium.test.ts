/** Chromium, a real browser, loads the HTML annex: the marks compute to underline and line-through, and the DOM reads back both ways. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { compareTrees } from '../../src/compare/compare-trees.js';
import type { Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { annexToHtml, changeTreeToHtml } from '../../src/render/html/to-html.js';
import { openStore } from '../../src/store/store.js';
import { has } from './tools.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!has('chromium'))('Chromium renders the HTML redline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  }, 60_000);
  afterAll(async () => browser?.close());

  it('underlines the inserted SMETS2+ words in the MP087 annex', async () => {
    const store = openStore('clauses');
    const html = annexToHtml(buildAnnex(store.resolve({ at: '6.17' }), store.loadModification('MP087'), store.resolve({ mod: 'MP087' })));
    const page = await browser.newPage();
    await page.setContent(html);
    const marks = await page.$$eval('ins', (nodes) => nodes.map((n) => ({ text: n.textContent, line: getComputedStyle(n).textDecorationLine })));
    expect(marks).toEqual([{ text: ' which forms part of a SMETS2+ Device', line: 'underline' }]);
    await page.close();
  });

  it('hangs each of six levels (a) (i) (A) (I) (aa) (1) where the words of the level above begin', async () => {
    const fixture = 'test/fixtures/compare/six-levels';
    const version = (file: string, id: string): Version => ({ type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [parseSectionFile(readFileSync(`${fixture}/${file}`, 'utf8'), file)] });
    const page = await browser.newPage();
    await page.setContent(changeTreeToHtml(compareTrees(version('base.md', '1.0'), version('amended.md', '1.1'))));
    // Where each paragraph's label and words start, in CSS pixels.
    const boxes = await page.$$eval('p.clause, p.paragraph, p.text', (nodes) =>
      nodes.map((p) => {
        const lead = p.querySelector('span.lead');
        const level = Number(/level-(\d+)/.exec(p.className)?.[1] ?? 0);
        const kind = p.classList.contains('clause') ? 'clause' : p.classList.contains('text') ? 'text' : 'paragraph';
        return { kind, level, lead: lead ? lead.getBoundingClientRect().left : null, words: lead ? lead.getBoundingClientRect().right : p.getBoundingClientRect().left };
      }),
    );
    const words = new Map<number, number>();
    for (const box of boxes) if (box.kind !== 'text') words.set(box.kind === 'clause' ? 0 : box.level, box.words);
    expect([...words.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (let level = 1; level <= 6; level++) expect(words.get(level)!).toBeGreaterThan(words.get(level - 1)! + 10);
    for (const box of boxes) {
      if (box.kind === 'paragraph') expect(Math.abs(box.lead! - words.get(box.level - 1)!)).toBeLessThan(0.5);
      if (box.kind === 'text') expect(Math.abs(box.words - words.get(box.level)!)).toBeLessThan(0.5);
    }
    await page.close();
  });

  it('strikes deletions through, and accepting or rejecting in the DOM gives each side', async () => {
    const store = openStore('clauses');
    const base = store.resolve({ at: '6.17' });
    const amended = store.resolve({ mod: 'MP087' });
    const page = await browser.newPage();
    // Reversed: MP087's words become a deletion.
    await page.setContent(changeTreeToHtml(compareTrees(amended, base)));
    expect(await page.$$eval('del', (nodes) => nodes.map((n) => getComputedStyle(n).textDecorationLine))).toEqual(['line-through']);
    const read = (drop: string) => page.$$eval(`p.paragraph`, (nodes, selector) => nodes.map((n) => {
      const copy = n.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(selector).forEach((d: Element) => d.remove());
      return copy.textContent;
    }), drop);
    // G3.17(b) has the words on both sides; G3.20(b) only on the base (here, the MP087) side.
    const count = (texts: Array<string | null>) => texts.join('\n').split('which forms part of a SMETS2+ Device').length - 1;
    expect(count(await read('del'))).toBe(1);
    expect(count(await read('ins'))).toBe(2);
    await page.close();
  });
});

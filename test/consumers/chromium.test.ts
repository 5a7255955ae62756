/** Chromium, a real browser, loads the HTML annex: the marks compute to underline and line-through, and the DOM reads back both ways. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { compareTrees } from '../../src/compare/compare-trees.js';
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

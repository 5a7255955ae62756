/**
 * The terminal redline: ANSI colour on a terminal, plain marks ({+…+}, [-…-]) when piped or with
 * NO_COLOR, and in both the marks read back to each side exactly. `secdraft diff` picks the mode.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { compareTrees } from '../../../src/compare/compare-trees.js';
import { changeTreeToTerminal } from '../../../src/render/terminal/to-terminal.js';
import { openStore } from '../../../src/store/store.js';

const INSERT = '\x1b[4;32m';
const DELETE = '\x1b[9;31m';
const RESET = '\x1b[0m';

/** Coloured terminal text -> one side: drop the other side's marks, then every escape sequence. */
function colourSide(text: string, side: 'accept' | 'reject'): string {
  const drop = side === 'accept' ? DELETE : INSERT;
  const marks = new RegExp(`${drop.replace('[', '\\[')}[\\s\\S]*?${RESET.replace('[', '\\[')}`, 'g');
  return text.replace(marks, '').replace(/\x1b\[[0-9;]*m/g, '');
}

/** Plain-marked terminal text -> one side. */
function plainSide(text: string, side: 'accept' | 'reject'): string {
  return text.replace(/\{\+([\s\S]*?)\+\}/g, (_, t: string) => (side === 'accept' ? t : '')).replace(/\[-([\s\S]*?)-\]/g, (_, t: string) => (side === 'reject' ? t : ''));
}

const store = openStore('clauses');
const base = store.resolve({ at: '6.17' });
const amended = store.resolve({ mod: 'MP087' });
// Edited on purpose so that there is a deletion as well as MP087's insertion (not SEC text).
const edited = {
  ...amended,
  files: amended.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.map((c) => (c.number === 'G3.21' ? { ...c, text: c.text.replace('need not be required to notify', 'need not notify') } : c)) })) } })),
};
const tree = compareTrees(base, edited);
const plainOf = (version: typeof base) => changeTreeToTerminal(compareTrees(version, version), { color: false, changedOnly: false });

describe('changeTreeToTerminal', () => {
  it('colours insertions green and underlined, deletions red and struck through', () => {
    const text = changeTreeToTerminal(tree, { color: true });
    expect(text).toContain(`${INSERT} which forms part of a SMETS2+ Device${RESET}`);
    expect(text).toContain(`${DELETE}be required to ${RESET}`);
    expect(text).not.toMatch(/\{\+|\[-/);
  });

  it('marks plainly without colour, and either way each side reads back exactly', () => {
    const plain = changeTreeToTerminal(tree, { color: false, changedOnly: false });
    const colour = changeTreeToTerminal(tree, { color: true, changedOnly: false });
    expect(plain).not.toContain('\x1b');
    expect(plain).toContain('{+ which forms part of a SMETS2+ Device+}');
    const body = (text: string) => text.split('\n').slice(1).join('\n');
    expect(body(plainSide(plain, 'accept'))).toBe(body(plainOf(edited)));
    expect(body(plainSide(plain, 'reject'))).toBe(body(plainOf(base)));
    expect(body(colourSide(colour, 'accept'))).toBe(body(plainOf(edited)));
    expect(body(colourSide(colour, 'reject'))).toBe(body(plainOf(base)));
  });

  it('shows only the changed clauses by default', () => {
    const text = changeTreeToTerminal(tree, { color: false });
    expect(text.match(/^G3\.\d+/gm)).toEqual(['G3.20', 'G3.21']);
  });
});

describe('secdraft diff picks colour from the terminal and NO_COLOR', () => {
  async function diff(isTTY: boolean, env: Record<string, string>) {
    let stdout = '';
    const code = await main(['diff', '6.17', 'MP087'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env, isTTY, stderrIsTTY: false });
    return { code, stdout };
  }

  it('colours on a terminal', async () => {
    const { code, stdout } = await diff(true, {});
    expect(code).toBe(1);
    expect(stdout).toContain(INSERT);
  });

  it('is plain when piped or when NO_COLOR is set', async () => {
    for (const run of [await diff(false, {}), await diff(true, { NO_COLOR: '1' })]) {
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain('\x1b');
      expect(run.stdout).toContain('{+ which forms part of a SMETS2+ Device+}');
    }
  });

  it('exits 0 with no marks when the two sides read the same', async () => {
    let stdout = '';
    const code = await main(['diff', '6.17', '6.17'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {}, isTTY: false, stderrIsTTY: false });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\{\+|\[-/);
  });
});

/**
 * No size cliffs: one clause of 5 MB, one list of 10,000 items and one table of 10,000 rows,
 * generated (not stored), go
 * through the whole library: parse (the canonical reader and remark), serialize, compare, every
 * renderer, and check. Nothing may recurse or spread arguments in proportion to the input (a
 * `push(...words)` of a rewritten megabyte overflowed the stack). Each renderer's output is read back
 * with every change accepted and with every change rejected, as the property tests do on small trees.
 *
 * No timing assertion: the times are printed with SECDRAFT_SIZE_TIMES=1. The inputs come from
 * bench/size-cases.ts: invented words (a few legal-sounding phrases, numbered), not SEC text.
 */
import { describe, expect, it } from 'vitest';
import { checkVersion } from '../src/check/check-version.js';
import { compareTrees } from '../src/compare/compare-trees.js';
import type { Block, Version } from '../src/model/clause-tree.js';
import { parseSectionFile } from '../src/parse/section-file.js';
import { changeTreeToDocx } from '../src/render/docx/index.js';
import { changeTreeToHtml } from '../src/render/html/to-html.js';
import { changeTreeToMarkdown } from '../src/render/markdown/to-markdown.js';
import { changeTreeToTerminal } from '../src/render/terminal/to-terminal.js';
import { sectionFileToMarkdown } from '../src/serialize/to-markdown.js';
import { oneBigClause, oneLongList, oneLongTable } from '../bench/size-cases.js';
import { docxLines, htmlLines, markdownLines, terminalLines, versionLines } from './render/read-back.js';

function version(id: string, text: string): Version {
  const file = parseSectionFile(text, `${id}/G.md`);
  return { type: 'version', code: 'SEC', id, extract: true, modifications: [], files: [file] };
}

// Wall and CPU milliseconds of each stage (CPU is the steadier figure on a shared machine).
const times: Array<[string, string, number, number]> = [];
function record(shape: string, stage: string, start: number, cpu: NodeJS.CpuUsage): void {
  const used = process.cpuUsage(cpu);
  times.push([shape, stage, Math.round(performance.now() - start), Math.round((used.user + used.system) / 1000)]);
}
function timed<T>(shape: string, stage: string, run: () => T): T {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const result = run();
  record(shape, stage, start, cpu);
  return result;
}
async function timedAsync<T>(shape: string, stage: string, run: () => Promise<T>): Promise<T> {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const result = await run();
  record(shape, stage, start, cpu);
  return result;
}

/**
 * The shapes, and which Word modes render each (about 2 s of CPU per 10,000 paragraphs and mode;
 * reading a Word file back takes longer than writing it).
 */
const SHAPES = {
  'one clause of 5 MB': { make: () => oneBigClause(), docx: [false, true] },
  'one list of 10,000 items': { make: () => oneLongList(), docx: [false, true] },
  'one list of 10,000 items, every item reworded': { make: () => oneLongList(10_000, 1), docx: [] },
  // Rows aligned by content: the aligner's first version (jsdiff unbounded, then every left-over row
  // searched for each) took minutes here; alignByLikeness's budget and window keep it linear. Word
  // with tracked changes only, the mode that marks whole rows (w:trPr), since each mode of 40,000
  // cells takes about 40 s to write and read back on this machine.
  'one table of 10,000 rows, most rows rewritten': { make: () => oneLongTable(), docx: [true] },
} as const;

/**
 * Addresses of the clauses, paragraphs and table cells whose own words name a clause number
 * matching `number` (a cell's address as the checker gives it: "G3.17 table 1 row 2 cell 4").
 */
function referencing(version: Version, number: RegExp): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly Block[], parent: string) => {
    let tables = 0;
    for (const block of blocks) {
      if (block.type === 'table') {
        const where = `${parent} table ${++tables}`;
        [block.header, ...block.rows].forEach((row, r) => row.cells.forEach((cell, c) => number.test(cell.text) && out.push(`${where} ${r === 0 ? 'header' : `row ${r}`} cell ${c + 1}`)));
        continue;
      }
      if (block.type === 'paragraph' && number.test(block.text)) out.push(block.address);
      if (block.type === 'paragraph' || block.type === 'definition') walk(block.children, block.address);
    }
  };
  for (const clause of version.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses))) {
    if (number.test(clause.text)) out.push(clause.number);
    walk(clause.children, clause.number);
  }
  return out;
}

const LONG = 600_000;

describe.each(Object.keys(SHAPES) as Array<keyof typeof SHAPES>)('%s', (shape) => {
  const [baseText, amendedText] = SHAPES[shape].make();
  const base = timed(shape, 'parse base', () => version('1.0', baseText));
  const amended = timed(shape, 'parse amended', () => version('2.0', amendedText));

  it('parses the same through remark (wrapped lines) and serializes back to itself', () => {
    const canonical = timed(shape, 'serialize', () => sectionFileToMarkdown(base.files[0]!));
    expect(canonical).toBe(baseText);
    // Wrapped lines send the chunk to remark, which must read the same words (a table row cannot wrap).
    const wrapped = baseText.split('\n').map((line) => (line.startsWith('|') ? line : line.replace(/ shall /g, ' shall\n   '))).join('\n');
    expect(wrapped).not.toBe(baseText);
    const viaRemark = timed(shape, 'parse through remark', () => version('1.0', wrapped));
    expect(versionLines(viaRemark)).toEqual(versionLines(base));
  }, LONG);

  it('compares, and every renderer accepts to the amended text and rejects to the base', async () => {
    const tree = timed(shape, 'compare', () => compareTrees(base, amended));
    const md = timed(shape, 'render md', () => changeTreeToMarkdown(tree, { changedOnly: true }));
    expect(markdownLines(md, 'accept')).toEqual(versionLines(amended));
    expect(markdownLines(md, 'reject')).toEqual(versionLines(base));
    const html = timed(shape, 'render html', () => changeTreeToHtml(tree, { changedOnly: true }));
    expect(htmlLines(html, 'accept')).toEqual(versionLines(amended));
    expect(htmlLines(html, 'reject')).toEqual(versionLines(base));
    const text = timed(shape, 'render terminal', () => changeTreeToTerminal(tree, { color: false, changedOnly: false }));
    const plain = (v: Version) => terminalLines(changeTreeToTerminal(compareTrees(v, v), { color: false, changedOnly: false }), 'accept').slice(1);
    expect(terminalLines(text, 'accept').slice(1)).toEqual(plain(amended));
    expect(terminalLines(text, 'reject').slice(1)).toEqual(plain(base));
    for (const trackChanges of SHAPES[shape].docx) {
      const docx = await timedAsync(shape, `render docx${trackChanges ? ' (tracked)' : ''}`, () => changeTreeToDocx(tree, { trackChanges, date: '2019-11-04', author: 'MP900' }));
      expect(docxLines(docx, 'accept')).toEqual(versionLines(amended));
      expect(docxLines(docx, 'reject')).toEqual(versionLines(base));
    }
  }, LONG);

  it('checks every clause and item (a cross-reference finding wherever G3.18 or G3.19 is named)', () => {
    const findings = timed(shape, 'check', () => checkVersion(amended));
    const expected = referencing(amended, /G3\.1[89]\b/);
    expect(expected.length).toBeGreaterThan(0);
    const references = findings.filter((f) => f.ruleId === 'cross-reference');
    expect(references.map((f) => f.address)).toEqual(expected);
    // Each finding placed at its reference's words in the file, in a cell as in a paragraph.
    const lines = amendedText.split('\n');
    const misplaced = references.filter((f) => !lines[f.position!.line - 1]!.startsWith(f.data.reference!, f.position!.column - 1));
    expect(misplaced).toEqual([]);
  }, LONG);
});

if (process.env.SECDRAFT_SIZE_TIMES) {
  // Printed after the last test of the file (vitest runs describe blocks in order).
  describe('times', () => {
    it('prints them', () => {
      for (const [shape, stage, wall, cpu] of times) console.log(`${shape.padEnd(46)} ${stage.padEnd(22)} wall ${wall} ms, CPU ${cpu} ms`);
    });
  });
}

describe('one table of 150,000 rows (invented words)', () => {
  it('serializes back to itself: no row list spread as arguments (Math.max(...rows) overflowed the stack)', () => {
    const [text] = oneLongTable(150_000);
    const parsed = version('1.0', text);
    expect(sectionFileToMarkdown(parsed.files[0]!)).toBe(text);
  }, LONG);
});

/** pandoc, an independent Word reader, accepts and rejects our tracked changes. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/compare/compare-trees.js';
import { annexToDocx, changeTreeToDocx } from '../../src/render/docx/index.js';
import { openStore } from '../../src/store/store.js';
import { INVENTED_ANNEXES } from '../render/docx/invented-annexes.js';
import { versionLines } from '../render/read-back.js';
import { has } from './tools.js';

function pandoc(file: string, mode: 'accept' | 'reject'): string {
  return execFileSync('pandoc', [`--track-changes=${mode}`, '-t', 'plain', '--wrap=none', file], { encoding: 'utf8' });
}

/** pandoc's plain text, one clause line per line: tabs to spaces, runs of space folded. */
function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe.skipIf(!has('pandoc'))('pandoc reads the tracked changes', () => {
  it('reads the words of a table accepted and rejected (invented rows)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-pandoc-'));
    const file = join(dir, 'table.docx');
    writeFileSync(file, await annexToDocx(INVENTED_ANNEXES['docx-table-rows-changed']!, { trackChanges: true }));
    // pandoc applies the words' revisions but not a row's own (w:trPr/w:ins, w:del): it leaves the
    // row empty instead of removing it, so only rows with words are compared.
    const rows = (mode: 'accept' | 'reject') => lines(pandoc(file, mode)).filter((l) => /^(Installation|Repair|Removal|Remote)/.test(l));
    expect(rows('accept')).toEqual(['Installation 5', 'Repair 7', 'Remote reconfiguration 2']);
    expect(rows('reject')).toEqual(['Installation 5', 'Repair 10', 'Removal by fax 30']);
  }, 60_000);


  it('gives the amended text with --track-changes=accept and the base text with =reject', async () => {
    const store = openStore('clauses');
    const base = store.resolve({ at: '6.17' });
    const amended = store.resolve({ mod: 'MP087' });
    // A redline with insertions, deletions and a changed clause (invented edits of the seed text).
    const edited = {
      ...amended,
      files: amended.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => c.number !== 'G3.19').map((c) => (c.number === 'G3.21' ? { ...c, text: c.text.replace('need not be required to notify', 'need not notify') } : c)) })) } })),
    };
    const dir = mkdtempSync(join(tmpdir(), 'secdraft-pandoc-'));
    const file = join(dir, 'tracked.docx');
    writeFileSync(file, await changeTreeToDocx(compareTrees(base, edited), { trackChanges: true, date: '2019-11-04', author: 'MP087' }));
    const changed = new Set(['G3.19', 'G3.20', 'G3.21']);
    const only = (v: typeof base) => versionLines({ ...v, files: v.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: h.clauses.filter((c) => changed.has(c.number)) })) } })) }).map((l) => l.replace(/\s+/g, ' '));
    const body = (text: string) => lines(text).filter((l) => /^(G3\.|\(|arrangements)/.test(l));
    expect(body(pandoc(file, 'accept'))).toEqual(only(edited));
    expect(body(pandoc(file, 'reject'))).toEqual(only(base));
  }, 60_000);
});

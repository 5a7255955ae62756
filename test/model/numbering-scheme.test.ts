import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findByAddress, parseAddress } from '../../src/model/address.js';
import { SEC_CLAUSE_NUMBER } from '../../src/model/clause-number.js';
import { NUMBERING_PRESETS, clauseNumberPattern, numberingScheme } from '../../src/model/numbering-scheme.js';
import { openStore } from '../../src/store/store.js';

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe('numbering schemes', () => {
  it('each preset numbers what it says and nothing of the others', () => {
    const examples: Record<string, string[]> = {
      'sec-section': ['G3.17', 'G3.17A', 'A1.1'],
      decimal: ['0', '1', '1.1', '2.3.4', '2.3A'],
      'schedule-paragraph': ['Schedule 2 paragraph 3', 'Schedule 2 paragraph 3.1'],
      part: ['Part 2', 'Part 2A'],
    };
    for (const [name, scheme] of Object.entries(NUMBERING_PRESETS)) {
      for (const [other, numbers] of Object.entries(examples)) {
        for (const number of numbers) expect(whole(scheme.number).test(number), `${name} ${number}`).toBe(name === other);
      }
    }
  });

  it('reads a preset, a pattern of the file\'s own, or the SEC\'s by default', () => {
    expect(numberingScheme(undefined)).toBe(NUMBERING_PRESETS['sec-section']);
    expect(numberingScheme('decimal')).toMatchObject({ local: true, referredAs: '(?:[Pp]aragraphs?|[Cc]lauses?)', noun: ['paragraph', 'paragraphs'] });
    expect(numberingScheme('part')?.noun).toBeNull();
    expect(numberingScheme('decimals')).toBeUndefined();
    expect(numberingScheme('\\d+(?:\\.\\d+)*')).toEqual({ name: 'pattern', number: '\\d+(?:\\.\\d+)*', referredAs: 'Sections?', local: false, noun: ['Section', 'Sections'] });
    expect(clauseNumberPattern(undefined)).toBe(SEC_CLAUSE_NUMBER);
    expect(clauseNumberPattern('part')).toBe('Part \\d+[A-Z]*');
  });

  it('addresses clauses and paragraphs in every scheme', () => {
    expect(parseAddress('2.3(b)')).toEqual({ number: '2.3', labels: ['b'] });
    expect(parseAddress('0')).toEqual({ number: '0', labels: [] });
    expect(parseAddress('Schedule 2 paragraph 3(b)(ii)')).toEqual({ number: 'Schedule 2 paragraph 3', labels: ['b', 'ii'] });
    expect(parseAddress('Part 2A(a)')).toEqual({ number: 'Part 2A', labels: ['a'] });
    expect(parseAddress('G3.18(a)(ii)')).toEqual({ number: 'G3.18', labels: ['a', 'ii'] });
    expect(parseAddress('Schedule two')).toBeUndefined();
  });

  it('lets two appendices number their own 1.1 in one version, and finds paragraphs in them', () => {
    const store = mkdtempSync(join(tmpdir(), 'secdraft-numbering-'));
    const dir = join(store, 'SEC', '1.0');
    mkdirSync(dir, { recursive: true });
    for (const file of ['Y.md', 'V.md', 'W.md']) cpSync(join('test/fixtures/check/cross-reference/valid/local-numbering', file), join(dir, file));
    const version = openStore(store).loadVersion('1.0');
    expect(version.files.map((f) => f.section.id)).toEqual(['V', 'W', 'Y']);
    expect(findByAddress(version, '2.3(b)')).toMatchObject({ type: 'paragraph', address: '2.3(b)' });
    expect(findByAddress(version, 'Part 2(b)')).toMatchObject({ type: 'paragraph', text: 'to the DCC.' });
  });
});

/**
 * The checker and the redline on real legal text nobody here wrote: Debian's licences converted
 * to clause Markdown at test time, and the seed. Fails when an unreviewed finding appears (a new
 * false alarm until judged in expectations.json) or a useful one disappears; holds the precision
 * targets (90% of warnings and errors useful; cross-reference and numbering 99%) and the redline's
 * (no paragraph sharing half its words shown as a whole replacement).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/compare/compare-trees.js';
import { findingsDelta } from '../../src/check/compare-findings.js';
import { checkVersion } from '../../src/check/check-version.js';
import type { Version } from '../../src/model/clause-tree.js';
import { judge, readExpectations, realVersions } from './precision.js';
import { haveLicences, LICENCES_DIR, PAIRS } from './real-texts.js';
import { convertLicence } from './convert-licence.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { wholeReplacements } from './whole-replacements.js';

describe.skipIf(!haveLicences())(`real text (skipped when ${LICENCES_DIR} lacks the licences)`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'secdraft-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const versions = realVersions(dir);
  const results = judge(versions, readExpectations());

  it('converts each licence into a canonical Section file numbered as the licence is', () => {
    const text = readFileSync(join(LICENCES_DIR, 'MPL-1.1'), 'utf8');
    const markdown = convertLicence(text, { code: 'MPL', version: '1.1', title: 'Mozilla Public License', source: 'MPL-1.1' });
    const file = parseSectionFile(markdown, 'MPL.md');
    const numbers = file.section.headings.flatMap((h) => h.clauses.map((c) => c.number));
    expect(numbers.slice(0, 4)).toEqual(['1', '1.0.1', '1.1', '1.2']);
    expect(numbers).toContain('1.10.1');
    expect(numbers.at(-1)).toBe('13');
  });

  for (const result of results) {
    it(`${result.text}: every warning and error is reviewed, and every useful one still found`, () => {
      expect(result.unreviewed).toEqual([]);
      expect(result.lost).toEqual([]);
    });
  }

  it('holds the precision targets: 90% of warnings and errors useful, cross-reference and numbering 99%', () => {
    const total = (rules?: readonly string[]) => {
      let useful = 0;
      let all = 0;
      for (const r of results) for (const [rule, c] of r.byRule) if (!rules || rules.includes(rule)) (useful += c.useful), (all += c.useful + c.useless);
      return { useful, all };
    };
    const every = total();
    expect(every.all).toBeGreaterThan(0);
    expect(every.useful / every.all).toBeGreaterThanOrEqual(0.9);
    const exact = total(['cross-reference', 'numbering']);
    if (exact.all > 0) expect(exact.useful / exact.all).toBeGreaterThanOrEqual(0.99);
  });

  it('finds the seed\'s slip with its exact words, and MP087 fixes it', () => {
    const base = versions.get('SEC 6.17') as Version;
    const amended = versions.get('SEC 6.17+MP087') as Version;
    const slip = checkVersion(base).find((f) => f.ruleId === 'parallel-qualifier');
    expect(slip?.address).toBe('G3.20(b)');
    expect(slip?.data.other).toBe('G3.17(b)');
    expect(slip?.data.words).toBe('which forms part of a SMETS2+ Device');
    const delta = findingsDelta(checkVersion(base), checkVersion(amended));
    expect(delta.fixed.map((f) => f.address)).toEqual(['G3.20(b)']);
    expect(delta.introduced).toEqual([]);
  });

  for (const [older, newer] of PAIRS) {
    it(`${older} -> ${newer}: no paragraph that shares half its words is shown as a whole replacement`, () => {
      const tree = compareTrees(versions.get(older) as Version, versions.get(newer) as Version);
      expect(wholeReplacements(tree)).toEqual([]);
    });
  }
});

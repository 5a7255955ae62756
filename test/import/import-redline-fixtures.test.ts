/**
 * Annex A fixtures: each input imported against its base (the store's 6.17, or the invented store a
 * case names in args.json) gives the expected modification, or the expected report. A Word input is
 * `input.docx`, or its parts as XML a reader can open (`document.xml`, `styles.xml`), zipped here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeMismatch, describeUnplaced, placeOf } from '../../src/cli/commands/import-redline.js';
import { importRedline } from '../../src/import/import-redline.js';
import { readAnnex } from '../../src/import/read-annex.js';
import { readDocxAnnex } from '../../src/import/read-docx.js';
import { modificationToMarkdown } from '../../src/serialize/to-markdown.js';
import { openStore } from '../../src/store/store.js';
import { fixtureDocx } from './fixture-docx.js';

const FIXTURES = 'test/fixtures/import/redline';

interface Args {
  readonly id: string;
  readonly base: string;
  readonly title?: string;
  readonly version?: string;
  /** The store holding the base, relative to the case's folder (default: the project's clauses/). */
  readonly store?: string;
}

describe('import-redline fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    it(name, async () => {
      const input = readdirSync(dir).find((f) => f.startsWith('input.')) ?? 'input.docx';
      const args = JSON.parse(readFileSync(join(dir, 'args.json'), 'utf8')) as Args;
      const base = openStore(args.store ? join(dir, args.store) : 'clauses').loadVersion(args.base);
      const file = input;
      const annex = readAnnex(input === 'input.docx' ? fixtureDocx(dir) : readFileSync(join(dir, input)), file, readDocxAnnex);
      const result = importRedline(annex.paragraphs, {
        id: args.id,
        base,
        file,
        ...(args.title ? { title: args.title } : {}),
        ...(args.version ? { version: args.version } : {}),
        ...(annex.numberSide ? { numberSide: annex.numberSide } : {}),
      });
      const report = [
        ...(result.claimedBase ? [`${placeOf(result.claimedBase.position, file, annex.unit)}: claims ${result.claimedBase.version}`] : []),
        ...result.mismatches.map((m) => describeMismatch(m, base.id, placeOf(m.position, file, annex.unit))),
        ...[...(annex.unplaced ?? []), ...result.unplaced].map((u) => describeUnplaced(u, annex.unit)),
        `context: ${result.context.join(', ') || '(none)'}`,
      ];
      await expect(`${report.join('\n')}\n`).toMatchFileSnapshot(join('..', '..', dir, 'expected.txt'));
      await expect(modificationToMarkdown(result.modification)).toMatchFileSnapshot(join('..', '..', dir, 'expected.md'));
    });
  }
});

describe('the seed (MP087 Annex A, as extracted from the PDF)', () => {
  const seed = '../shared/seeds/000_309ddcdac2c5746a.txt';
  it.skipIf(!existsSync(seed))('fixture is the seed from "Section G \'Security\'" to its end, byte for byte', () => {
    const text = readFileSync(seed, 'utf8');
    const from = text.indexOf("\nSection G 'Security'\n") + 1;
    expect(readFileSync(join(FIXTURES, 'seed-mp087', 'input.txt'), 'utf8')).toBe(`${text.slice(from)}\n`.replace(/\n\n$/, '\n'));
  });

  it('imported against 6.17 changes only G3.20(b), by "which forms part of a SMETS2+ Device", and equals MP087 in substance', () => {
    const store = openStore('clauses');
    const base = store.loadVersion('6.17');
    const file = join(FIXTURES, 'seed-mp087', 'input.txt');
    const annex = readAnnex(readFileSync(file), file, readDocxAnnex);
    const stored = store.loadModification('MP087');
    const result = importRedline(annex.paragraphs, { id: 'MP087', base, file, title: stored.meta.title, version: stored.meta.version });
    expect(result.mismatches).toEqual([]);
    expect(result.context).toEqual(['G3.17', 'G3.18', 'G3.19', 'G3.21']);
    const { path: _path, implemented: _implemented, ...meta } = stored.meta;
    expect(result.modification.meta).toEqual(meta);
    expect(strip(result.modification.sections)).toEqual(strip(stored.sections));
    expect(result.modification.deletions).toEqual([]);
  });
});

/** The tree without source positions. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
  }
  return value;
}

/** Uses of defined terms matched at phrase level (invented words). */
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../../src/check/term-index.js';
import { textUnits } from '../../src/check/text-units.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import type { Version } from '../../src/model/clause-tree.js';

function index(body: string) {
  const text = `---\ncode: SEC\nversion: "1.0"\nsection: H\ntitle: Invented\nsource: "invented for a test: not SEC text"\n---\n\n# Section H: Invented\n\n${body}\n`;
  const file = parseSectionFile(text, 'H.md');
  const version: Version = { type: 'version', code: 'SEC', id: '1.0', extract: false, modifications: [], files: [file] };
  return indexTerms(textUnits(version));
}

describe('indexTerms', () => {
  it('matches the longest term first, with acronyms, digits, plurals, possessives and a slashed pair', () => {
    const { uses } = index('H1.1 In this Section:\n\n- **User** means a user.\n- **Users Group** means a group of users.\n- **Type 2 Device** means a device.\n- **Import MPAN** means a number.\n- **Export MPAN** means a number.\n\nH1.2 The Users Group and all Users keep each Type 2 Device\'s Import/Export MPAN.');
    expect(uses.filter((u) => u.unit.address === 'H1.2').map((u) => [u.term, u.text])).toEqual([
      ['Users Group', 'Users Group'],
      ['User', 'Users'],
      ['Type 2 Device', "Type 2 Device's"],
      ['Export MPAN', 'Export MPAN'],
      ['Import MPAN', 'Import'],
    ]);
  });

  it('reads another capitalisation as a variant, plain lower case and capitals throughout as none and a use', () => {
    const { uses } = index('H1.1 "Title Page" means the first page. The Title page, the title page and THE TITLE PAGE differ.');
    expect(uses.map((u) => [u.text, u.caseVariant])).toEqual([
      ['Title page', true],
      ['TITLE PAGE', false],
    ]);
  });

  it('reads a one-word term opening its sentence as lower case only when the text writes it so', () => {
    // The capital of "Source" is grammar when the text writes "source" elsewhere, never "Source" mid-sentence.
    const lower = index('H1.1 "Source" means the form for making changes.\n\nH1.2 Each Party shall keep the source of each part.');
    expect([...lower.definitions.keys()]).toEqual(['source']);
    expect(lower.lowerWords.has('source')).toBe(true);
    const capital = index('H1.1 "Source" means the form for making changes.\n\nH1.2 Each Party shall keep the form of each part.');
    expect([...capital.definitions.keys()]).toEqual(['Source']);
  });

  it('gives the terms used as defined and the variants as every use read in full says', () => {
    const terms = index('H1.1 In this Section:\n\n- **User** means a user.\n- **Title Page** means a page.\n- **Panel** means a panel.\n\nH1.2 The Users keep the Title page. The Title Page and each User\'s Title page are kept.');
    // Read the summaries first: the full list is built when first read.
    const { used, variants } = terms;
    expect([...used].sort()).toEqual(['Title Page', 'User']);
    expect(variants.map((u) => [u.text, u.offset])).toEqual([['Title page', 19], ['Title page', 62]]);
    expect(terms.uses.filter((u) => u.caseVariant)).toEqual(variants);
    expect(new Set(terms.uses.filter((u) => !u.caseVariant).map((u) => u.term))).toEqual(used);
    expect(terms.uses.map((u) => u.text)).toEqual(['Users', 'Title page', 'Title Page', "User's", 'Title page']);
  });

  it('leaves what no term covers as phrases, with where each stands', () => {
    const { phrases } = index('H1.1 "Widget" means a device. Each Widget is kept under this Licence by the Gizmo Authority, as Section H says.');
    expect(phrases.map((p) => [p.text, p.sentenceStart, p.before])).toEqual([
      ['Each', true, ''],
      ['Licence', false, 'this'],
      ['Gizmo Authority', false, 'the'],
      ['Section H', false, 'as'],
    ]);
  });
});

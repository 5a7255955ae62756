/**
 * LibreOffice itself accepts and rejects the tracked-changes Word redline (Edit > Track Changes >
 * Accept All / Reject All, dispatched through its UNO API), and what it leaves is exactly the
 * amended, resp. the base, paragraphs: same words, same style, no empty paragraph where an
 * inserted or deleted clause, item, paragraph or heading stood. Cases: the invented annexes (one
 * behaviour each), MP087's annex, invented edits of the seed's clauses, and two real pairs of legal
 * texts, MPL-1.1 -> MPL-2.0 and GPL-2 -> GPL-3, converted to clause Markdown.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTrees } from '../../src/compare/compare-trees.js';
import type { AnnexDocument, ChangeTree, HeadingChange } from '../../src/model/change-tree.js';
import type { Block, Clause, SectionFile, Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { annexToDocx, changeTreeToDocx } from '../../src/render/docx/index.js';
import { PARAGRAPH_STYLES } from '../../src/render/docx/styles.js';
import { openStore } from '../../src/store/store.js';
import { expectedStyledParagraphs, type StyledText } from '../render/docx/change-nodes.js';
import { INVENTED_ANNEXES } from '../render/docx/invented-annexes.js';
import { mp087Annex } from '../render/docx/mp087-annex.js';
import { licenceVersion } from './licence-clauses.js';
import { hasUno, libreofficeAcceptReject, type AcceptRejectResult, type OfficeParagraph } from './libreoffice.js';
import { has } from './tools.js';

const missing = [...(has('soffice') ? [] : ['soffice (libreoffice-writer-nogui)']), ...(hasUno() ? [] : ['python3-uno'])];

/** Word style id -> the name LibreOffice reports. */
const STYLE_NAME = new Map(PARAGRAPH_STYLES.map((s) => [s.id, s.name as string]));
const REDLINE_STYLE = /^SEC (Instruction|Cross-heading|Clause|Paragraph \d+|Text \d+)$/;
const named = (paragraphs: readonly StyledText[]): OfficeParagraph[] => paragraphs.map((p) => ({ text: p.text, style: STYLE_NAME.get(p.style) ?? `unknown style ${p.style}` }));
const redlined = (paragraphs: readonly OfficeParagraph[]) => paragraphs.filter((p) => REDLINE_STYLE.test(p.style));

/** MP087's clauses edited: G3.19 deleted, G3.18(c) deleted, words of G3.21 changed, and an invented clause G3.21A with an item inserted at the end. */
function editedMp087(): { base: Version; amended: Version } {
  const store = openStore('clauses');
  const base = store.resolve({ at: '6.17' });
  const mod = store.resolve({ mod: 'MP087' });
  const edit = (c: Clause): Clause =>
    c.number === 'G3.21' ? { ...c, text: c.text.replace('need not be required to notify', 'need not notify') } : c.number === 'G3.18' ? { ...c, children: c.children.filter((b) => !(b.type === 'paragraph' && b.label === 'c')) } : c;
  const g321 = mod.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses)).find((c) => c.number === 'G3.21')!;
  // Invented words, not SEC text.
  const invented: Clause = {
    ...g321,
    number: 'G3.21A',
    text: 'An invented clause for a test, which shall:',
    children: [{ type: 'paragraph', label: 'a', depth: 1, address: 'G3.21A(a)', text: 'hold one invented item.', children: [], position: g321.position }],
  };
  const amended: Version = {
    ...mod,
    files: mod.files.map((f) => ({ ...f, section: { ...f.section, headings: f.section.headings.map((h) => ({ ...h, clauses: [...h.clauses.filter((c) => c.number !== 'G3.19').map(edit), ...(h.clauses.some((c) => c.number === 'G3.21') ? [invented] : [])] })) } })),
  };
  return { base, amended };
}

/** An invented Section (not SEC text) of one heading and two clauses, the second with an item. */
function inventedSection(id: string, title: string, version: string): SectionFile {
  const source = `---\ncode: SEC\nversion: "${version}"\nsection: ${id}\ntitle: ${title}\nsource: "invented for a test: not SEC text"\n---\n\n# Section ${id}: ${title}\n\n## Invented Matters\n\n${id}1.1 Each party shall keep invented records.\n\n${id}1.2 Records shall be kept:\n\n- (a) for an invented period.\n`;
  return parseSectionFile(source, `${id}.md`);
}

/** The seed's Section G on both sides, an invented Section Y inserted and an invented Section Z deleted: whole Sections, headings included. */
function sectionsInsertedAndDeleted(): { base: Version; amended: Version } {
  const base = openStore('clauses').resolve({ at: '6.17' });
  return {
    base: { ...base, files: [...base.files, inventedSection('Z', 'Invented Closing', '6.17')] },
    amended: { ...base, files: [...base.files, inventedSection('Y', 'Invented Opening', '6.17')] },
  };
}

/** What changeTreeToDocx shows: changed Sections, headings and clauses only. */
function changedHeadings(tree: ChangeTree): HeadingChange[] {
  return tree.sections
    .filter((s) => s.kind !== 'unchanged')
    .flatMap((s) => s.headings.filter((h) => h.kind !== 'unchanged'))
    .map((h) => ({ ...h, clauses: h.clauses.filter((c) => c.kind !== 'unchanged') }));
}

/** A clause's paragraphs straight from the clause tree, in the styles of docs/word-output.md. */
function clauseParagraphs(clause: Clause): OfficeParagraph[] {
  const out: OfficeParagraph[] = [{ text: `${clause.number}\t${clause.text}`, style: 'SEC Clause' }];
  const blocks = (list: readonly Block[], level: number) => {
    for (const b of list) {
      // A table's cells are not body paragraphs (this test's clauses hold none).
      if (b.type === 'table') continue;
      if (b.type === 'text') out.push({ text: b.text, style: `SEC Text ${level - 1}` });
      else if (b.type === 'paragraph') out.push({ text: `(${b.label})\t${b.text}`, style: `SEC Paragraph ${level}` });
      else out.push({ text: `${b.term}${b.text}`, style: `SEC Text ${level}` });
      if (b.type !== 'text') blocks(b.children, level + 1);
    }
  };
  blocks(clause.children, 1);
  return out;
}

/** LibreOffice's paragraphs grouped by the clause number that opens each group. */
function byClause(paragraphs: readonly OfficeParagraph[]): Map<string, OfficeParagraph[]> {
  const groups = new Map<string, OfficeParagraph[]>();
  let current: OfficeParagraph[] | undefined;
  for (const p of paragraphs) {
    if (p.style === 'SEC Clause') groups.set(p.text.split('\t')[0]!, (current = []));
    if (p.style === 'SEC Cross-heading') current = undefined;
    else current?.push(p);
  }
  return groups;
}

const clausesOf = (v: Version) => new Map(v.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses.map((c) => [c.number, c] as const))));

interface Case {
  readonly file: string;
  /** The redlined headings, for the model's expectation. */
  readonly headings: readonly HeadingChange[];
  /** The annex's instructions, which stand before their headings. */
  readonly instructions?: AnnexDocument['sections'][number]['instructions'];
  /** The two clause trees, for the trees' own expectation (whole-version redlines). */
  readonly sides?: { readonly base: Version; readonly amended: Version; readonly changed: ReadonlySet<string> };
}

const dir = mkdtempSync(join(tmpdir(), 'secdraft-lo-accept-reject-'));
const cases: Record<string, Case> = {};
let results: Record<string, AcceptRejectResult> = {};

describe.skipIf(missing.length > 0)(`LibreOffice Accept All / Reject All${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
  beforeAll(async () => {
    const annexes: Record<string, AnnexDocument> = { 'mp087-annex': mp087Annex(), ...INVENTED_ANNEXES };
    for (const [name, annex] of Object.entries(annexes)) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await annexToDocx(annex, { trackChanges: true }));
      const instructions = annex.sections.flatMap((s) => s.instructions);
      cases[name] = { file, headings: instructions.flatMap((i) => i.headings), instructions };
    }
    const pairs: Record<string, () => { base: Version; amended: Version }> = {
      'mp087-edited': editedMp087,
      'sections-inserted-and-deleted': sectionsInsertedAndDeleted,
      'MPL-1.1-to-MPL-2.0': () => ({ base: licenceVersion('/usr/share/common-licenses/MPL-1.1', '1.1'), amended: licenceVersion('/usr/share/common-licenses/MPL-2.0', '2.0') }),
      'GPL-2-to-GPL-3': () => ({ base: licenceVersion('/usr/share/common-licenses/GPL-2', '2'), amended: licenceVersion('/usr/share/common-licenses/GPL-3', '3') }),
    };
    for (const [name, pair] of Object.entries(pairs)) {
      const { base, amended } = pair();
      const tree = compareTrees(base, amended);
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await changeTreeToDocx(tree, { trackChanges: true, date: '2020-06-30', author: 'TEST' }));
      const changed = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind !== 'unchanged').map((c) => c.number))));
      cases[name] = { file, headings: changedHeadings(tree), sides: { base, amended, changed } };
    }
    results = libreofficeAcceptReject(Object.values(cases).map((c) => c.file));
  }, 600_000);

  it('finds the tracked changes, and none left after Accept All or Reject All', () => {
    for (const [name, c] of Object.entries(cases)) {
      const result = results[c.file]!;
      expect(result.redlines, name).toBeGreaterThan(0);
      expect(result.left, name).toEqual([0, 0]);
    }
  });

  it('leaves no empty paragraph, anywhere in the document, on either side', () => {
    for (const [name, c] of Object.entries(cases)) {
      for (const side of ['accept', 'reject'] as const) {
        expect(results[c.file]![side].filter((p) => p.text === '').map((p) => p.style), `${name} ${side}`).toEqual([]);
      }
    }
  });

  it('takes a whole inserted or deleted Section away, its heading included', () => {
    const { accept, reject } = results[cases['sections-inserted-and-deleted']!.file]!;
    const headings = (paragraphs: readonly OfficeParagraph[]) => paragraphs.filter((p) => p.style === 'SEC Heading').map((p) => p.text);
    expect(headings(accept)).toEqual(['Section Y: Invented Opening']);
    expect(headings(reject)).toEqual(['Section Z: Invented Closing']);
  });

  it('leaves, paragraph by paragraph and style by style, the amended (Accept All) and base (Reject All) paragraphs of the change model', () => {
    for (const [name, c] of Object.entries(cases)) {
      for (const side of ['accept', 'reject'] as const) {
        const expected = c.instructions
          ? c.instructions.flatMap((i) => [{ text: i.text, style: 'SEC Instruction' }, ...named(expectedStyledParagraphs(i.headings, side, 'tracked'))])
          : named(expectedStyledParagraphs(c.headings, side, 'tracked'));
        expect(redlined(results[c.file]![side]), `${name} ${side}`).toEqual(expected);
      }
    }
  });

  it('leaves each changed clause exactly as the amended (Accept All) and base (Reject All) clause trees hold it', () => {
    let clauses = 0;
    for (const [name, c] of Object.entries(cases)) {
      if (!c.sides) continue;
      for (const [side, version] of [['accept', c.sides.amended], ['reject', c.sides.base]] as const) {
        const left = byClause(redlined(results[c.file]![side]));
        const expected = new Map([...clausesOf(version)].filter(([number]) => c.sides!.changed.has(number)).map(([number, clause]) => [number, clauseParagraphs(clause)]));
        expect([...left.keys()].sort(), `${name} ${side}: clauses`).toEqual([...expected.keys()].sort());
        for (const [number, paragraphs] of expected) expect(left.get(number), `${name} ${side}: ${number}`).toEqual(paragraphs);
        clauses += expected.size;
      }
    }
    // The real pairs are large: most of each licence's clauses change.
    expect(clauses).toBeGreaterThan(100);
  });
});

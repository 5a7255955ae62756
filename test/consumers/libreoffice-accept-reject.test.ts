/**
 * LibreOffice itself accepts and rejects the tracked-changes Word redline (Edit > Track Changes >
 * Accept All / Reject All, dispatched through its UNO API), and what it leaves is exactly the
 * amended, resp. the base, paragraphs and tables: same words, same style, no empty paragraph where
 * an inserted or deleted clause, item, paragraph or heading stood, and each table's rows and cells
 * (read through UNO's text tables) those of that side, a row or table inserted or deleted whole
 * gone with its row revisions (w:trPr/w:ins, w:del). Cases: the invented annexes (one behaviour
 * each), MP087's annex, invented edits of the seed's clauses, invented Sections of tables
 * (test/fixtures/render/tables-accept-reject, table-between-tables) as a diff and as an annex, and
 * two real pairs of legal texts, MPL-1.1 -> MPL-2.0 and GPL-2 -> GPL-3, converted to clause Markdown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnnex } from '../../src/compare/build-annex.js';
import { compareTrees } from '../../src/compare/compare-trees.js';
import type { AnnexDocument, ChangeTree, HeadingChange } from '../../src/model/change-tree.js';
import type { Block, Clause, Modification, SectionFile, Table, Version } from '../../src/model/clause-tree.js';
import { parseSectionFile } from '../../src/parse/section-file.js';
import { annexToDocx, changeTreeToDocx } from '../../src/render/docx/index.js';
import { PARAGRAPH_STYLES } from '../../src/render/docx/styles.js';
import { openStore } from '../../src/store/store.js';
import { expectedStyledBlocks, type ExpectedTable, type StyledText } from '../render/docx/change-nodes.js';
import { INVENTED_MODIFICATION } from '../render/docx/change-tree-arbitrary.js';
import { INVENTED_ANNEXES } from '../render/docx/invented-annexes.js';
import { mp087Annex } from '../render/docx/mp087-annex.js';
import { licenceVersion } from './licence-clauses.js';
import { hasUno, isOfficeTable, libreofficeAcceptReject, officeParagraphs, type AcceptRejectResult, type OfficeBlock, type OfficeParagraph, type OfficeTable } from './libreoffice.js';
import { has } from './tools.js';

const missing = [...(has('soffice') ? [] : ['soffice (libreoffice-writer-nogui)']), ...(hasUno() ? [] : ['python3-uno'])];

/** Word style id -> the name LibreOffice reports. */
const STYLE_NAME = new Map(PARAGRAPH_STYLES.map((s) => [s.id, s.name as string]));
const REDLINE_STYLE = /^SEC (Instruction|Cross-heading|Clause|Paragraph \d+|Text \d+)$/;
const named = (blocks: ReadonlyArray<StyledText | ExpectedTable>): OfficeBlock[] => blocks.map((b) => ('rows' in b ? { rows: b.rows } : { text: b.text, style: STYLE_NAME.get(b.style) ?? `unknown style ${b.style}` }));

/**
 * LibreOffice gives a tracked row with no words at all one zero-width joiner (U+200D) in its first
 * cell, a character for its row revision to hang on (its own docx export writes it out as text); a
 * cell holding only that is empty.
 */
const cellText = (text: string) => (text === '\u200d' ? '' : text);

/** The body's tables, and its paragraphs in the redline's styles, in order (title and page furniture left out). */
function redlinedBlocks(blocks: readonly OfficeBlock[]): OfficeBlock[] {
  return blocks.flatMap((b): OfficeBlock[] => (isOfficeTable(b) ? [{ rows: b.rows.map((row) => row.map(cellText)) }] : REDLINE_STYLE.test(b.style) ? [b] : []));
}

/**
 * Empty paragraphs of the body, except the one Word requires after a table that ends it and the
 * gap that keeps two neighbouring tables apart (Word and LibreOffice would read them as one table).
 */
function emptyParagraphs(blocks: readonly OfficeBlock[]): OfficeParagraph[] {
  const table = (i: number) => blocks[i] !== undefined && isOfficeTable(blocks[i]!);
  return blocks.filter((b, i): b is OfficeParagraph => !isOfficeTable(b) && b.text === '' && !(i === blocks.length - 1 && table(i - 1)) && !(b.style === 'SEC Table Gap' && table(i - 1) && table(i + 1)));
}

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

const tableRows = (table: Table): OfficeTable => ({ rows: [table.header, ...table.rows].map((row) => row.cells.map((cell) => cell.text)) });

/** A clause's paragraphs and tables straight from the clause tree, in the styles of docs/word-output.md. */
function clauseParagraphs(clause: Clause): OfficeBlock[] {
  const out: OfficeBlock[] = [{ text: `${clause.number}\t${clause.text}`, style: 'SEC Clause' }];
  const blocks = (list: readonly Block[], level: number) => {
    for (const b of list) {
      if (b.type === 'table') out.push(tableRows(b));
      else if (b.type === 'text') out.push({ text: b.text, style: `SEC Text ${level - 1}` });
      else if (b.type === 'paragraph') out.push({ text: `(${b.label})\t${b.text}`, style: `SEC Paragraph ${level}` });
      else out.push({ text: `${b.term}${b.text}`, style: `SEC Text ${level}` });
      if (b.type === 'paragraph' || b.type === 'definition') blocks(b.children, level + 1);
    }
  };
  blocks(clause.children, 1);
  return out;
}

/** LibreOffice's blocks grouped by the clause number that opens each group, and a cross-heading's tables by its words ("heading <words>"). */
function byClause(blocks: readonly OfficeBlock[]): Map<string, OfficeBlock[]> {
  const groups = new Map<string, OfficeBlock[]>();
  let current: OfficeBlock[] | undefined;
  for (const b of blocks) {
    if (!isOfficeTable(b) && b.style === 'SEC Cross-heading') groups.set(`heading ${b.text}`, (current = []));
    else {
      if (!isOfficeTable(b) && b.style === 'SEC Clause') groups.set(b.text.split('\t')[0]!, (current = []));
      current?.push(b);
    }
  }
  return new Map([...groups].filter(([, group]) => group.length > 0));
}

const clausesOf = (v: Version) => new Map(v.files.flatMap((f) => f.section.headings.flatMap((h) => h.clauses.map((c) => [c.number, c] as const))));

/** A version's changed tables under cross-headings, as groups keyed as byClause keys them. */
function headingTablesOf(v: Version, changed: ReadonlySet<Table>): Map<string, OfficeBlock[]> {
  const groups = new Map<string, OfficeBlock[]>();
  for (const heading of v.files.flatMap((f) => f.section.headings)) {
    const tables = (heading.tables ?? []).filter((t) => changed.has(t));
    if (tables.length > 0) groups.set(`heading ${heading.title}`, tables.map(tableRows));
  }
  return groups;
}

/** An invented Section pair of test/fixtures/render (labelled so in its files). */
function fixturePair(name: string): { base: Version; amended: Version } {
  const side = (file: string, id: string): Version => {
    const path = `test/fixtures/render/${name}/${file}`;
    return { type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [parseSectionFile(readFileSync(path, 'utf8'), path)] };
  };
  return { base: side('base.md', '1.0'), amended: side('amended.md', '1.1') };
}

/** MP960's Annex A (invented): tables amended and inserted under cross-headings, with their instructions. */
function headingTablesAnnex(): AnnexDocument {
  const store = openStore('test/fixtures/render/annex-heading-tables/store');
  return buildAnnex(store.resolve({ at: '1.0' }), store.loadModification('MP960'), store.resolve({ mod: 'MP960' }));
}

/** The Annex A of an invented modification that turns `base` into `amended` (whole cross-headings shown, as published annexes show them). */
function fixtureAnnex(name: string): AnnexDocument {
  const { base, amended } = fixturePair(name);
  const modification: Modification = { type: 'modification', file: `${name}.md`, meta: { ...INVENTED_MODIFICATION, code: 'SEC' }, sections: [], deletions: [] };
  return buildAnnex(base, modification, amended);
}

interface Case {
  readonly file: string;
  /** The redlined headings, for the model's expectation. */
  readonly headings: readonly HeadingChange[];
  /** The annex's instructions, which stand before their headings. */
  readonly instructions?: AnnexDocument['sections'][number]['instructions'];
  /** The two clause trees, for the trees' own expectation (whole-version redlines). */
  readonly sides?: { readonly base: Version; readonly amended: Version; readonly changed: ReadonlySet<string>; readonly tables: ReadonlySet<Table> };
  /**
   * Empty paragraphs LibreOffice is known to leave on each side: a one-sided clause whose lead-in
   * stands between two tables, which no paragraph mark can take away (docs/word-output.md).
   */
  readonly betweenTables?: { readonly accept: number; readonly reject: number };
}

const dir = mkdtempSync(join(tmpdir(), 'secdraft-lo-accept-reject-'));
const cases: Record<string, Case> = {};
let results: Record<string, AcceptRejectResult> = {};

describe.skipIf(missing.length > 0)(`LibreOffice Accept All / Reject All${missing.length ? ` (skipped: ${missing.join(', ')} not installed)` : ''}`, () => {
  beforeAll(async () => {
    const annexes: Record<string, AnnexDocument> = { 'mp087-annex': mp087Annex(), ...INVENTED_ANNEXES, 'tables-annex': fixtureAnnex('tables-accept-reject'), 'table-between-tables-annex': fixtureAnnex('table-between-tables'), 'annex-heading-tables': headingTablesAnnex() };
    for (const [name, annex] of Object.entries(annexes)) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await annexToDocx(annex, { trackChanges: true }));
      const instructions = annex.sections.flatMap((s) => s.instructions);
      // W1.2 (inserted) and W1.3 (deleted) each stand between two tables.
      cases[name] = { file, headings: instructions.flatMap((i) => i.headings), instructions, ...(name.startsWith('table-between-tables') ? { betweenTables: { accept: 1, reject: 1 } } : {}) };
    }
    const pairs: Record<string, () => { base: Version; amended: Version }> = {
      'mp087-edited': editedMp087,
      'sections-inserted-and-deleted': sectionsInsertedAndDeleted,
      'tables-diff': () => fixturePair('tables-accept-reject'),
      'table-between-tables-diff': () => fixturePair('table-between-tables'),
      'MPL-1.1-to-MPL-2.0': () => ({ base: licenceVersion('/usr/share/common-licenses/MPL-1.1', '1.1'), amended: licenceVersion('/usr/share/common-licenses/MPL-2.0', '2.0') }),
      'GPL-2-to-GPL-3': () => ({ base: licenceVersion('/usr/share/common-licenses/GPL-2', '2'), amended: licenceVersion('/usr/share/common-licenses/GPL-3', '3') }),
    };
    for (const [name, pair] of Object.entries(pairs)) {
      const { base, amended } = pair();
      const tree = compareTrees(base, amended);
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await changeTreeToDocx(tree, { trackChanges: true, date: '2020-06-30', author: 'TEST' }));
      const changed = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => h.clauses.filter((c) => c.kind !== 'unchanged').map((c) => c.number))));
      const tables = new Set(tree.sections.flatMap((s) => s.headings.flatMap((h) => (h.tables ?? []).filter((t) => t.kind !== 'unchanged').flatMap((t) => [t.base, t.amended]))).filter((t): t is Table => t?.type === 'table'));
      // The diff leaves unchanged W1.1 out: only W1.3 (deleted) stands between two tables.
      cases[name] = { file, headings: changedHeadings(tree), sides: { base, amended, changed, tables }, ...(name.startsWith('table-between-tables') ? { betweenTables: { accept: 1, reject: 0 } } : {}) };
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
        expect(emptyParagraphs(results[c.file]![side]).map((p) => p.style), `${name} ${side}`).toHaveLength(c.betweenTables?.[side] ?? 0);
      }
    }
  });

  it('takes a whole inserted or deleted Section away, its heading included', () => {
    const { accept, reject } = results[cases['sections-inserted-and-deleted']!.file]!;
    const headings = (blocks: readonly OfficeBlock[]) => officeParagraphs(blocks).filter((p) => p.style === 'SEC Heading').map((p) => p.text);
    expect(headings(accept)).toEqual(['Section Y: Invented Opening']);
    expect(headings(reject)).toEqual(['Section Z: Invented Closing']);
  });

  it('leaves, paragraph by paragraph, style by style and table by table, the amended (Accept All) and base (Reject All) side of the change model', () => {
    for (const [name, c] of Object.entries(cases)) {
      for (const side of ['accept', 'reject'] as const) {
        const expected = c.instructions ? c.instructions.flatMap((i) => [{ text: i.text, style: 'SEC Instruction' }, ...named(expectedStyledBlocks(i.headings, side))]) : named(expectedStyledBlocks(c.headings, side));
        // Where LibreOffice is known to leave empty paragraphs (betweenTables), all else must still be exact.
        const left = redlinedBlocks(results[c.file]![side]).filter((b) => !c.betweenTables || isOfficeTable(b) || b.text !== '');
        expect(left, `${name} ${side}`).toEqual(expected);
      }
    }
  });

  it('removes inserted (Reject All) and deleted (Accept All) table rows, and tables inserted or deleted whole, and keeps the other rows', () => {
    const tables = (name: string, side: 'accept' | 'reject') => results[cases[name]!.file]![side].filter(isOfficeTable).map((t) => t.rows.map((row) => row.map(cellText).join(' | ')));
    // The heading's table of tables-accept-reject: a cell changed, an empty row inserted, a changed row with an empty cell.
    expect(tables('tables-diff', 'accept')[0]).toEqual(['Service | Target (days)', 'Invented Request | 5', 'Invented Repair | 7', ' | ', 'Invented Audit | ']);
    expect(tables('tables-diff', 'reject')[0]).toEqual(['Service | Target (days)', 'Invented Request | 5', 'Invented Repair | 10', 'Invented Removal | ']);
    // Tables inserted whole (T1.3's, T1.4A's, (a)'s, Invented Charges') and deleted whole (T1.2's, T1.5's, Invented Fees').
    expect(tables('tables-diff', 'accept').map((t) => t[1])).toEqual(['Invented Request | 5', 'Install | 3', 'Calls | one year', 'Invented charge | 12', 'Invented Member | 2020', 'Invented Exit Charge | 50', 'Kept | yes']);
    expect(tables('tables-diff', 'reject').map((t) => t[1])).toEqual(['Invented Request | 5', 'Install | 3', 'Visits | six years', 'Invented fee | 10', 'Invented Entry Fee | 100', 'Kept | yes']);
  });

  it('leaves each changed clause and changed cross-heading table exactly as the amended (Accept All) and base (Reject All) clause trees hold it', () => {
    let clauses = 0;
    for (const [name, c] of Object.entries(cases)) {
      if (!c.sides) continue;
      for (const [side, version] of [['accept', c.sides.amended], ['reject', c.sides.base]] as const) {
        const left = byClause(redlinedBlocks(results[c.file]![side]).filter((b) => !c.betweenTables || isOfficeTable(b) || b.text !== ''));
        const expected = new Map([...[...clausesOf(version)].filter(([number]) => c.sides!.changed.has(number)).map(([number, clause]) => [number, clauseParagraphs(clause)] as const), ...headingTablesOf(version, c.sides.tables)]);
        expect([...left.keys()].sort(), `${name} ${side}: clauses`).toEqual([...expected.keys()].sort());
        for (const [key, blocks] of expected) expect(left.get(key), `${name} ${side}: ${key}`).toEqual(blocks);
        clauses += expected.size;
      }
    }
    // The real pairs are large: most of each licence's clauses change.
    expect(clauses).toBeGreaterThan(100);
  });
});

/**
 * A base Section file and an amended one made from it by random edits: words replaced, inserted and
 * deleted, paragraphs deleted (the rest re-lettered) and inserted, clauses deleted and inserted.
 * All words are invented (test/arbitraries/section-file.ts).
 */
import fc from 'fast-check';
import { paragraphAddress } from '../../src/model/address.js';
import type { Block, Clause, CrossHeading, SectionFile, Table, TableRow, Version } from '../../src/model/clause-tree.js';
import { label as labelAt, sectionFileArbitrary } from './section-file.js';

const NEW_WORDS = ['new', 'further', 'SMETS2', 'SMETS2+', 'G3.19(b)', '10 days', 'DCC', 'excluding', '(where applicable)', '~', '<x>', '&', '-'];

/** A small deterministic generator, so that one fast-check seed gives one pair. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

function editWords(text: string, rnd: () => number): string {
  const words = text.split(' ');
  const at = Math.floor(rnd() * words.length);
  const word = NEW_WORDS[Math.floor(rnd() * NEW_WORDS.length)] as string;
  const roll = rnd();
  if (roll < 0.4) words[at] = word;
  else if (roll < 0.7) words.splice(at, 0, word);
  else if (words.length > 1) words.splice(at, 1);
  return words.join(' ');
}

/** A table edited as drafters edit schedules: words of a cell changed, a row inserted or deleted, now and then a column added. */
function editTable(table: Table, rnd: () => number): Table {
  const editRow = (row: TableRow): TableRow => {
    const at = Math.floor(rnd() * row.cells.length);
    return { ...row, cells: row.cells.map((cell, i) => (i === at ? { ...cell, text: editWords(cell.text || 'words', rnd) } : cell)) };
  };
  let rows = table.rows.map((row) => (rnd() < 0.3 ? editRow(row) : row));
  const roll = rnd();
  if (roll < 0.2 && rows.length > 0) rows = rows.filter((_, i) => i !== Math.floor(rnd() * table.rows.length));
  else if (roll < 0.4) {
    const inserted: TableRow = { type: 'tableRow', cells: table.header.cells.map((_, i) => ({ type: 'tableCell', text: i === 0 ? 'an inserted row' : `${i} days` })) };
    rows.splice(Math.floor(rnd() * (rows.length + 1)), 0, inserted);
  } else if (roll < 0.45) {
    // A column added: the whole table is replaced.
    const add = (row: TableRow): TableRow => ({ ...row, cells: [...row.cells, { type: 'tableCell', text: 'added' }] });
    return { ...table, align: [...table.align, null], header: add(table.header), rows: rows.map(add) };
  }
  return { ...table, header: rnd() < 0.1 ? editRow(table.header) : table.header, rows };
}

function relabel(blocks: Block[], parent: string): Block[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.type !== 'paragraph') return b;
    const label = labelAt(b.depth, n);
    n++;
    const address = paragraphAddress(parent, label);
    return { ...b, label, address, children: relabel([...b.children], address) };
  });
}

function editBlocks(blocks: readonly Block[], parent: string, rnd: () => number): Block[] {
  let out = blocks.map((b): Block => {
    if (b.type === 'table') return rnd() < 0.6 ? editTable(b, rnd) : b;
    if (rnd() < 0.35) return { ...b, text: b.type === 'definition' ? ` means ${editWords(b.text.replace(/^ means /, ''), rnd)}` : editWords(b.text, rnd) };
    return b.type === 'text' ? b : { ...b, children: editBlocks(b.children, b.address, rnd) };
  });
  const roll = rnd();
  if (roll < 0.15 && out.length > 0) out.splice(Math.floor(rnd() * out.length), 1);
  else if (roll < 0.3) {
    const depth = out.find((b) => b.type === 'paragraph')?.depth ?? 1;
    out.splice(Math.floor(rnd() * (out.length + 1)), 0, { type: 'paragraph', label: 'z', depth, address: '', text: 'an inserted paragraph of invented words', children: [] });
  }
  out = relabel(out, parent);
  return out;
}

function editClauses(clauses: readonly Clause[], rnd: () => number): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const roll = rnd();
    if (roll < 0.1) continue; // deleted
    const edited = roll < 0.7 ? { ...clause, text: rnd() < 0.5 ? editWords(clause.text || 'words', rnd) : clause.text, children: editBlocks(clause.children, clause.number, rnd) } : clause;
    out.push(edited);
    if (rnd() < 0.1) out.push({ type: 'clause', number: `${clause.number}A`, text: 'An inserted clause of invented words.', children: [] });
  }
  return out;
}

function asVersion(file: SectionFile, id: string): Version {
  return { type: 'version', code: 'SEC', id, extract: false, modifications: [], files: [file] };
}

/** [base, amended] versions. */
export const editedPairArbitrary: fc.Arbitrary<[Version, Version]> = fc.tuple(sectionFileArbitrary, fc.integer()).map(([file, seed]) => {
  const rnd = random(seed);
  const editHeading = (h: CrossHeading): CrossHeading => ({ ...h, ...(h.tables ? { tables: h.tables.map((t) => (rnd() < 0.5 ? editTable(t, rnd) : t)) } : {}), clauses: editClauses(h.clauses, rnd) });
  const amended: SectionFile = {
    ...file,
    section: { ...file.section, headings: file.section.headings.map(editHeading) },
  };
  return [asVersion(file, 'base'), asVersion(amended, 'amended')];
});

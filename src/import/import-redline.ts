/**
 * An Annex A's source paragraphs -> the modification it makes, with its base verified. Both sides
 * of the redline are read into clause trees by the same reader; a clause whose sides differ is
 * amended (or inserted, or deleted), one whose sides agree is context. Every clause's old side must
 * be the base's clause; the modification holds the new side of the changed clauses, in full.
 */
import { compareClauseNumbers } from '../model/clause-number.js';
import { SEC_CLAUSE_NUMBER } from '../model/clause-number.js';
import type { Clause, ClauseDeletion, CrossHeading, Modification, ModificationMeta, Section, SourcePosition, Table, TableDeletion, Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { readFurniture, type AnnexFurniture } from './annex-furniture.js';
import { buildSections, type UnplacedParagraph } from './build-sections.js';
import { projectSide, type Side } from './project-side.js';
import type { SideParagraph, SourceParagraph } from './source-paragraph.js';
import { verifyClause, verifyTables, verifyWords, type BaseMismatch } from './verify-base.js';

/** Options of importRedline. */
export interface ImportRedlineOptions {
  /** The modification's id: "MP087". */
  readonly id: string;
  /** The version the annex must be drafted against, as the store holds it. */
  readonly base: Version;
  /** The annex's file name, for the modification and its positions. */
  readonly file: string;
  /** Front matter the annex does not state (or that the drafter overrides). */
  readonly title?: string;
  readonly version?: string;
  readonly classification?: string;
  /** Clause-number pattern, when the code is not numbered like the SEC. */
  readonly numbering?: string;
  /** Computes Word's automatic numbers on one side's paragraphs (Word annexes only). */
  readonly numberSide?: (paragraphs: SideParagraph[]) => SideParagraph[];
}

/** What importRedline found. */
export interface ImportRedlineResult {
  /** The modification: a draft (no path, no implementation date), holding the changed clauses in full. */
  readonly modification: Modification;
  /** Places where the old side is not the base. */
  readonly mismatches: readonly BaseMismatch[];
  /** The base the annex says it is drafted against, when that is not the base given. */
  readonly claimedBase?: { readonly version: string; readonly position: SourcePosition };
  /** Clauses shown unchanged (context), verified and left out. */
  readonly context: readonly string[];
  /** Words the reader could not place. */
  readonly unplaced: readonly UnplacedParagraph[];
  readonly furniture: AnnexFurniture;
}

interface Located {
  readonly clause: Clause;
  readonly section: Section;
  readonly heading: CrossHeading;
}

function locate(sections: readonly Section[]): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const section of sections) {
    for (const heading of section.headings) {
      for (const clause of heading.clauses) if (!out.has(clause.number)) out.set(clause.number, { clause, section, heading });
    }
  }
  return out;
}

/** JSON of a node without positions and comments, for "do both sides read the same?". */
function shape(node: unknown): string {
  return JSON.stringify(node, (key, value: unknown) => (key === 'position' || key === 'comments' ? undefined : value));
}

function same(a: Clause, b: Clause): boolean {
  return shape(a) === shape(b);
}

/** The tables under a cross-heading, for comparing one side's with the other's. */
function tablesOf(heading: CrossHeading | undefined): readonly Table[] {
  return heading?.tables ?? [];
}

/** Reads `paragraphs` (an annex in any format) into the modification it makes against `options.base`. */
export function importRedline(paragraphs: readonly SourceParagraph[], options: ImportRedlineOptions): ImportRedlineResult {
  const clauseNumber = options.numbering ?? SEC_CLAUSE_NUMBER;
  const read = (side: Side) => {
    const projected = projectSide(paragraphs, side);
    const numbered = options.numberSide ? options.numberSide(projected) : projected;
    return { paragraphs: numbered, ...buildSections(numbered, { clauseNumber }) };
  };
  const oldSide = read('old');
  const newSide = read('new');
  const furniture = readFurniture(newSide.furniture, newSide.paragraphs);
  if (newSide.sections.length === 0 && oldSide.sections.length === 0) {
    throw new InputError({ file: options.file, line: 1, column: 1 }, 'no Section heading in the annex', "each Section's text must follow its heading, e.g. Section G 'Security'");
  }
  const base = locate(options.base.files.map((f) => f.section));
  const before = locate(oldSide.sections);
  const after = locate(newSide.sections);
  const mismatches: BaseMismatch[] = [];
  const context: string[] = [];
  const changed: Located[] = [];
  const deletions: ClauseDeletion[] = [];
  for (const [number, old] of before) {
    const held = base.get(number);
    if (!held) {
      mismatches.push({ ...(old.clause.position ? { position: old.clause.position } : {}), address: number, annex: old.clause.text });
      continue;
    }
    mismatches.push(...verifyClause(old.clause, held.clause));
    // A cross-heading the annex shows must be the base's too (checked once, at its first clause).
    if (old.heading.title !== null && old.heading.clauses[0] === old.clause) {
      const mismatch = verifyWords(old.heading.title, held.heading.title ?? '', `the cross-heading above ${number}`, old.heading.position);
      if (mismatch) mismatches.push(mismatch);
    }
    const now = after.get(number);
    // The tables under a cross-heading the annex shows must be the base's too, where either side shows any.
    if (old.heading.clauses[0] === old.clause && (tablesOf(old.heading).length > 0 || tablesOf(now?.heading).length > 0)) {
      mismatches.push(...verifyTables(tablesOf(old.heading), tablesOf(held.heading), `the tables under the cross-heading above ${number}`, old.heading.position ?? old.clause.position));
    }
    if (!now) deletions.push({ number, ...(old.clause.position ? { position: old.clause.position } : {}) });
    else if (same(old.clause, now.clause)) context.push(number);
    else changed.push(now);
  }
  for (const [number, now] of after) {
    if (before.has(number)) continue;
    if (base.has(number)) {
      mismatches.push({ ...(now.clause.position ? { position: now.clause.position } : {}), address: number, base: base.get(number)!.clause.text });
    }
    changed.push(now);
  }
  // A cross-heading whose tables the annex changes: the modification carries its tables with a
  // clause under it (a modification holds a heading only over its clauses), the first one shown
  // when the annex changes none of them.
  const retabled = new Set<CrossHeading>();
  const tableDeletions: TableDeletion[] = [];
  const notes: UnplacedParagraph[] = [];
  for (const [number, now] of after) {
    if (now.heading.clauses[0] !== now.clause) continue;
    const old = now.heading.clauses.map((c) => before.get(c.number)?.heading).find((h) => h !== undefined);
    if (shape(tablesOf(old)) === shape(tablesOf(now.heading))) continue;
    // All of a heading's tables gone: said in delete: ("tables under H1.1"), since a heading restated
    // without tables keeps the base's.
    const anchor = now.heading.clauses.find((c) => base.has(c.number) && before.has(c.number));
    if (tablesOf(now.heading).length === 0 && anchor) {
      const position = now.heading.position ?? anchor.position;
      tableDeletions.push({ clause: anchor.number, ...(position ? { position } : {}) });
      continue;
    }
    retabled.add(now.heading);
    if (!changed.some((c) => c.heading === now.heading)) {
      changed.push(now);
      context.splice(context.indexOf(number), 1);
      notes.push({ ...(now.clause.position ? { position: now.clause.position } : { position: { file: options.file, line: 1, column: 1 } }), text: '', why: `${number} is written unchanged, to carry the changed tables under its cross-heading (a modification holds a cross-heading's tables only over a clause under it)` });
    }
  }
  if (changed.length === 0 && deletions.length === 0 && tableDeletions.length === 0) {
    throw new InputError({ file: options.file, line: 1, column: 1 }, 'the annex marks no change', 'mark inserted words with underline or <u>, deleted ones with strike-through or ~~, or use tracked changes');
  }
  const title = options.title ?? furniture.title;
  if (title === undefined) {
    throw new InputError({ file: options.file, line: 1, column: 1 }, 'the annex does not state its title', 'give it: --title "…"');
  }
  const meta: ModificationMeta = {
    id: options.id,
    title,
    code: options.base.code,
    base: options.base.id,
    version: options.version ?? furniture.version ?? '0.1',
    classification: options.classification ?? furniture.classification ?? 'White',
    ...(options.numbering !== undefined ? { numbering: options.numbering } : {}),
  };
  const claimedBase =
    furniture.base !== undefined && furniture.base !== options.base.id && furniture.basePlace
      ? { version: furniture.base, position: furniture.basePlace.position }
      : undefined;
  return {
    modification: { type: 'modification', file: options.file, meta, sections: group(changed, base, retabled), deletions, ...(tableDeletions.length > 0 ? { tableDeletions } : {}) },
    mismatches,
    ...(claimedBase ? { claimedBase } : {}),
    context,
    unplaced: [...newSide.unplaced, ...oldSide.unplaced.filter((u) => !newSide.unplaced.some((n) => n.position.line === u.position.line)), ...notes],
    furniture,
  };
}

/**
 * The changed clauses under their Sections and cross-headings, in number order. A clause keeps the
 * heading the annex shows it under; one shown without a heading takes its heading in the base (or,
 * inserted, the heading of the base clause before it), so that applying it puts it where it belongs.
 * A heading in `retabled` carries its tables (those the annex's new side shows under it).
 */
function group(changed: readonly Located[], base: ReadonlyMap<string, Located>, retabled: ReadonlySet<CrossHeading>): Section[] {
  const sections: Array<{ id: string; title: string; headings: Array<{ title: string | null; tables?: readonly Table[]; clauses: Clause[] }> }> = [];
  const baseNumbers = [...base.keys()].sort(compareClauseNumbers);
  for (const { clause, section, heading } of [...changed].sort((a, b) => compareClauseNumbers(a.clause.number, b.clause.number))) {
    const inBase = base.get(clause.number) ?? base.get(baseNumbers.filter((n) => compareClauseNumbers(n, clause.number) < 0).at(-1) ?? '');
    const title = heading.title ?? inBase?.heading.title ?? null;
    let target = sections.find((s) => s.id === section.id);
    if (!target) {
      target = { id: section.id, title: section.title || inBase?.section.title || section.id, headings: [] };
      sections.push(target);
    }
    let under = target.headings.at(-1);
    if (!under || under.title !== title) {
      under = { title, clauses: [] };
      target.headings.push(under);
    }
    if (retabled.has(heading)) under.tables = tablesOf(heading);
    under.clauses.push(clause);
  }
  return sections.map((s) => ({
    type: 'section',
    id: s.id,
    title: s.title,
    headings: s.headings.map((h) => ({ type: 'crossHeading', title: h.title, ...(h.tables ? { tables: h.tables } : {}), clauses: h.clauses })),
  }));
}

/** A modification and its base -> the Annex A document: instructions, and the changed clauses with their context. */
import type { AnnexDocument, AnnexInstruction, AnnexSection, BlockChange, ChangeKind, ClauseChange, HeadingChange, Span } from '../model/change-tree.js';
import type { Modification, Version } from '../model/clause-tree.js';
import { numberingScheme } from '../model/numbering-scheme.js';
import { compareTrees } from './compare-trees.js';

const SECTION_NOUN = ['Section', 'Sections'] as const;

/** How much unchanged text stands around a change. */
export type AnnexContext = 'clause' | 'heading' | 'section';

/** Options of buildAnnex. */
export interface BuildAnnexOptions {
  /** `clause`: the changed clauses only; `heading` (default): every clause under their cross-heading, as published annexes do; `section`: the whole Section. */
  readonly context?: AnnexContext;
}

/**
 * Tables under one cross-heading that changed the same way, for an instruction. A table has no
 * number, so it is named by its heading (and, where the heading holds several, by its place).
 */
export interface TableInstruction {
  readonly kind: 'amended' | 'inserted' | 'deleted';
  /** The Section the heading stands in: "G". */
  readonly section: string;
  /** The heading's words on the side the table stands on (the base's for a deletion); null for none. */
  readonly heading: string | null;
  /** Each table's place among the heading's tables on that side, from 1. */
  readonly places: readonly number[];
  /** How many tables the heading holds on that side. */
  readonly of: number;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return ORDINALS[n - 1] ?? `${n}${teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "amend the table", "insert a new table (the second)", "delete the first and third tables". */
function tableChange(tables: TableInstruction): string {
  const many = tables.places.length > 1;
  // Places are named where the heading holds other tables too (on the side the tables stand on).
  const which = tables.of > tables.places.length || (tables.kind === 'inserted' && tables.of > 1) ? list(tables.places.map(ordinal)) : undefined;
  if (tables.kind === 'inserted') return `insert ${many ? 'new tables' : 'a new table'}${which ? ` (the ${which})` : ''}`;
  return `${tables.kind === 'amended' ? 'amend' : 'delete'} the ${which ? `${which} ` : ''}table${many ? 's' : ''}`;
}

/** One phrase per heading: "amend the table and delete the second table under the heading 'X' in Section G". */
function tablePhrases(tables: readonly TableInstruction[]): string[] {
  const groups: TableInstruction[][] = [];
  for (const t of tables) {
    const group = groups.at(-1);
    if (group && group[0]!.section === t.section && group[0]!.heading === t.heading) group.push(t);
    else groups.push([t]);
  }
  return groups.map((group) => {
    const { section, heading } = group[0]!;
    const where = heading === null ? `at the start of Section ${section}` : `under the heading '${heading}' in Section ${section}`;
    return `${list(group.map(tableChange))} ${where}`;
  });
}

/**
 * "Amend Section G3.20 as follows:", "Amend Sections G3.18 and G3.20 and insert new Section G3.20A as follows:",
 * "Delete Section G3.22.", "Amend the table under the heading 'Charges' in Section K as follows:",
 * "Amend the first table and delete the second table under the heading 'Charges' in Section K and
 * insert new Section K1.2 as follows:". Tables come first, as they stand before a heading's clauses.
 */
export function instructionFor(clauses: readonly ClauseChange[], tables: readonly TableInstruction[] = [], noun: readonly [string, string] | null = SECTION_NOUN): string {
  const of = (kind: ClauseChange['kind']) => clauses.filter((c) => c.kind === kind).map((c) => c.number);
  // "Section G3.20" in the SEC's Sections, "paragraph 1.1" in an appendix, "Part 2" as it stands.
  const section = (numbers: string[]) => (noun === null ? list(numbers) : `${noun[numbers.length > 1 ? 1 : 0]} ${list(numbers)}`);
  const parts: string[] = tablePhrases(tables);
  const amended = of('amended');
  const inserted = of('inserted');
  const deleted = of('deleted');
  if (amended.length) parts.push(`amend ${section(amended)}`);
  if (inserted.length) parts.push(`insert new ${section(inserted)}`);
  if (deleted.length) parts.push(`delete ${section(deleted)}`);
  const sentence = list(parts);
  const capital = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  const shown = amended.length > 0 || inserted.length > 0 || tables.some((t) => t.kind !== 'deleted');
  return shown ? `${capital} as follows:` : `${capital}.`;
}

function changed(clause: ClauseChange): boolean {
  return clause.kind !== 'unchanged';
}

const words = (spans: readonly Span[] | null, side: 'base' | 'amended'): string | null =>
  spans === null ? null : spans.filter((s) => s.type !== (side === 'base' ? 'insert' : 'delete')).map((s) => s.text).join('');

/** The changed tables under `heading`, grouped by how they changed (amended, inserted, deleted), each group with its places. */
function tableInstructions(heading: HeadingChange, section: string): TableInstruction[] {
  const tables = heading.tables ?? [];
  const out: TableInstruction[] = [];
  for (const kind of ['amended', 'inserted', 'deleted'] as const) {
    // A deleted table is counted among the base's tables, the others among the amended side's.
    const side = kind === 'deleted' ? 'base' : 'amended';
    const gone: ChangeKind = side === 'base' ? 'inserted' : 'deleted';
    const standing = tables.filter((t) => t.kind !== gone);
    const places = standing.flatMap((t, i) => (t.kind === kind ? [i + 1] : []));
    if (places.length > 0) out.push({ kind, section, heading: words(heading.title, side), places, of: standing.length });
  }
  return out;
}

/** The heading as an instruction shows it: only `clauses`, and only `tables` (none if not given). */
function showing(heading: HeadingChange, clauses: readonly ClauseChange[], tables: readonly BlockChange[] = []): HeadingChange {
  const { tables: _all, ...rest } = heading;
  return { ...rest, ...(tables.length > 0 ? { tables } : {}), clauses };
}

/** The Annex A of `modification` against `base`, with `consolidated` = base + modification. */
export function buildAnnex(base: Version, modification: Modification, consolidated: Version, options: BuildAnnexOptions = {}): AnnexDocument {
  const context = options.context ?? 'heading';
  const tree = compareTrees(base, consolidated);
  const sections: AnnexSection[] = [];
  for (const section of tree.sections) {
    if (section.kind === 'unchanged') continue;
    const instructions: AnnexInstruction[] = [];
    const file = consolidated.files.find((f) => f.section.id === section.id) ?? base.files.find((f) => f.section.id === section.id);
    const scheme = numberingScheme(file?.meta.numbering);
    const noun = scheme?.noun === undefined ? SECTION_NOUN : scheme.noun;
    const title = section.title.filter((s) => s.type !== 'delete').map((s) => s.text).join('');
    if (context === 'section') {
      const all = section.headings.flatMap((h) => h.clauses);
      const tables = section.headings.flatMap((h) => tableInstructions(h, section.id));
      if (all.some(changed) || tables.length > 0) instructions.push({ type: 'annexInstruction', text: instructionFor(all, tables, noun), headings: section.headings });
    } else {
      for (const heading of section.headings) {
        const touched = heading.clauses.filter(changed);
        const tables = tableInstructions(heading, section.id);
        const titleChanged = (heading.title ?? []).some((s) => s.type !== 'equal');
        if (touched.length === 0 && tables.length === 0 && !titleChanged) continue;
        if (context === 'heading' || (touched.length === 0 && tables.length === 0)) {
          const text = touched.length > 0 || tables.length > 0 ? instructionFor(touched, tables, noun) : 'Amend the heading as follows:';
          instructions.push({ type: 'annexInstruction', text, headings: [heading] });
          continue;
        }
        // Table by table and clause by clause, as published annexes do: one instruction for each
        // kind of change to the heading's tables, then for each run of clause changes of one kind
        // ("Amend …", "Insert new …", "Delete ….", a deletion with no text to show).
        for (const group of tables) {
          const shown = (heading.tables ?? []).filter((t) => t.kind === group.kind);
          instructions.push({ type: 'annexInstruction', text: instructionFor([], [group], noun), headings: group.kind === 'deleted' ? [] : [showing(heading, [], shown)] });
        }
        const runs: ClauseChange[][] = [];
        for (const clause of touched) {
          const run = runs.at(-1);
          if (run && run[0]!.kind === clause.kind) run.push(clause);
          else runs.push([clause]);
        }
        for (const run of runs) {
          const shown = run[0]!.kind === 'deleted' ? [] : [showing(heading, run)];
          instructions.push({ type: 'annexInstruction', text: instructionFor(run, [], noun), headings: shown });
        }
      }
    }
    sections.push({ type: 'annexSection', id: section.id, title, instructions });
  }
  return {
    type: 'annex',
    modification: modification.meta,
    base: base.id,
    date: modification.meta.implemented ?? base.effective ?? '1970-01-01',
    sections,
  };
}

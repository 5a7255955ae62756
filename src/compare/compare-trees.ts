/** Two versions (or a base and a consolidated modification) -> the change tree every renderer draws. */
import type { BlockChange, ChangeTree, ClauseChange, HeadingChange, SectionChange, Span } from '../model/change-tree.js';
import type { Clause, CrossHeading, Section, Version } from '../model/clause-tree.js';
import { compareClauseNumbers } from '../model/clause-number.js';
import { compareBlocks, sameBlocks, unchangedBlocks } from './compare-blocks.js';
import { diffWords } from './diff-words.js';

function all(text: string, type: 'insert' | 'delete'): Span[] {
  return text === '' ? [] : [{ type, text }];
}

/** Compares two clauses with the same number (either may be missing). */
export function compareClauses(base: Clause | undefined, amended: Clause | undefined): ClauseChange {
  const number = (amended ?? base)!.number;
  if (!base) {
    return { type: 'clauseChange', kind: 'inserted', number, amended: amended!, text: all(amended!.text, 'insert'), children: compareBlocks([], amended!.children) };
  }
  if (!amended) {
    return { type: 'clauseChange', kind: 'deleted', number, base, text: all(base.text, 'delete'), children: compareBlocks(base.children, []) };
  }
  if (base.text === amended.text && sameBlocks(base.children, amended.children)) {
    // Most clauses of a whole-version diff are untouched and most redlines never show them: their
    // blocks' changes are built when first read, not for every clause of every Section.
    let children: BlockChange[] | undefined;
    return {
      type: 'clauseChange',
      kind: 'unchanged',
      number,
      base,
      amended,
      text: base.text === '' ? [] : [{ type: 'equal', text: base.text }],
      get children() {
        return (children ??= unchangedBlocks(base.children, amended.children));
      },
    };
  }
  const text = diffWords(base.text, amended.text);
  const children = compareBlocks(base.children, amended.children);
  const changed = text.some((s) => s.type !== 'equal') || children.some((c) => c.kind !== 'unchanged');
  return { type: 'clauseChange', kind: changed ? 'amended' : 'unchanged', number, base, amended, text, children };
}

function titleSpans(base: string | null | undefined, amended: string | null | undefined): Span[] | null {
  if (base === undefined || base === null) return amended === undefined || amended === null ? null : all(amended, 'insert');
  if (amended === undefined || amended === null) return all(base, 'delete');
  return diffWords(base, amended);
}

/**
 * Compares two Sections. Headings are matched by the clauses they hold (a reworded heading keeps
 * its clauses), or failing that by their words.
 */
export function compareSections(base: Section | undefined, amended: Section | undefined): SectionChange {
  const id = (amended ?? base)!.id;
  const baseClauses = new Map<string, { clause: Clause; heading: CrossHeading }>();
  for (const heading of base?.headings ?? []) for (const clause of heading.clauses) baseClauses.set(clause.number, { clause, heading });
  const amendedNumbers = new Set((amended?.headings ?? []).flatMap((h) => h.clauses.map((c) => c.number)));
  const matched = new Map<CrossHeading, CrossHeading>();
  const headings: Array<{ base?: CrossHeading; amended?: CrossHeading; clauses: ClauseChange[] }> = [];
  for (const heading of amended?.headings ?? []) {
    const counterpart =
      heading.clauses.map((c) => baseClauses.get(c.number)?.heading).find((h) => h !== undefined && !matched.has(h)) ??
      base?.headings.find((h) => h.title === heading.title && !matched.has(h));
    if (counterpart) matched.set(counterpart, heading);
    headings.push({ ...(counterpart ? { base: counterpart } : {}), amended: heading, clauses: heading.clauses.map((c) => compareClauses(baseClauses.get(c.number)?.clause, c)) });
  }
  // Deleted clauses go under their heading's counterpart, in number order; a heading with no
  // counterpart at all was deleted, and stands where it stood.
  for (const heading of base?.headings ?? []) {
    const deleted = heading.clauses.filter((c) => !amendedNumbers.has(c.number)).map((c) => compareClauses(c, undefined));
    const target = matched.get(heading);
    const entry = target ? headings.find((h) => h.amended === target) : undefined;
    if (entry) {
      // Sorted only when out of order (most headings are in order already and lose nothing), so the
      // redline keeps number order even where the amended file lists clauses out of order.
      const merged = [...entry.clauses, ...deleted];
      if (merged.some((c, i) => i > 0 && compareClauseNumbers((merged[i - 1] as ClauseChange).number, c.number) > 0)) merged.sort((x, y) => compareClauseNumbers(x.number, y.number));
      entry.clauses = merged;
    } else if (deleted.length > 0 || heading.clauses.length === 0) {
      const index = base!.headings.indexOf(heading);
      headings.splice(Math.min(index, headings.length), 0, { base: heading, clauses: deleted });
    }
  }
  const headingChanges: HeadingChange[] = headings.map((h) => {
    const title = titleSpans(h.base?.title, h.amended?.title);
    // Tables under the heading are aligned as a clause's blocks are.
    const tables = h.base?.tables || h.amended?.tables ? compareBlocks(h.base?.tables ?? [], h.amended?.tables ?? []) : undefined;
    const changed = (title ?? []).some((s) => s.type !== 'equal') || h.clauses.some((c) => c.kind !== 'unchanged') || (tables ?? []).some((t) => t.kind !== 'unchanged');
    const kind = !h.base ? 'inserted' : !h.amended ? 'deleted' : changed ? 'amended' : 'unchanged';
    return { type: 'headingChange', kind, title, ...(tables ? { tables } : {}), clauses: h.clauses };
  });
  const title = titleSpans(base?.title, amended?.title) ?? [];
  const kind = !base ? 'inserted' : !amended ? 'deleted' : title.some((s) => s.type !== 'equal') || headingChanges.some((h) => h.kind !== 'unchanged') ? 'amended' : 'unchanged';
  return { type: 'sectionChange', kind, id, title, headings: headingChanges };
}

/** Options of compareTrees. */
export interface CompareTreesOptions {
  /** What to call the base side (default: its version id). */
  readonly baseName?: string;
  /** What to call the amended side (default: its version id). */
  readonly amendedName?: string;
}

/** Compares two versions Section by Section. */
export function compareTrees(base: Version, amended: Version, options: CompareTreesOptions = {}): ChangeTree {
  const baseSections = new Map(base.files.map((f) => [f.section.id, f.section]));
  const amendedSections = new Map(amended.files.map((f) => [f.section.id, f.section]));
  const ids = [...new Set([...baseSections.keys(), ...amendedSections.keys()])].sort(compareClauseNumbers);
  return {
    type: 'changeTree',
    code: amended.code,
    base: options.baseName ?? base.id,
    amended: options.amendedName ?? amended.id,
    sections: ids.map((id) => compareSections(baseSections.get(id), amendedSections.get(id))),
  };
}

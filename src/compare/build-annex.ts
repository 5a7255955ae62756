/** A modification and its base -> the Annex A document: instructions, and the changed clauses with their context. */
import type { AnnexDocument, AnnexInstruction, AnnexSection, ClauseChange } from '../model/change-tree.js';
import type { Modification, Version } from '../model/clause-tree.js';
import { compareTrees } from './compare-trees.js';

/** How much unchanged text stands around a change. */
export type AnnexContext = 'clause' | 'heading' | 'section';

/** Options of buildAnnex. */
export interface BuildAnnexOptions {
  /** `clause`: the changed clauses only; `heading` (default): every clause under their cross-heading, as published annexes do; `section`: the whole Section. */
  readonly context?: AnnexContext;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "Amend Section G3.20 as follows:", "Amend Sections G3.18 and G3.20 and insert new Section G3.20A as follows:", "Delete Section G3.22." */
export function instructionFor(clauses: readonly ClauseChange[]): string {
  const of = (kind: ClauseChange['kind']) => clauses.filter((c) => c.kind === kind).map((c) => c.number);
  const section = (numbers: string[]) => `Section${numbers.length > 1 ? 's' : ''} ${list(numbers)}`;
  const parts: string[] = [];
  const amended = of('amended');
  const inserted = of('inserted');
  const deleted = of('deleted');
  if (amended.length) parts.push(`amend ${section(amended)}`);
  if (inserted.length) parts.push(`insert new ${section(inserted)}`);
  if (deleted.length) parts.push(`delete ${section(deleted)}`);
  const sentence = list(parts);
  const capital = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return amended.length === 0 && inserted.length === 0 ? `${capital}.` : `${capital} as follows:`;
}

function changed(clause: ClauseChange): boolean {
  return clause.kind !== 'unchanged';
}

/** The Annex A of `modification` against `base`, with `consolidated` = base + modification. */
export function buildAnnex(base: Version, modification: Modification, consolidated: Version, options: BuildAnnexOptions = {}): AnnexDocument {
  const context = options.context ?? 'heading';
  const tree = compareTrees(base, consolidated);
  const sections: AnnexSection[] = [];
  for (const section of tree.sections) {
    if (section.kind === 'unchanged') continue;
    const instructions: AnnexInstruction[] = [];
    const title = section.title.filter((s) => s.type !== 'delete').map((s) => s.text).join('');
    if (context === 'section') {
      const all = section.headings.flatMap((h) => h.clauses);
      if (all.some(changed)) instructions.push({ type: 'annexInstruction', text: instructionFor(all), headings: section.headings });
    } else {
      for (const heading of section.headings) {
        const touched = heading.clauses.filter(changed);
        const titleChanged = (heading.title ?? []).some((s) => s.type !== 'equal');
        if (touched.length === 0 && !titleChanged) continue;
        if (context === 'heading' || touched.length === 0) {
          const text = touched.length > 0 ? instructionFor(touched) : 'Amend the heading as follows:';
          instructions.push({ type: 'annexInstruction', text, headings: [heading] });
          continue;
        }
        // Clause by clause, as published annexes do: one instruction for each run of changes of
        // one kind ("Amend …", "Insert new …", "Delete ….", the last with no text to show).
        const runs: ClauseChange[][] = [];
        for (const clause of touched) {
          const run = runs.at(-1);
          if (run && run[0]!.kind === clause.kind) run.push(clause);
          else runs.push([clause]);
        }
        for (const run of runs) {
          const shown = run[0]!.kind === 'deleted' ? [] : [{ ...heading, clauses: run }];
          instructions.push({ type: 'annexInstruction', text: instructionFor(run), headings: shown });
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

/** The history of one clause across a sequence of texts: where it first appears and each step that changed it. */
import type { ChangeTree, ClauseChange } from '../model/change-tree.js';
import type { Clause, Version } from '../model/clause-tree.js';
import { compareClauses } from './compare-trees.js';

/** One text in the sequence: a version, or a base with a modification applied. */
export interface HistoryPoint {
  /** What to call it: "6.17", "6.17 + MP087". */
  readonly name: string;
  /** What it is, in words: "implemented 2019-11-04". */
  readonly note: string;
  /** The text it is compared with (the previous point, or a modification's base); absent at the start. */
  readonly from?: Version;
  readonly version: Version;
}

/** A step that changed the clause. */
export interface HistoryStep {
  readonly name: string;
  readonly note: string;
  readonly change: ClauseChange;
  /** The step as a one-clause change tree, for the renderers. */
  readonly tree: ChangeTree;
}

function find(version: Version | undefined, number: string, document: string | undefined): Clause | undefined {
  if (!version) return undefined;
  for (const file of version.files) {
    if (document !== undefined && file.section.id !== document) continue;
    for (const heading of file.section.headings) for (const clause of heading.clauses) if (clause.number === number) return clause;
  }
  return undefined;
}

/** Every point at which clause `number` (of the Section `document`, when given) appears, changes or goes. */
export function clauseHistory(number: string, points: readonly HistoryPoint[], document?: string): HistoryStep[] {
  const steps: HistoryStep[] = [];
  for (const point of points) {
    const before = find(point.from, number, document);
    const after = find(point.version, number, document);
    if (!before && !after) continue;
    const change = compareClauses(before, after);
    if (point.from && change.kind === 'unchanged') continue;
    const shown: ClauseChange = point.from ? change : { ...change, kind: 'unchanged', text: after ? [{ type: 'equal', text: after.text }] : [] , children: compareClauses(after, after).children };
    steps.push({
      name: point.name,
      note: point.note,
      change: shown,
      tree: {
        type: 'changeTree',
        code: point.version.code,
        base: point.from?.id ?? point.version.id,
        amended: point.version.id,
        sections: [{ type: 'sectionChange', kind: shown.kind, id: document ?? number.charAt(0), title: [], headings: [{ type: 'headingChange', kind: shown.kind, title: null, clauses: [shown] }] }],
      },
    });
  }
  return steps;
}

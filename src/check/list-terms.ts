/**
 * The defined terms the checker believes a version holds: each term, where it is defined, in which
 * form, and how often the text uses it. `secdraft terms` prints it, so that a reviewer sees what the
 * term rules judge by.
 */
import type { SourcePosition, Version } from '../model/clause-tree.js';
import { indexTerms } from './term-index.js';
import { textUnits } from './text-units.js';

/** One defined term of a version. */
export interface TermSummary {
  readonly term: string;
  /** The address of the clause, paragraph or definition that defines it. */
  readonly address: string;
  readonly position?: SourcePosition;
  /** `list`: `- **Term** means …`; `quoted`: a quoted term in the words. */
  readonly form: 'list' | 'quoted';
  /** Uses of the term as defined (plurals and possessives included; the definition itself not). */
  readonly uses: number;
  /** Uses capitalised another way ("Title page" for "Title Page"). */
  readonly variants: number;
}

/** The defined terms of `version`, alphabetised (case-insensitively, then as written). */
export function listTerms(version: Version): TermSummary[] {
  const index = indexTerms(textUnits(version));
  const uses = new Map<string, { uses: number; variants: number }>();
  for (const use of index.uses) {
    const count = uses.get(use.term) ?? { uses: 0, variants: 0 };
    if (use.caseVariant) count.variants++;
    else count.uses++;
    uses.set(use.term, count);
  }
  return [...index.definitions.values()]
    .map((d) => ({ term: d.term, address: d.address, ...(d.position ? { position: d.position } : {}), form: d.form, ...(uses.get(d.term) ?? { uses: 0, variants: 0 }) }))
    .sort((a, b) => a.term.toLowerCase().localeCompare(b.term.toLowerCase()) || a.term.localeCompare(b.term));
}

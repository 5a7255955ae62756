/** A new draft modification: the named clauses of its base, copied in full under their Section and cross-headings. */
import { parseAddress } from '../model/address.js';
import type { Clause, CrossHeading, Modification, Section, Version } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';

/** Options of startModification. */
export interface StartModificationOptions {
  readonly id: string;
  readonly title: string;
  readonly classification?: string;
  /** The file the modification will be written to, for its positions. */
  readonly file: string;
}

/**
 * A draft of `options.id` against `base` holding the clauses `addresses` name (a paragraph's address
 * names its clause), in the base's order, ready to edit. Legal text version 0.1; no path and no
 * implementation date until the Panel sets them.
 */
export function startModification(base: Version, addresses: readonly string[], options: StartModificationOptions): Modification {
  const wanted = new Set<string>();
  for (const address of addresses) {
    const parsed = parseAddress(address);
    if (!parsed) throw new InputError(undefined, `'${address}' is not a clause address`, 'write it as G3.20, or G3.18(a) for the clause holding it');
    wanted.add(parsed.number);
  }
  const found = new Set<string>();
  const sections: Section[] = [];
  for (const file of base.files) {
    const headings: CrossHeading[] = [];
    for (const heading of file.section.headings) {
      const clauses: Clause[] = heading.clauses.filter((c) => wanted.has(c.number));
      for (const clause of clauses) found.add(clause.number);
      if (clauses.length > 0) headings.push({ type: 'crossHeading', title: heading.title, clauses });
    }
    if (headings.length > 0) sections.push({ type: 'section', id: file.section.id, title: file.section.title, headings });
  }
  const missing = [...wanted].filter((n) => !found.has(n));
  if (missing.length > 0) {
    throw new InputError(undefined, `version ${base.id} holds no clause ${missing.join(', ')}`, `name clauses ${base.id} holds (secdraft show <address> --at ${base.id}); to insert a new clause, copy its neighbour and renumber it`);
  }
  return {
    type: 'modification',
    file: options.file,
    meta: { id: options.id, title: options.title, code: base.code, base: base.id, version: '0.1', classification: options.classification ?? 'White' },
    sections,
    deletions: [],
  };
}

/** A new draft modification: the named clauses of its base, copied in full under their Section and cross-headings. */
import { filesHolding, parseQualifiedAddress, qualifiedAddress } from '../model/address.js';
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
  // "Y:1.1" names the Section too: appendices numbered locally can share 1.1.
  const wanted: { readonly address: string; readonly number: string; readonly document?: string }[] = [];
  for (const address of addresses) {
    const parsed = parseQualifiedAddress(address);
    if (!parsed) throw new InputError(undefined, `'${address}' is not a clause address`, 'write it as G3.20, or G3.18(a) for the clause holding it, or Y:1.1 for 1.1 of Section Y');
    wanted.push({ address, number: parsed.number, ...(parsed.document !== undefined ? { document: parsed.document } : {}) });
  }
  const holders = (w: (typeof wanted)[number]) => filesHolding(base.files, w.number, w.document);
  const missing = wanted.filter((w) => holders(w).length === 0).map((w) => w.address);
  if (missing.length > 0) {
    throw new InputError(undefined, `version ${base.id} holds no clause ${missing.join(', ')}`, `name clauses ${base.id} holds (secdraft show <address> --at ${base.id}); to insert a new clause, copy its neighbour and renumber it`);
  }
  for (const w of wanted) {
    const held = holders(w);
    if (held.length > 1) {
      const named = held.map((file) => qualifiedAddress(file.section.id, w.number));
      throw new InputError(undefined, `${w.number} is in ${held.length} documents of ${base.code} ${base.id}: ${named.join(', ')}`, `name the document, e.g. ${named[0]}`);
    }
  }
  const sections: Section[] = [];
  const numberings = new Set<string | undefined>();
  for (const file of base.files) {
    const here = new Set(wanted.filter((w) => w.document === undefined || w.document === file.section.id).map((w) => w.number));
    const headings: CrossHeading[] = [];
    for (const heading of file.section.headings) {
      const clauses: Clause[] = heading.clauses.filter((c) => here.has(c.number));
      if (clauses.length > 0) headings.push({ type: 'crossHeading', title: heading.title, clauses });
    }
    if (headings.length > 0) {
      sections.push({ type: 'section', id: file.section.id, title: file.section.title, headings });
      numberings.add(file.meta.numbering);
    }
  }
  // A modification has one numbering, so its clauses parse as their documents' do.
  if (numberings.size > 1) {
    throw new InputError(undefined, `${addresses.join(', ')} come from documents numbered differently (${[...numberings].map((n) => n ?? 'the SEC\'s own').join(', ')})`, 'start one modification for each numbering');
  }
  const numbering = [...numberings][0];
  return {
    type: 'modification',
    file: options.file,
    meta: { id: options.id, title: options.title, code: base.code, base: base.id, version: '0.1', classification: options.classification ?? 'White', ...(numbering !== undefined ? { numbering } : {}) },
    sections,
    deletions: [],
  };
}

/**
 * Re-expresses a modification against a newer base: a clause nobody else touched since is kept as
 * drafted; one changed since is merged three-way (the newer base's changes and the modification's);
 * overlapping changes are clashes.
 */
import type { Clause, ClauseDeletion, CrossHeading, Modification, Version } from '../model/clause-tree.js';
import { mergeClause, type ClauseClash } from './merge-clauses.js';
import type { Tokenize } from './merge-texts.js';

/** A rebase clash: the clause and what each side does. */
export interface RebaseClash extends ClauseClash {
  readonly clause: string;
}

/** The rebased modification, the clauses merged on the way, and deletions already made; or the clashes. */
export type RebaseResult =
  | { readonly ok: true; readonly modification: Modification; readonly merged: readonly string[]; readonly dropped: readonly string[] }
  | { readonly ok: false; readonly clashes: readonly RebaseClash[] };

function clauseMap(version: Version): Map<string, { clause: Clause; heading: CrossHeading }> {
  const map = new Map<string, { clause: Clause; heading: CrossHeading }>();
  for (const file of version.files) for (const heading of file.section.headings) for (const clause of heading.clauses) map.set(clause.number, { clause, heading });
  return map;
}

function sameClause(a: Clause, b: Clause): boolean {
  const plain = (c: Clause) => JSON.stringify(c, (key, v) => (key === 'position' || key === 'comments' ? undefined : v));
  return plain(a) === plain(b);
}

/** Rebases `modification` (drafted against `from`) onto `onto`. */
export function rebaseModification(modification: Modification, from: Version, onto: Version, tokenize: Tokenize): RebaseResult {
  const before = clauseMap(from);
  const after = clauseMap(onto);
  const id = modification.meta.id;
  const clashes: RebaseClash[] = [];
  const merged: string[] = [];
  const sections = modification.sections.map((section) => ({
    ...section,
    headings: section.headings.map((heading) => ({
      ...heading,
      clauses: heading.clauses.map((clause): Clause => {
        const old = before.get(clause.number);
        const now = after.get(clause.number);
        if (!old) {
          if (now && !sameClause(now.clause, clause)) {
            clashes.push({ clause: clause.number, address: clause.number, reason: `${onto.id} already has a clause numbered ${clause.number}`, edits: [{ by: onto.id, removes: '', inserts: now.clause.text }, { by: id, removes: '', inserts: clause.text }] });
          }
          return clause;
        }
        if (!now) {
          clashes.push({ clause: clause.number, address: clause.number, reason: `${onto.id} deletes the clause that ${id} amends`, edits: [{ by: onto.id, removes: clause.number, inserts: '' }, { by: id, removes: '', inserts: clause.text }] });
          return clause;
        }
        if (sameClause(old.clause, now.clause)) return clause;
        const result = mergeClause(old.clause, [{ by: onto.id, clause: now.clause }, { by: id, clause }], tokenize);
        if (!result.ok) {
          clashes.push(...result.clashes.map((c) => ({ ...c, clause: clause.number })));
          return clause;
        }
        merged.push(clause.number);
        return result.clause as Clause;
      }),
    })).map((heading) => {
      // A cross-heading the modification left as it was takes the newer base's words.
      const first = heading.clauses[0];
      const old = first && before.get(first.number);
      const now = first && after.get(first.number);
      return old && now && heading.title === old.heading.title ? { ...heading, title: now.heading.title } : heading;
    }),
  }));
  const deletions: ClauseDeletion[] = [];
  const dropped: string[] = [];
  for (const deletion of modification.deletions) {
    const old = before.get(deletion.number);
    const now = after.get(deletion.number);
    if (!now) {
      dropped.push(deletion.number);
    } else if (old && !sameClause(old.clause, now.clause)) {
      clashes.push({ clause: deletion.number, address: deletion.number, reason: `${onto.id} amends the clause that ${id} deletes`, edits: [{ by: onto.id, removes: old.clause.text, inserts: now.clause.text }, { by: id, removes: deletion.number, inserts: '' }] });
    } else {
      deletions.push(deletion);
    }
  }
  if (clashes.length > 0) return { ok: false, clashes };
  return { ok: true, modification: { ...modification, meta: { ...modification.meta, base: onto.id }, sections, deletions }, merged, dropped };
}

/**
 * Base verification: the old side of a redline (kept and deleted words) must be the base version's
 * text, word for word. White space does not count (a PDF extraction or a mark's edge moves it);
 * every word and stop does. A mismatch is a stale or mistyped redline.
 */
import { legalTokens, tokenCore } from '../compare/legal-tokens.js';
import type { Clause, SourcePosition, Table } from '../model/clause-tree.js';
import { clauseUnits, type ClauseUnit } from './clause-units.js';

/** One place where the redline's old side is not the base. */
export interface BaseMismatch {
  /** Where in the annex (absent when the annex lacks the words altogether). */
  readonly position?: SourcePosition;
  /** The clause or paragraph: "G3.20(b)". */
  readonly address: string;
  /** What the annex's old side says there (the differing words with a little context), or undefined when it lacks them. */
  readonly annex?: string;
  /** What the base says there, or undefined when the base lacks them. */
  readonly base?: string;
}

function words(text: string): string[] {
  return legalTokens(text).map(tokenCore).filter((t) => t !== '');
}

const CONTEXT = 3;

/** The words where `a` and `b` differ, with a few kept words either side ("…" where cut). */
function differing(a: readonly string[], b: readonly string[]): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = Math.max(0, start - CONTEXT);
  const cut = (list: readonly string[]) => {
    const to = Math.min(list.length, list.length - end + CONTEXT);
    return `${from > 0 ? '… ' : ''}${joinWords(list.slice(from, to))}${to < list.length ? ' …' : ''}`;
  };
  return [cut(a), cut(b)];
}

/** Words back into readable text: no space before closing stops, none after an opening bracket. */
function joinWords(list: readonly string[]): string {
  return list.join(' ').replace(/ ([),.;:\]])/g, '$1').replace(/([([]) /g, '$1');
}

/** Compares one run of words (a heading) with the base's; undefined when they agree word for word. */
export function verifyWords(annex: string, base: string, address: string, position: SourcePosition | undefined): BaseMismatch | undefined {
  const a = words(annex);
  const b = words(base);
  if (a.length === b.length && a.every((w, i) => w === b[i])) return undefined;
  const [said, held] = differing(a, b);
  return { ...(position ? { position } : {}), address, annex: said, base: held };
}

/** Compares the tables an annex shows under a cross-heading with the base's, row by row. */
export function verifyTables(annex: readonly Table[], base: readonly Table[], address: string, position: SourcePosition | undefined): BaseMismatch[] {
  const words = (tables: readonly Table[]) => tables.map((t) => [t.header, ...t.rows].map((row) => row.cells.map((cell) => cell.text).join(' | ')).join(' / ')).join(' // ');
  const mismatch = verifyWords(words(annex), words(base), address, position);
  return mismatch ? [mismatch] : [];
}

/** Units keyed by address, and by occurrence where an address repeats (one term defined twice). */
function keyed(units: readonly ClauseUnit[]): Array<ClauseUnit & { key: string }> {
  const count = new Map<string, number>();
  return units.map((unit) => {
    const n = (count.get(unit.address) ?? 0) + 1;
    count.set(unit.address, n);
    return { ...unit, key: n === 1 ? unit.address : `${unit.address} #${n}` };
  });
}

/** Compares the annex's old side of a clause with the base's clause, unit by unit. */
export function verifyClause(old: Clause, base: Clause): BaseMismatch[] {
  const oldUnits = keyed(clauseUnits(old));
  const baseUnits = new Map(keyed(clauseUnits(base)).map((u) => [u.key, u]));
  const out: BaseMismatch[] = [];
  const seen = new Set<string>();
  for (const unit of oldUnits) {
    seen.add(unit.key);
    const at = unit.position ? { position: unit.position } : {};
    const counterpart = baseUnits.get(unit.key);
    if (!counterpart) {
      out.push({ ...at, address: unit.address, annex: joinWords(words(unit.text)) });
      continue;
    }
    const a = words(unit.text);
    const b = words(counterpart.text);
    if (a.length === b.length && a.every((w, i) => w === b[i])) continue;
    const [annex, said] = differing(a, b);
    out.push({ ...at, address: unit.address, annex, base: said });
  }
  for (const unit of baseUnits.values()) {
    if (!seen.has(unit.key)) out.push({ ...(old.position ? { position: old.position } : {}), address: unit.address, base: joinWords(words(unit.text)) });
  }
  return out;
}

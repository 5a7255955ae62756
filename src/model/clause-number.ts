/** Clause numbers: the default SEC pattern and their natural order (G3.9 < G3.10 < G3.10A). */

/**
 * The SEC's clause numbers: a Section letter, numbers joined by dots, an optional inserted-clause
 * suffix (G3.17, G3.17A, A1.1, M2.6). A code numbered differently sets its own pattern.
 */
export const SEC_CLAUSE_NUMBER = '[A-Z]\\d+(?:\\.\\d+)+[A-Z]*';

/** Something a drafter meant as a clause number (G3-17, 3.17, G3.17.) even when it fits no pattern. */
export const LOOKS_LIKE_NUMBER = /^[A-Z]{0,2}\d[\w.\-]*(?=\s|$)/;

/** Splits "G3.10A" into comparable parts: ["G", 3, 10, "A"]. */
function parts(number: string): Array<string | number> {
  return (number.match(/\d+|[^\d.]+/g) ?? []).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Orders clause numbers naturally: numeric parts as numbers, so G3.9 < G3.10 and G3.17 < G3.17A < G3.18. */
export function compareClauseNumbers(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

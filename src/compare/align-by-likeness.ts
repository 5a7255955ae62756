/**
 * Aligns two lists by content, as a drafter reads a redline: a clause's blocks, a table's rows. Items
 * that read the same at either end are kept without a diff; between them, alike items in order are
 * paired (jsdiff's diffArrays with likeness as equality), and what is left is paired where still
 * somewhat alike, side by side, or else deleted and inserted. So a row inserted in the middle is one
 * inserted row, and when (b) is deleted and (c) re-lettered (b), (c) keeps its words.
 *
 * One aligner for blocks and rows, with the guards a list of thousands needs: the diff has a budget
 * of edits (a count, not a clock, so the same input gives the same output), and the pairing pass
 * looks a window ahead instead of through every left-over item for each one.
 */
import { diffArrays } from 'diff';

/** Items this alike (Dice coefficient of their words) align in the first pass. */
const ALIKE = 0.6;
/** Left-over items this alike, side by side, are one amended item rather than a deletion and an insertion. */
const AMENDED = 0.3;
/**
 * jsdiff's alignment compares about (items on both sides) × (edits) pairs; past this many the items
 * between the kept ends are left to the pairing pass. A clause's list or a schedule is far below it.
 */
const EDIT_BUDGET = 2_000_000;
/** How many left-over base items ahead an amended item looks for its earlier self. */
const PAIRING_WINDOW = 64;

/** What became of an item: kept as it was, paired with its amended self, deleted or inserted. */
export type Aligned<T> =
  | { readonly type: 'kept' | 'paired'; readonly base: T; readonly amended: T }
  | { readonly type: 'deleted'; readonly base: T }
  | { readonly type: 'inserted'; readonly amended: T };

/** How alignByLikeness tells items apart. */
export interface AlignByLikenessOptions<T> {
  /** True when two items read the same (positions aside): kept at either end without a diff. */
  readonly same: (base: T, amended: T) => boolean;
  /** Dice coefficient of two items' words, 0 for items that may never be paired. */
  readonly likeness: (base: T, amended: T) => number;
}

/** One step of jsdiff's diffArrays: `count` items kept, removed or added. */
type Change = { readonly count: number; readonly added: boolean; readonly removed: boolean };

/**
 * Every item of `base` and `amended` in redline order: kept, paired, deleted or inserted.
 *
 * @example
 * alignByLikeness(['a b c', 'd e f'], ['d e f'], { same: (x, y) => x === y, likeness: dice });
 * // [{ type: 'deleted', base: 'a b c' }, { type: 'kept', base: 'd e f', amended: 'd e f' }]
 */
export function alignByLikeness<T>(base: readonly T[], amended: readonly T[], options: AlignByLikenessOptions<T>): Array<Aligned<T>> {
  const { same } = options;
  // Most items are untouched: pair those at either end without measuring a word.
  let head = 0;
  while (head < base.length && head < amended.length && same(base[head]!, amended[head]!)) head++;
  let tail = 0;
  while (tail < base.length - head && tail < amended.length - head && same(base[base.length - 1 - tail]!, amended[amended.length - 1 - tail]!)) tail++;
  const out: Array<Aligned<T>> = [];
  for (let k = 0; k < head; k++) out.push({ type: 'kept', base: base[k]!, amended: amended[k]! });
  if (head + tail < Math.max(base.length, amended.length)) alignMiddle(base.slice(head, base.length - tail), amended.slice(head, amended.length - tail), options, out);
  for (let k = tail; k > 0; k--) out.push({ type: 'kept', base: base[base.length - k]!, amended: amended[amended.length - k]! });
  return out;
}

/** The items between the kept ends, appended to `out`. */
function alignMiddle<T>(base: readonly T[], amended: readonly T[], { likeness }: AlignByLikenessOptions<T>, out: Array<Aligned<T>>): void {
  const changes = middleChanges(base, amended, likeness);
  let b = 0;
  let a = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const end = b + change.count; b < end; b++, a++) out.push({ type: 'paired', base: base[b]!, amended: amended[a]! });
      continue;
    }
    // A run of removed and added items: pair those still alike, in order.
    const removed: T[] = [];
    const added: T[] = [];
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) {
      const c = changes[i]!;
      // Loops, not push(...slice): a list of many thousand items would pass each as an argument.
      if (c.removed) for (const end = b + c.count; b < end; b++) removed.push(base[b]!);
      else for (const end = a + c.count; a < end; a++) added.push(amended[a]!);
    }
    i--;
    let r = 0;
    for (const item of added) {
      // Within a window: looking through every removed item for every added one is quadratic.
      let match = -1;
      for (let k = r; k < Math.min(removed.length, r + PAIRING_WINDOW); k++) {
        if (likeness(removed[k]!, item) >= AMENDED) {
          match = k;
          break;
        }
      }
      if (match < 0) {
        out.push({ type: 'inserted', amended: item });
        continue;
      }
      for (; r < match; r++) out.push({ type: 'deleted', base: removed[r]! });
      out.push({ type: 'paired', base: removed[r]!, amended: item });
      r++;
    }
    for (; r < removed.length; r++) out.push({ type: 'deleted', base: removed[r]! });
  }
}

/** jsdiff's alignment of the middle items, alike counting as equal, within the edit budget. */
function middleChanges<T>(base: readonly T[], amended: readonly T[], likeness: (x: T, y: T) => number): readonly Change[] {
  const removedThenAdded: Change[] = [
    ...(base.length > 0 ? [{ count: base.length, added: false, removed: true }] : []),
    ...(amended.length > 0 ? [{ count: amended.length, added: true, removed: false }] : []),
  ];
  if (base.length === 0 || amended.length === 0) return removedThenAdded;
  // One against one (the usual amended paragraph or row): the alignment is the one likeness, no diff needed.
  if (base.length === 1 && amended.length === 1) return likeness(base[0]!, amended[0]!) >= ALIKE ? [{ count: 1, added: false, removed: false }] : removedThenAdded;
  return (
    diffArrays([...base], [...amended], { comparator: (x, y) => likeness(x, y) >= ALIKE, maxEditLength: Math.max(1, Math.floor(EDIT_BUDGET / (base.length + amended.length))) }) ??
    // Too many edits to align (a list or table of thousands rewritten): one run of removed and
    // added items, which the pairing pass still pairs where alike.
    removedThenAdded
  );
}

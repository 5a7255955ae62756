/**
 * Word marks inside one paragraph: the legal tokens of two texts diffed with jsdiff's diffArrays,
 * then cleaned up the way a careful drafter marks by hand (diff-match-patch's semantic clean-up):
 * no one-word islands of kept text between changes, and a text that is mostly rewritten shows as one
 * deletion and one insertion.
 */
import { diffArrays } from 'diff';
import type { Span } from '../model/change-tree.js';
import { legalTokens, tokenCore } from './legal-tokens.js';

/** Below this share of kept words (of either text), a rewrite reads better as delete + insert. */
const REWRITE_SHARE = 0.4;
/**
 * ... but only when little is shared: a paragraph that keeps at least this share of the shorter
 * text's words (a licence renamed near the start, with a sentence added) is marked word by word.
 */
const KEPT_SHARE = 0.5;
/** A text shorter than this (a title) shares too few words to be worth marking word by word. */
const FEW_WORDS = 3;

interface Run {
  type: 'equal' | 'change';
  /** Base tokens (for equal runs: the base's). */
  base: string[];
  /** Amended tokens. */
  amended: string[];
}

function words(tokens: readonly string[]): number {
  return tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

function length(tokens: readonly string[]): number {
  return tokens.reduce((n, t) => n + tokenCore(t).length, 0);
}

/** One step of a word diff, as jsdiff's diffArrays gives it. */
type Change = { count: number; added: boolean; removed: boolean };

/**
 * Above this many words between the kept ends, the diff runs between anchors (anchoredChanges):
 * jsdiff's cost grows with the words times the edits, minutes for a rewritten clause of megabytes.
 * Every paragraph of the SEC is far below it, so their marks are jsdiff's own.
 */
const ANCHOR_ABOVE = 4_000;

/**
 * jsdiff's work between two anchors is about (words on both sides) × (edits); past this many steps
 * the stretch reads as one deletion and one insertion (a count, not a clock, so output stays the same).
 */
const EDIT_BUDGET = 10_000_000;

/**
 * diffArrays of the words between the kept ends. Those seldom share a word (most amendments change a
 * word or two), and then the answer is plain: all deleted, all inserted, which runsOf makes one
 * change whatever the order. jsdiff's own set-up costs more than such a diff.
 */
export function middleChanges(x: string[], y: string[]): Change[] {
  if (x.length * y.length <= 64 && !x.some((word) => y.includes(word))) return replaced(x.length, y.length);
  if (x.length + y.length > ANCHOR_ABOVE) return anchoredChanges(x, y);
  return diffArrays(x, y);
}

/** All of x deleted, all of y inserted. */
function replaced(deleted: number, inserted: number): Change[] {
  const changes: Change[] = [];
  if (deleted > 0) changes.push({ count: deleted, added: false, removed: true });
  if (inserted > 0) changes.push({ count: inserted, added: true, removed: false });
  return changes;
}

/** Appends a change, joining it to the last one of the same kind. */
function add(changes: Change[], change: Change): void {
  const last = changes.at(-1);
  if (last && last.added === change.added && last.removed === change.removed) last.count += change.count;
  else changes.push({ ...change });
}

/**
 * A long diff cut at anchors, as patience diff does: words that occur once in each text, in the
 * longest run that keeps their order on both sides, are kept, and jsdiff diffs the stretches between
 * them (within EDIT_BUDGET). Linear but for the sort of the anchors; no recursion.
 */
function anchoredChanges(x: readonly string[], y: readonly string[]): Change[] {
  // Where each word stands, or -1 when it occurs more than once.
  const once = (words: readonly string[]) => {
    const at = new Map<string, number>();
    for (let i = 0; i < words.length; i++) at.set(words[i] as string, at.has(words[i] as string) ? -1 : i);
    return at;
  };
  const inX = once(x);
  const inY = once(y);
  const pairs: Array<readonly [number, number]> = [];
  for (let j = 0; j < y.length; j++) {
    const i = inX.get(y[j] as string);
    if (i !== undefined && i >= 0 && inY.get(y[j] as string) === j) pairs.push([i, j]);
  }
  const changes: Change[] = [];
  let b = 0;
  let a = 0;
  for (const [i, j] of [...increasingRun(pairs), [x.length, y.length] as const]) {
    const xs = x.slice(b, i);
    const ys = y.slice(a, j);
    const between = xs.length === 0 || ys.length === 0 ? undefined : diffArrays(xs, ys, { maxEditLength: Math.max(1, Math.floor(EDIT_BUDGET / (xs.length + ys.length))) });
    for (const change of between ?? replaced(xs.length, ys.length)) add(changes, change);
    if (i < x.length) add(changes, { count: 1, added: false, removed: false });
    b = i + 1;
    a = j + 1;
  }
  return changes;
}

/** The longest run of pairs (in rising second place) whose first places rise too: patience sorting. */
function increasingRun(pairs: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  // tails[n]: the pair ending the best run of length n + 1 found so far (smallest first place).
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const i = (pairs[k] as readonly [number, number])[0];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] as number] as readonly [number, number])[0] < i) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = k;
  }
  const run: Array<readonly [number, number]> = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] as number) run.push(pairs[k] as readonly [number, number]);
  return run.reverse();
}

function runsOf(base: string[], amended: string[]): Run[] {
  const x = base.map(tokenCore);
  const y = amended.map(tokenCore);
  // Kept words at either end need no diff: most amended paragraphs change a word or two mid-way.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const runs: Run[] = [];
  if (head > 0) runs.push({ type: 'equal', base: base.slice(0, head), amended: amended.slice(0, head) });
  let b = head;
  let a = head;
  for (const change of middleChanges(x.slice(head, x.length - tail), y.slice(head, y.length - tail))) {
    const last = runs.at(-1);
    if (!change.added && !change.removed) {
      runs.push({ type: 'equal', base: base.slice(b, b + change.count), amended: amended.slice(a, a + change.count) });
      b += change.count;
      a += change.count;
    } else {
      const run = last?.type === 'change' ? last : { type: 'change' as const, base: [], amended: [] };
      if (run !== last) runs.push(run);
      // One token at a time: push(...slice) passes every token as an argument, and a change of a
      // few hundred thousand words (a rewritten clause of a megabyte) overflows the stack.
      if (change.removed) {
        for (const end = b + change.count; b < end; b++) run.base.push(base[b] as string);
      } else {
        for (const end = a + change.count; a < end; a++) run.amended.push(amended[a] as string);
      }
    }
  }
  if (tail > 0) {
    const last = runs.at(-1);
    const kept = { base: base.slice(b), amended: amended.slice(a) };
    if (last?.type === 'equal') {
      last.base = last.base.concat(kept.base);
      last.amended = last.amended.concat(kept.amended);
    } else runs.push({ type: 'equal', ...kept });
  }
  return runs;
}

/**
 * Folds kept islands no longer than the changes around them into those changes, until none is left.
 * One pass with a stack: a fold only makes the changes around an island longer, so an island once
 * small enough stays so, and folding at the top as runs arrive ends where folding the leftmost
 * island again and again would, in linear time (that took minutes with thousands of changes).
 */
function cleanUp(runs: readonly Run[]): Run[] {
  const out: Array<Run & { size: number }> = [];
  const sizeOf = (run: Run) => (run.type === 'equal' ? length(run.base) : Math.max(length(run.base), length(run.amended)));
  for (const run of runs) {
    out.push({ ...run, size: sizeOf(run) });
    while (out.length >= 3) {
      const [before, island, after] = out.slice(-3) as [Run & { size: number }, Run & { size: number }, Run & { size: number }];
      if (island.type !== 'equal' || before.type !== 'change' || after.type !== 'change') break;
      if (!(words(island.base) <= 1 && island.size <= before.size && island.size <= after.size)) break;
      const merged: Run = { type: 'change', base: before.base.concat(island.base, after.base), amended: before.amended.concat(island.amended, after.amended) };
      out.length -= 3;
      out.push({ ...merged, size: sizeOf(merged) });
    }
  }
  return out.map(({ type, base, amended }) => ({ type, base, amended }));
}

function push(spans: Span[], type: Span['type'], text: string): void {
  if (text === '') return;
  const last = spans.at(-1);
  if (last && last.type === type) spans[spans.length - 1] = { type, text: last.text + text };
  else spans.push({ type, text });
}

/** The longest run of white space that both texts start with (`end`: end with). */
function sharedSpace(x: string, y: string, end: boolean): string {
  const a = end ? x.slice(x.trimEnd().length) : x.slice(0, x.length - x.trimStart().length);
  const b = end ? y.slice(y.trimEnd().length) : y.slice(0, y.length - y.trimStart().length);
  let n = 0;
  while (n < a.length && n < b.length && (end ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return end ? a.slice(a.length - n) : a.slice(0, n);
}

/**
 * Tidies each run of changes between kept words: its deletions first, then its insertions, and the
 * white space both sides share at either end moved out into the kept text. White space rides on
 * tokens, so a comma inserted after a word first reads as "shall~~ ~~<ins>, </ins>notify"; tidied it
 * is "shall<ins>,</ins> notify", and "~~SMETS2+~~<ins>SMETS2</ins> Device" has no space in its marks.
 * Only white space moves, so a token is never split.
 */
function tidyChanges(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.type === 'equal') {
      push(out, 'equal', spans[i]!.text);
      continue;
    }
    let deleted = '';
    let inserted = '';
    for (; i < spans.length && spans[i]!.type !== 'equal'; i++) {
      if (spans[i]!.type === 'delete') deleted += spans[i]!.text;
      else inserted += spans[i]!.text;
    }
    i--;
    const head = sharedSpace(deleted, inserted, false);
    deleted = deleted.slice(head.length);
    inserted = inserted.slice(head.length);
    const tail = sharedSpace(deleted, inserted, true);
    push(out, 'equal', head);
    push(out, 'delete', deleted.slice(0, deleted.length - tail.length));
    push(out, 'insert', inserted.slice(0, inserted.length - tail.length));
    push(out, 'equal', tail);
  }
  return out;
}

/**
 * The redline of `base` -> `amended` as spans. Joining equal + insert gives `amended` exactly,
 * equal + delete gives `base` exactly.
 */
export function diffWords(base: string, amended: string): Span[] {
  if (base === amended) return base === '' ? [] : [{ type: 'equal', text: base }];
  const baseTokens = legalTokens(base);
  const amendedTokens = legalTokens(amended);
  const raw = runsOf(baseTokens, amendedTokens);
  const shorter = Math.min(words(baseTokens), words(amendedTokens));
  const sharedWords = raw.filter((r) => r.type === 'equal').reduce((n, r) => n + words(r.base), 0);
  const littleShared = shorter < FEW_WORDS || sharedWords < KEPT_SHARE * shorter;
  const cleaned = cleanUp(raw.map((r) => ({ ...r, base: [...r.base], amended: [...r.amended] })));
  // Folding one-word islands must not turn a paragraph that shares much into a whole replacement.
  const runs = !littleShared && !cleaned.some((r) => r.type === 'equal' && words(r.base) > 0) ? raw : cleaned;
  const kept = runs.filter((r) => r.type === 'equal').reduce((n, r) => n + length(r.base), 0);
  const changes = runs.filter((r) => r.type === 'change').length;
  if (changes > 1 && littleShared && (kept < REWRITE_SHARE * length(baseTokens) || kept < REWRITE_SHARE * length(amendedTokens))) {
    const spans: Span[] = [];
    push(spans, 'delete', base);
    push(spans, 'insert', amended);
    return spans;
  }
  const spans: Span[] = [];
  for (const run of runs) {
    if (run.type === 'change') {
      push(spans, 'delete', run.base.join(''));
      push(spans, 'insert', run.amended.join(''));
      continue;
    }
    // Equal words may differ in the white space after them: keep the word, mark the space.
    run.base.forEach((token, i) => {
      const other = run.amended[i] as string;
      if (token === other) return push(spans, 'equal', token);
      push(spans, 'equal', tokenCore(token));
      push(spans, 'delete', token.slice(tokenCore(token).length));
      push(spans, 'insert', other.slice(tokenCore(other).length));
    });
  }
  return tidyChanges(spans);
}

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

/**
 * diffArrays of the words between the kept ends. Those seldom share a word (most amendments change a
 * word or two), and then the answer is plain: all deleted, all inserted, which runsOf makes one
 * change whatever the order. jsdiff's own set-up costs more than such a diff.
 */
export function middleChanges(x: string[], y: string[]): Array<{ count: number; added: boolean; removed: boolean }> {
  if (x.length * y.length <= 64 && !x.some((word) => y.includes(word))) {
    const changes = [];
    if (x.length > 0) changes.push({ count: x.length, added: false, removed: true });
    if (y.length > 0) changes.push({ count: y.length, added: true, removed: false });
    return changes;
  }
  return diffArrays(x, y);
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
      if (change.removed) {
        run.base.push(...base.slice(b, b + change.count));
        b += change.count;
      } else {
        run.amended.push(...amended.slice(a, a + change.count));
        a += change.count;
      }
    }
  }
  if (tail > 0) {
    const last = runs.at(-1);
    const kept = { base: base.slice(b), amended: amended.slice(a) };
    if (last?.type === 'equal') {
      last.base.push(...kept.base);
      last.amended.push(...kept.amended);
    } else runs.push({ type: 'equal', ...kept });
  }
  return runs;
}

/** Folds kept islands no longer than the changes around them into those changes, until none is left. */
function cleanUp(runs: Run[]): Run[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < runs.length - 1; i++) {
      const [before, island, after] = [runs[i - 1] as Run, runs[i] as Run, runs[i + 1] as Run];
      if (island.type !== 'equal' || before.type !== 'change' || after.type !== 'change') continue;
      const size = length(island.base);
      const small = words(island.base) <= 1 && size <= Math.max(length(before.base), length(before.amended)) && size <= Math.max(length(after.base), length(after.amended));
      if (!small) continue;
      runs.splice(i - 1, 3, { type: 'change', base: [...before.base, ...island.base, ...after.base], amended: [...before.amended, ...island.amended, ...after.amended] });
      changed = true;
      break;
    }
  }
  return runs;
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

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

function runsOf(base: string[], amended: string[]): Run[] {
  const runs: Run[] = [];
  let b = 0;
  let a = 0;
  for (const change of diffArrays(base, amended, { comparator: (x, y) => tokenCore(x) === tokenCore(y) })) {
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

/**
 * Moves white space that a deletion and the insertion replacing it share at their ends out into
 * the kept text beside them: "~~SMETS2+~~ SMETS2 Device" rather than marks that end in a space.
 */
function trimPairs(spans: Span[]): Span[] {
  const out = [...spans];
  for (let i = 0; i + 1 < out.length; i++) {
    const del = out[i] as Span;
    const ins = out[i + 1] as Span;
    if (del.type !== 'delete' || ins.type !== 'insert') continue;
    const tail = /\s+$/.exec(del.text)?.[0] ?? '';
    if (tail && ins.text.endsWith(tail) && del.text.length > tail.length && ins.text.length > tail.length) {
      out[i] = { ...del, text: del.text.slice(0, -tail.length) };
      out[i + 1] = { ...ins, text: ins.text.slice(0, -tail.length) };
      const next = out[i + 2];
      if (next?.type === 'equal') out[i + 2] = { ...next, text: tail + next.text };
      else out.splice(i + 2, 0, { type: 'equal', text: tail });
    }
  }
  return out;
}

/**
 * The redline of `base` -> `amended` as spans. Joining equal + insert gives `amended` exactly,
 * equal + delete gives `base` exactly.
 */
export function diffWords(base: string, amended: string): Span[] {
  if (base === amended) return base === '' ? [] : [{ type: 'equal', text: base }];
  const runs = cleanUp(runsOf(legalTokens(base), legalTokens(amended)));
  const kept = runs.filter((r) => r.type === 'equal').reduce((n, r) => n + length(r.base), 0);
  const changes = runs.filter((r) => r.type === 'change').length;
  if (changes > 1 && (kept < REWRITE_SHARE * length(legalTokens(base)) || kept < REWRITE_SHARE * length(legalTokens(amended)))) {
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
  return trimPairs(spans);
}

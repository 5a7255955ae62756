/**
 * Bags of words (word -> count) and their likeness: how alignByLikeness's callers tell a changed
 * block or row from another one. Words are legal tokens without their white space, as the word
 * marks compare them.
 */
import { legalTokens, tokenCore } from './legal-tokens.js';

/** Words and how often each occurs. */
export type WordBag = Map<string, number>;

/** Adds the words of `text` to `bag` (a new bag by default) and returns it. */
export function wordBag(text: string, bag: WordBag = new Map()): WordBag {
  for (const token of legalTokens(text)) {
    const word = tokenCore(token);
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

/** Dice coefficient of two bags: twice the words they share over all their words (1 for two empty bags). */
export function bagLikeness(x: WordBag, y: WordBag): number {
  let common = 0;
  let total = 0;
  for (const [word, n] of x) {
    common += Math.min(n, y.get(word) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}

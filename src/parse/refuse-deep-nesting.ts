/**
 * A clause's paragraphs nest at most MAX_NESTING deep. The SEC nests three deep ((a), (i), (A)); the
 * bound keeps every recursive walk of the tree (compare, serialize, render, check) to a depth that
 * no input can grow: a clause nested 3,000 deep overflowed the stack in compare.
 */
import type { Block, Clause } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';

/** The deepest nesting of paragraphs and definitions under a clause. */
export const MAX_NESTING = 10;

/** Throws an InputError at the first block nested deeper than MAX_NESTING. */
export function refuseDeepNesting(clause: Clause): void {
  // A stack, not recursion: this is the walk that must not overflow.
  // Children go on in reverse, so that the first block too deep in reading order is the one named.
  const stack: Array<[Block, number]> = clause.children.map((block): [Block, number] => [block, 1]).reverse();
  while (stack.length > 0) {
    const [block, depth] = stack.pop() as [Block, number];
    if (depth > MAX_NESTING) {
      throw new InputError(block.position!, `paragraphs nested ${depth} deep in ${clause.number}`, `the clause format nests at most ${MAX_NESTING} deep; split the clause or flatten its list`);
    }
    if (block.type === 'paragraph' || block.type === 'definition') for (let i = block.children.length - 1; i >= 0; i--) stack.push([block.children[i] as Block, depth + 1]);
  }
}

/**
 * Aligns the blocks of a clause (paragraphs, definitions, words) by content, not by label: when (b)
 * is deleted and (c) re-lettered (b), the result is one deleted paragraph and a kept paragraph whose
 * label changed, not (b)'s words rewritten into (c)'s.
 */
import { diffArrays } from 'diff';
import type { BlockChange, ChangeKind, Span } from '../model/change-tree.js';
import type { Block } from '../model/clause-tree.js';
import { diffWords } from './diff-words.js';
import { legalTokens, tokenCore } from './legal-tokens.js';

/** Blocks this alike (Dice coefficient of their words) align in the first pass. */
const SAME_BLOCK = 0.6;
/** Left-over blocks this alike, side by side, are one amended block rather than a deletion and an insertion. */
const AMENDED_BLOCK = 0.3;

function allWords(block: Block): string[] {
  const own = legalTokens(block.type === 'definition' ? `${block.term}${block.text}` : block.text).map(tokenCore);
  return block.type === 'text' ? own : [...own, ...block.children.flatMap(allWords)];
}

/** Dice coefficient of two blocks' words, 0 for blocks of different kinds. */
function similarity(a: Block, b: Block, cache: Map<Block, Map<string, number>>): number {
  if (a.type !== b.type) return 0;
  const bag = (block: Block) => {
    let counts = cache.get(block);
    if (!counts) {
      counts = new Map();
      for (const word of allWords(block)) counts.set(word, (counts.get(word) ?? 0) + 1);
      cache.set(block, counts);
    }
    return counts;
  };
  const x = bag(a);
  const y = bag(b);
  let common = 0;
  let total = 0;
  for (const [word, n] of x) {
    common += Math.min(n, y.get(word) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 1 : (2 * common) / total;
}

function spansOf(text: string, type: 'insert' | 'delete' | 'equal'): Span[] {
  return text === '' ? [] : [{ type, text }];
}

function labelOf(block: Block): string {
  return block.type === 'paragraph' ? block.label : '';
}

/** A block present on one side only: every word inserted or deleted. */
function oneSided(block: Block, kind: 'inserted' | 'deleted'): BlockChange {
  const type = kind === 'inserted' ? 'insert' : 'delete';
  return {
    type: 'blockChange',
    kind,
    block: block.type,
    ...(kind === 'inserted' ? { amended: block } : { base: block }),
    label: spansOf(labelOf(block), type),
    term: block.type === 'definition' ? spansOf(block.term, type) : [],
    text: spansOf(block.text, type),
    children: block.type === 'text' ? [] : block.children.map((child) => oneSided(child, kind)),
  };
}

function paired(base: Block, amended: Block): BlockChange {
  const label = diffWords(labelOf(base), labelOf(amended));
  const term = base.type === 'definition' && amended.type === 'definition' ? diffWords(base.term, amended.term) : [];
  const text = diffWords(base.text, amended.text);
  const children = compareBlocks(base.type === 'text' ? [] : base.children, amended.type === 'text' ? [] : amended.children);
  const changed = [label, term, text].some((spans) => spans.some((s) => s.type !== 'equal')) || children.some((c) => c.kind !== 'unchanged');
  const kind: ChangeKind = changed ? 'amended' : 'unchanged';
  return { type: 'blockChange', kind, block: amended.type, base, amended, label, term, text, children };
}

/** True when two blocks read the same (label, term, words and children), positions aside. */
function sameBlock(a: Block, b: Block): boolean {
  if (a.type !== b.type || a.text !== b.text) return false;
  if (a.type === 'text') return true;
  if (a.type === 'paragraph' && b.type === 'paragraph' && a.label !== b.label) return false;
  if (a.type === 'definition' && b.type === 'definition' && a.term !== b.term) return false;
  const x = a.children;
  const y = (b as typeof a).children;
  return x.length === y.length && x.every((child, i) => sameBlock(child, y[i] as Block));
}

/** Compares two lists of blocks, aligning them by content. */
export function compareBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  // Most clauses of a whole-version diff are untouched: pair them without tokenizing a word.
  if (base.length === amended.length && base.every((b, i) => sameBlock(b, amended[i] as Block))) {
    return base.map((b, i) => paired(b, amended[i] as Block));
  }
  const cache = new Map<Block, Map<string, number>>();
  const out: BlockChange[] = [];
  let b = 0;
  let a = 0;
  const changes = diffArrays([...base], [...amended], { comparator: (x, y) => similarity(x, y, cache) >= SAME_BLOCK });
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (let k = 0; k < change.count; k++) out.push(paired(base[b + k]!, amended[a + k]!));
      b += change.count;
      a += change.count;
      continue;
    }
    // A run of removed and added blocks: pair those that are still alike, in order.
    const removed: Block[] = [];
    const added: Block[] = [];
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) {
      const c = changes[i]!;
      if (c.removed) removed.push(...base.slice(b, (b += c.count)));
      else added.push(...amended.slice(a, (a += c.count)));
    }
    i--;
    let r = 0;
    for (const block of added) {
      const match = removed.findIndex((candidate, k) => k >= r && similarity(candidate, block, cache) >= AMENDED_BLOCK);
      if (match < 0) {
        out.push(oneSided(block, 'inserted'));
        continue;
      }
      for (; r < match; r++) out.push(oneSided(removed[r]!, 'deleted'));
      out.push(paired(removed[r]!, block));
      r++;
    }
    for (; r < removed.length; r++) out.push(oneSided(removed[r]!, 'deleted'));
  }
  return out;
}

/**
 * Aligns the blocks of a clause (paragraphs, definitions, words) by content, not by label: when (b)
 * is deleted and (c) re-lettered (b), the result is one deleted paragraph and a kept paragraph whose
 * label changed, not (b)'s words rewritten into (c)'s.
 */
import { diffArrays } from 'diff';
import type { BlockChange, ChangeKind, Span } from '../model/change-tree.js';
import type { Block } from '../model/clause-tree.js';
import { compareTables, emptyRow, oneSidedTable, sameTable, tableChanged, tableWords } from './compare-tables.js';
import { diffWords } from './diff-words.js';
import { legalTokens, tokenCore } from './legal-tokens.js';

/** Blocks this alike (Dice coefficient of their words) align in the first pass. */
const SAME_BLOCK = 0.6;
/** Left-over blocks this alike, side by side, are one amended block rather than a deletion and an insertion. */
const AMENDED_BLOCK = 0.3;

/**
 * jsdiff's alignment of blocks compares about (blocks on both sides) × (edits) pairs; past this many
 * the blocks between the kept ends are left to the pairing pass (a count, not a clock: same output).
 * A clause's list is far below it.
 */
const BLOCK_EDIT_BUDGET = 2_000_000;
/** How many removed blocks ahead an added block looks for its earlier self. */
const PAIRING_WINDOW = 64;

/** A block's words with its children's, as a bag (word -> count). */
type Bag = Map<string, number>;

// Blocks are immutable, so a block's bag holds for good: a paragraph's bag is built from its
// sub-paragraphs' bags, which their own alignment then reuses.
const BAGS = new WeakMap<Block, Bag>();

function bagOf(block: Block): Bag {
  let bag = BAGS.get(block);
  if (bag) return bag;
  bag = new Map();
  for (const token of legalTokens(block.type === 'definition' ? `${block.term}${block.text}` : block.type === 'table' ? tableWords(block) : block.text)) {
    const word = tokenCore(token);
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  if (block.type !== 'text' && block.type !== 'table') for (const child of block.children) for (const [word, n] of bagOf(child)) bag.set(word, (bag.get(word) ?? 0) + n);
  BAGS.set(block, bag);
  return bag;
}

/** Dice coefficient of two blocks' words, 0 for blocks of different kinds. */
function similarity(a: Block, b: Block): number {
  if (a.type !== b.type) return 0;
  // Tables of different column counts are never one amended table: deleted and inserted instead;
  // nor are tables one of whose headers is empty, so that a changed header row always keeps words
  // on both sides (a reader can then tell it from a row inserted or deleted whole).
  if (a.type === 'table' && b.type === 'table' && (a.align.length !== b.align.length || emptyRow(a.header) !== emptyRow(b.header))) return 0;
  const x = bagOf(a);
  const y = bagOf(b);
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
  if (block.type === 'table') return tableBlock(kind, kind === 'inserted' ? { amended: block } : { base: block }, oneSidedTable(block, kind));
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

/** A table's BlockChange: its rows say everything, its words and children are empty. */
function tableBlock(kind: ChangeKind, sides: { base?: Block; amended?: Block }, table: BlockChange['table']): BlockChange {
  return { type: 'blockChange', kind, block: 'table', ...sides, label: [], term: [], text: [], children: [], table };
}

/** Two blocks that read the same (sameBlock): what `paired` gives them, without diffing a word. */
function unchanged(base: Block, amended: Block): BlockChange {
  if (amended.type === 'table') return tableBlock('unchanged', { base, amended }, oneSidedTable(amended, 'unchanged'));
  if (base.type === 'table') throw new Error('unchanged() of a table and another block');
  const children = base.type === 'text' || amended.type === 'text' ? [] : amended.children.map((child, i) => unchanged(base.children[i] as Block, child));
  const term = amended.type === 'definition' ? spansOf(amended.term, 'equal') : [];
  return { type: 'blockChange', kind: 'unchanged', block: amended.type, base, amended, label: spansOf(labelOf(amended), 'equal'), term, text: spansOf(amended.text, 'equal'), children };
}

function paired(base: Block, amended: Block): BlockChange {
  if (base.type === 'table' && amended.type === 'table') {
    const table = compareTables(base, amended);
    return tableBlock(tableChanged(table) ? 'amended' : 'unchanged', { base, amended }, table);
  }
  if (base.type === 'table' || amended.type === 'table') throw new Error('paired() of a table and another block');
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
  if (a.type === 'table' || b.type === 'table') return a.type === 'table' && b.type === 'table' && sameTable(a, b);
  if (a.type !== b.type || a.text !== b.text) return false;
  if (a.type === 'text') return true;
  if (a.type === 'paragraph' && b.type === 'paragraph' && a.label !== b.label) return false;
  if (a.type === 'definition' && b.type === 'definition' && a.term !== b.term) return false;
  const x = a.children;
  const y = (b as typeof a).children;
  return x.length === y.length && x.every((child, i) => sameBlock(child, y[i] as Block));
}

/** True when two lists of blocks read the same, block for block. */
export function sameBlocks(base: readonly Block[], amended: readonly Block[]): boolean {
  return base.length === amended.length && base.every((block, i) => sameBlock(block, amended[i] as Block));
}

/** compareBlocks of two lists that read the same (sameBlocks), without diffing a word. */
export function unchangedBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  return amended.map((block, i) => unchanged(base[i] as Block, block));
}

/** Compares two lists of blocks, aligning them by content. */
export function compareBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  // Most blocks of a whole-version diff are untouched: pair those at either end without
  // tokenizing a word, and align only the blocks between them.
  let head = 0;
  while (head < base.length && head < amended.length && sameBlock(base[head] as Block, amended[head] as Block)) head++;
  let tail = 0;
  while (tail < base.length - head && tail < amended.length - head && sameBlock(base[base.length - 1 - tail] as Block, amended[amended.length - 1 - tail] as Block)) tail++;
  const kept = (baseFrom: number, amendedFrom: number, count: number) => Array.from({ length: count }, (_, i) => unchanged(base[baseFrom + i] as Block, amended[amendedFrom + i] as Block));
  const between = head + tail < Math.max(base.length, amended.length) ? alignBlocks(base.slice(head, base.length - tail), amended.slice(head, amended.length - tail)) : [];
  return [...kept(0, 0, head), ...between, ...kept(base.length - tail, amended.length - tail, tail)];
}

/** Aligns blocks by likeness: alike blocks in order are paired, the rest inserted or deleted. */
function alignBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  let b = 0;
  let a = 0;
  // One block against one (the usual amended paragraph): the alignment is the one likeness, no diff needed.
  const changes =
    base.length === 1 && amended.length === 1
      ? similarity(base[0] as Block, amended[0] as Block) >= SAME_BLOCK
        ? [{ count: 1, added: false, removed: false }]
        : [{ count: 1, added: false, removed: true }, { count: 1, added: true, removed: false }]
      : (diffArrays([...base], [...amended], { comparator: (x, y) => similarity(x, y) >= SAME_BLOCK, maxEditLength: Math.max(1, Math.floor(BLOCK_EDIT_BUDGET / (base.length + amended.length))) }) ??
        // Too many edits to align (a list of thousands of items rewritten): one run of removed and
        // added blocks, which the pass below still pairs where alike.
        [{ count: base.length, added: false, removed: true }, { count: amended.length, added: true, removed: false }]);
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
      // A loop, not push(...slice): a list of many thousand items would pass each as an argument.
      if (c.removed) for (const end = b + c.count; b < end; b++) removed.push(base[b]!);
      else for (const end = a + c.count; a < end; a++) added.push(amended[a]!);
    }
    i--;
    let r = 0;
    for (const block of added) {
      // Within a window: looking through every removed block for every added one is quadratic.
      let match = -1;
      for (let k = r; k < Math.min(removed.length, r + PAIRING_WINDOW); k++) {
        if (similarity(removed[k]!, block) >= AMENDED_BLOCK) {
          match = k;
          break;
        }
      }
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

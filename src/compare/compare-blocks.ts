/**
 * Compares the blocks of a clause (paragraphs, definitions, words, tables), aligned by content, not
 * by label (alignByLikeness): when (b) is deleted and (c) re-lettered (b), the result is one deleted
 * paragraph and a kept paragraph whose label changed, not (b)'s words rewritten into (c)'s.
 */
import type { BlockChange, ChangeKind, Span } from '../model/change-tree.js';
import type { Block } from '../model/clause-tree.js';
import { alignByLikeness } from './align-by-likeness.js';
import { compareTables, emptyRow, oneSidedTable, sameTable, tableChanged, tableWords } from './compare-tables.js';
import { diffWords } from './diff-words.js';
import { bagLikeness, wordBag, type WordBag } from './word-bag.js';

// Blocks are immutable, so a block's bag holds for good: a paragraph's bag is built from its
// sub-paragraphs' bags, which their own alignment then reuses.
const BAGS = new WeakMap<Block, WordBag>();

/** A block's words with its children's. */
function bagOf(block: Block): WordBag {
  let bag = BAGS.get(block);
  if (bag) return bag;
  bag = wordBag(block.type === 'definition' ? `${block.term}${block.text}` : block.type === 'table' ? tableWords(block) : block.text);
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
  return bagLikeness(bagOf(a), bagOf(b));
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

/** Compares two lists of blocks, aligning them by content (alignByLikeness). */
export function compareBlocks(base: readonly Block[], amended: readonly Block[]): BlockChange[] {
  return alignByLikeness(base, amended, { same: sameBlock, likeness: similarity }).map((step) => {
    switch (step.type) {
      case 'kept':
        return unchanged(step.base, step.amended);
      case 'paired':
        return paired(step.base, step.amended);
      case 'deleted':
        return oneSided(step.base, 'deleted');
      case 'inserted':
        return oneSided(step.amended, 'inserted');
    }
  });
}

/**
 * Paragraphs a redline shows as whole replacements (all words deleted, all inserted) although base
 * and amended share at least half the words of the shorter (of three words or more: a title set
 * against a paragraph does not count): the measure of redline readability on real text. Shared
 * words are the longest common subsequence of the two texts' words.
 */
import { diffArrays } from 'diff';
import type { BlockChange, ChangeTree, Span } from '../../src/model/change-tree.js';

/** One paragraph shown as a whole replacement: where, and how much it shares. */
export interface WholeReplacement {
  readonly where: string;
  readonly shared: number;
  readonly baseWords: number;
  readonly amendedWords: number;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words of `x` and `y` in common, in order. */
export function sharedWords(x: string, y: string): number {
  return diffArrays(wordsOf(x), wordsOf(y))
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.count, 0);
}

function judge(where: string, base: string, amended: string, out: WholeReplacement[]): void {
  const shared = sharedWords(base, amended);
  const baseWords = wordsOf(base).length;
  const amendedWords = wordsOf(amended).length;
  const shorter = Math.min(baseWords, amendedWords);
  // A title (fewer than three words) against a paragraph is not a paragraph that keeps its words.
  if (shorter >= 3 && shared >= shorter / 2) out.push({ where, shared, baseWords, amendedWords });
}

/** True when the spans delete all of one text and insert all of another, keeping no word. */
function replacedWhole(spans: readonly Span[]): boolean {
  return spans.some((s) => s.type === 'delete') && spans.some((s) => s.type === 'insert') && !spans.some((s) => s.type === 'equal' && /[\p{L}\p{N}]/u.test(s.text));
}

const join = (spans: readonly Span[], keep: Span['type']) => spans.filter((s) => s.type === 'equal' || s.type === keep).map((s) => s.text).join('');

function walkBlocks(where: string, blocks: readonly BlockChange[], out: WholeReplacement[]): void {
  // A paragraph deleted right before one inserted reads as one replaced whole, when the two share enough.
  blocks.forEach((d, n) => {
    const i = blocks[n + 1];
    if (d.kind !== 'deleted' || i?.kind !== 'inserted') return;
    const base = join(d.text, 'delete');
    const amended = join(i.text, 'insert');
    if (base && amended) judge(`${where} blocks ${n + 1}-${n + 2} (deleted, then inserted)`, base, amended, out);
  });
  blocks.forEach((block, n) => {
    const at = `${where} block ${n + 1}${block.base && block.base.type === 'paragraph' ? ` (${block.base.label})` : ''}`;
    if (block.kind === 'amended' && replacedWhole(block.text)) judge(at, join(block.text, 'delete'), join(block.text, 'insert'), out);
    walkBlocks(at, block.children, out);
  });
}

/** Every paragraph of `tree` shown as a whole replacement although it shares half its words or more. */
export function wholeReplacements(tree: ChangeTree): WholeReplacement[] {
  const out: WholeReplacement[] = [];
  for (const section of tree.sections) {
    for (const heading of section.headings) {
      for (const clause of heading.clauses) {
        if (clause.kind === 'amended' && replacedWhole(clause.text)) judge(clause.number, join(clause.text, 'delete'), join(clause.text, 'insert'), out);
        walkBlocks(clause.number, clause.children, out);
      }
    }
  }
  return out;
}

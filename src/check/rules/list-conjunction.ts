/**
 * list-conjunction: in a list of paragraphs, "; and" or "; or" belongs on the penultimate item
 * only, and one list does not mix "and" with "or".
 */
import type { Block, Paragraph } from '../../model/clause-tree.js';
import type { Rule, RuleContext } from '../rule.js';

function conjunction(p: Paragraph): 'and' | 'or' | undefined {
  const tail = lastWords(p);
  const match = /[;,]\s*(and|or)$/i.exec(tail) ?? /\b(and|or)$/i.exec(tail);
  return match ? (match[1]!.toLowerCase() as 'and' | 'or') : undefined;
}

/** A paragraph's last words: its own, or those of its last sub-paragraph or closing words. */
function lastWords(p: Paragraph): string {
  const last = p.children.at(-1);
  if (!last) return p.text.trim();
  if (last.type === 'table') return '';
  return last.type === 'paragraph' ? lastWords(last) : last.text.trim();
}

/** `top`: the list is not inside an item, so its last item's conjunction has no outer list to belong to. */
function checkList(context: RuleContext, all: readonly Paragraph[], top: boolean): void {
  // Lists of whole sentences carry no conjunctions; items after the first that ends with a full
  // stop are sentences of their own ("(a) …; and (b) … ." then "(c) The licences …").
  const stop = all.findIndex((p) => /\.$/.test(lastWords(p)));
  const items = stop >= 0 ? all.slice(0, stop + 1) : all;
  if (items.length < 2) return;
  const words = items.map(conjunction);
  // "(a) …; or (b) …; or (c) …": the same word on every item but the last is a style, not a slip.
  const joins = words.slice(0, -1);
  if (items.length > 2 && joins.every((w) => w !== undefined && w === joins[0])) return;
  const penultimate = items.length - 2;
  words.forEach((word, i) => {
    const p = items[i] as Paragraph;
    if (word && i !== penultimate && i !== items.length - 1) {
      context.report({ messageId: 'notPenultimate', data: { address: p.address, word }, address: p.address, position: p.position, quote: word });
    }
  });
  const last = items.at(-1) as Paragraph;
  const lastWord = words.at(-1);
  if (top && lastWord) {
    context.report({ messageId: 'onLast', data: { address: last.address, word: lastWord }, address: last.address, position: last.position, quote: `last|${lastWord}` });
  }
  if (!words[penultimate] && /;$/.test(lastWords(items[penultimate] as Paragraph))) {
    const p = items[penultimate] as Paragraph;
    context.report({ messageId: 'missing', data: { address: p.address }, address: p.address, position: p.position, quote: 'missing' });
  }
  // The last item's conjunction belongs to the list around this one ("(ii) …; and" closing (a)), or is reported above.
  const kinds = new Set(words.slice(0, -1).filter(Boolean));
  if (kinds.size > 1) {
    const p = items[penultimate] as Paragraph;
    context.report({ messageId: 'mixed', data: { address: p.address }, address: p.address, position: p.position, quote: 'mixed' });
  }
}

function walk(context: RuleContext, blocks: readonly Block[], top: boolean): void {
  // A list is a run of sibling paragraphs not broken by other words.
  let run: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') run.push(block);
    else {
      checkList(context, run, top);
      run = [];
    }
    // A definition's words open a list of their own, as a clause's do.
    if (block.type !== 'text' && block.type !== 'table') walk(context, block.children, block.type === 'definition');
  }
  checkList(context, run, top);
}

function check(context: RuleContext): void {
  for (const clause of context.clauses) walk(context, clause.children, true);
}

export const listConjunction: Rule = {
  meta: {
    id: 'list-conjunction',
    type: 'suggestion',
    description: '"; and" / "; or" on the penultimate item only, and not both in one list',
    defaultSeverity: 'warning',
    messages: {
      notPenultimate: '{{address}} ends with "{{word}}", but only the penultimate item of a list should',
      missing: '{{address}} is the penultimate item but ends without "and" or "or"',
      mixed: 'the list ending at {{address}} mixes "and" with "or"',
      onLast: '{{address}} is the last item of its list but ends with "{{word}}"',
    },
  },
  check,
};

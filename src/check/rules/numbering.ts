/**
 * numbering: clause numbers in order, without gaps or repeats (numerically: G3.9 < G3.10), and
 * paragraph labels in sequence: (a)(b)(c) at the first level, (i)(ii)(iii) at the second, (A)(B)(C)
 * at the third. In an extract, numbering starts where the extract starts.
 */
import { compareClauseNumbers } from '../../model/clause-number.js';
import type { Block } from '../../model/clause-tree.js';
import type { Rule, RuleContext } from '../rule.js';

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) (out += letters), (n -= value);
  return out;
}

function letters(n: number, upper: boolean): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return upper ? out.toUpperCase() : out;
}

/** A labelling scheme: its labels in order, and the place (from 1) of each. */
interface Scheme {
  readonly label: (n: number) => string;
  readonly index: ReadonlyMap<string, number>;
}

function scheme(label: (n: number) => string): Scheme {
  // Lists run short: the first 200 labels of a scheme are plenty.
  return { label, index: new Map(Array.from({ length: 200 }, (_, i) => [label(i + 1), i + 1])) };
}

// Numbered items ("1)", "2)"), as some documents nest them, count from 1 or from 0.
const SCHEMES: readonly Scheme[] = [scheme((n) => letters(n, false)), scheme(roman), scheme((n) => letters(n, true)), scheme((n) => roman(n).toUpperCase()), scheme((n) => String(n)), scheme((n) => String(n - 1))];

/**
 * The scheme a list is labelled in: the depth's own ((a) (i) (A)) unless the first label fits
 * another better, since drafters do open a first-level list with (i). Sequence is checked, style is not.
 */
function schemeOf(depth: number, first: string): Scheme {
  const own = SCHEMES[depth === 2 ? 1 : depth >= 3 ? 2 : 0] as Scheme;
  let best = own;
  let bestIndex = own.index.get(first) ?? Infinity;
  for (const other of SCHEMES) {
    const n = other.index.get(first) ?? Infinity;
    if (n < bestIndex) (best = other), (bestIndex = n);
  }
  return best;
}

function checkLabels(context: RuleContext, blocks: readonly Block[]): void {
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  const first = paragraphs[0];
  if (first) {
    const { label, index } = schemeOf(first.depth, first.label);
    // After a slip, count on from the label written, so that one gap is one finding, not one per later item.
    let previous = 0;
    for (const p of paragraphs) {
      const expected = label(previous + 1);
      if (p.label !== expected) {
        context.report({ messageId: 'label', data: { label: `(${p.label})`, expected: `(${expected})`, address: p.address }, address: p.address, position: p.position, quote: `${p.label}|${expected}` });
      }
      previous = index.get(p.label) ?? previous + 1;
    }
  }
  for (const block of blocks) if (block.type !== 'text' && block.type !== 'table') checkLabels(context, block.children);
}

/** Splits "G3.17A" into its prefix "G", its numbers [3, 17] and its suffix "A"; "1.10.1" into "", [1, 10, 1], "". */
function levels(number: string): { prefix: string; parts: number[]; suffix: string } | undefined {
  const match = /^(\D*?)(\d+(?:\.\d+)*)([A-Z]*)$/.exec(number);
  return match ? { prefix: match[1] as string, parts: (match[2] as string).split('.').map(Number), suffix: match[3] as string } : undefined;
}

/**
 * Clause numbers are checked level by level, each against the last number seen under the same
 * parent (G3.21 then G4.1; 1.8.1 then 1.9), so that a document numbered in levels (1, 1.0.1, 1.1)
 * reads as it is written. A sequence starts at 0 or 1, as documents do; in an extract, anywhere.
 */
function check(context: RuleContext): void {
  const { version } = context;
  for (const file of version.files) {
    const clauses = file.section.headings.flatMap((h) => h.clauses);
    const last = new Map<string, number>();
    clauses.forEach((clause, i) => {
      checkLabels(context, clause.children);
      const previous = clauses[i - 1];
      const here = levels(clause.number);
      if (!here) return;
      const gap = (expected: string) =>
        context.report({ messageId: 'gap', data: { clause: clause.number, previous: previous?.number ?? '(start)', expected }, address: clause.number, position: clause.position, quote: `${previous?.number ?? '(start)'}|${clause.number}` });
      if (previous && compareClauseNumbers(previous.number, clause.number) >= 0) {
        context.report({ messageId: 'order', data: { clause: clause.number, previous: previous.number }, address: clause.number, position: clause.position, quote: `${previous.number}|${clause.number}` });
        return;
      }
      const { prefix, parts, suffix } = here;
      const keyAt = (k: number) => `${prefix}|${parts.slice(0, k).join('.')}`;
      if (suffix !== '') {
        // An inserted clause (G3.10A) follows the clause it is inserted after.
        const before = previous && levels(previous.number);
        if (!before || before.prefix !== prefix || before.parts.join('.') !== parts.join('.')) gap(`${prefix}${parts.join('.')}`);
        return;
      }
      for (let k = 0; k < parts.length; k++) {
        const value = parts[k] as number;
        const seen = last.get(keyAt(k));
        const lastLevel = k === parts.length - 1;
        const expected = (n: number) => `${prefix}${[...parts.slice(0, k), n, ...parts.slice(k + 1).map(() => 1)].join('.')}`;
        if (seen === undefined) {
          // A new sequence: it starts at 0 or 1 (an extract starts wherever it starts).
          if (lastLevel && value > 1 && !version.extract) {
            gap(expected(1));
            break;
          }
        } else if (value !== seen && value !== seen + 1) {
          // A skipped number, or a skipped part (H1.2 then H3.1: expected H2.1); the extract of a part may skip parts.
          if (lastLevel || !version.extract) {
            gap(expected(seen + 1));
            break;
          }
        } else if (lastLevel && value === seen) {
          gap(expected(seen + 1));
          break;
        }
      }
      for (let k = 0; k < parts.length; k++) last.set(keyAt(k), parts[k] as number);
    });
  }
}

export const numbering: Rule = {
  meta: {
    id: 'numbering',
    type: 'problem',
    description: 'Clause numbers and paragraph labels in order, without gaps or repeats',
    defaultSeverity: 'error',
    messages: {
      gap: '{{clause}} follows {{previous}}: expected {{expected}}',
      order: '{{clause}} comes after {{previous}} but is numbered before it',
      label: '{{address}}: label {{label}} where {{expected}} was expected',
    },
  },
  check,
};

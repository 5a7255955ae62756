/**
 * Paragraph labels and their levels: (a) (b) … under a clause, (i) (ii) … under those, (A) (B) …
 * under those. A label alone does not say its level ("(i)" follows "(h)", or opens a sub-list), so
 * the level is worked out from the labels still open, as a reader does.
 */

/** How a label counts. */
export type LabelKind = 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman' | 'doubleLetter';

const ROMAN = /^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: ReadonlyArray<[string, number]> = [['m', 1000], ['cm', 900], ['d', 500], ['cd', 400], ['c', 100], ['xc', 90], ['l', 50], ['xl', 40], ['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1]];

/** n in lower-case roman numerals (Word's lowerRoman). */
export function toRoman(n: number): string {
  let out = '';
  for (const [digits, value] of ROMAN_VALUES) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** n as Word's lowerLetter counts: a … z, aa … zz, aaa … */
export function toLetter(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The kinds a label may be, the one counting it lowest first ("i": roman one, then the ninth letter; "c": the third letter, then roman 100). */
export function labelKinds(label: string): LabelKind[] {
  if (/^\d+$/.test(label)) return ['decimal'];
  const lower = label.toLowerCase();
  const upper = label !== lower;
  const kinds: LabelKind[] = [];
  if (lower !== '' && ROMAN.test(lower)) kinds.push(upper ? 'upperRoman' : 'lowerRoman');
  if (/^([a-z])\1*$/.test(lower)) kinds.push(upper ? 'upperLetter' : 'lowerLetter');
  // (aa), (bb): the fifth level of docs/word-output.md, counting aa as its first.
  if (!upper && /^([a-z])\1$/.test(label)) kinds.push('doubleLetter');
  return kinds.sort((a, b) => labelValue(label, a) - labelValue(label, b));
}

function romanValue(label: string): number {
  let rest = label.toLowerCase();
  let n = 0;
  for (const [digits, value] of ROMAN_VALUES) {
    while (rest.startsWith(digits)) {
      n += value;
      rest = rest.slice(digits.length);
    }
  }
  return n;
}

/** The label's ordinal in its kind: (c) is 3, (iv) is 4. */
export function labelValue(label: string, kind: LabelKind): number {
  if (kind === 'decimal') return Number(label);
  if (kind === 'lowerRoman' || kind === 'upperRoman') return romanValue(label);
  if (kind === 'doubleLetter') return label.charCodeAt(0) - 96;
  return (label.length - 1) * 26 + (label.toLowerCase().charCodeAt(0) - 96);
}

/** An open paragraph: its label, how it counts, and its depth under the clause. */
export interface OpenLabel {
  readonly label: string;
  readonly kind: LabelKind;
  readonly depth: number;
}

/** The kind each depth usually has (docs/word-output.md): (a), (i), (A), (I), (aa), then (1). */
const USUAL: readonly LabelKind[] = ['lowerLetter', 'lowerRoman', 'upperLetter', 'upperRoman', 'doubleLetter', 'decimal'];

/**
 * The depth of `label` under its clause, given the paragraphs open above it (outermost first).
 * A label that continues an open list (the next of its kind) goes beside it; a first label
 * ("a", "i", "A", "1") opens a list one deeper; anything else goes to the depth its kind usually has.
 * `opensList` says the paragraph before ended with a colon, so an ambiguous "(i)" opens a sub-list.
 */
export function labelDepth(label: string, open: readonly OpenLabel[], opensList = false): { depth: number; kind: LabelKind } {
  const kinds = labelKinds(label);
  const first = kinds.find((kind) => labelValue(label, kind) === 1);
  const deepest = open.at(-1)?.depth ?? 0;
  if (!(opensList && first !== undefined)) {
    for (let i = open.length - 1; i >= 0; i--) {
      const entry = open[i] as OpenLabel;
      const kind = kinds.find((k) => k === entry.kind && labelValue(label, k) === labelValue(entry.label, k) + 1);
      if (kind) return { depth: entry.depth, kind };
    }
  }
  if (first !== undefined) return { depth: deepest + 1, kind: first };
  const kind = kinds[0] ?? 'lowerLetter';
  const usual = USUAL.indexOf(kind);
  return { depth: Math.min(deepest + 1, usual >= 0 ? usual + 1 : deepest + 1), kind };
}

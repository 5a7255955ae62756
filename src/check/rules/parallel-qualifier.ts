/**
 * parallel-qualifier: two paragraphs that say the same thing, one of which lacks (or words
 * differently) an exclusion or limitation the other has, with the words that scope it. This is the
 * slip MP087 corrected, found by a general mechanism:
 *
 * 1. candidates: paragraphs sharing rare word shingles (an inverted index; shingles that occur in
 *    many paragraphs are boilerplate and ignored), so the work grows with the text, not its square;
 * 2. alignment: the two paragraphs' tokens diffed; they are parallel when most words agree;
 * 3. judgement: a difference counts only when it lies inside a qualifier ("excluding …",
 *    "other than …", "(where applicable)" …) and is not merely a different party, number, period
 *    or cross-reference.
 */
import { diffArrays } from 'diff';
import { legalTokens, tokenCore } from '../../compare/legal-tokens.js';
import { candidatePairs } from '../candidate-pairs.js';
import type { Report, Rule, RuleContext } from '../rule.js';
import { positionAt, type TextUnit } from '../text-units.js';

/** Words that open a qualifier, as token sequences (lower case). */
const QUALIFIERS = [
  ['excluding'],
  ['other', 'than'],
  ['except'],
  ['save'],
  ['subject', 'to'],
  ['provided', 'that'],
  ['unless'],
  ['where', 'applicable'],
  ['but', 'only'],
  ['only', 'where'],
  ['to', 'the', 'extent'],
] as const;

/** Differences that never make paragraphs unparallel in substance. */
const PARTIES = new Set(['user', 'users', 'dcc', 'party', 'parties', 'supplier', 'suppliers', 'network', 'operator', 'operators', 'panel', 'secas', 'authority', 'it', 'its', 'they', 'their', 'he', 'she', 'the', 'a', 'an', 'each', 'any']);
const PERIODS = new Set(['day', 'days', 'working', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'business', 'calendar']);
/** Share of the shorter paragraph's words that must align for two paragraphs to be parallel. */
const PARALLEL_SHARE = 0.7;

interface Tokens {
  readonly unit: TextUnit;
  /** The word tokens only (no punctuation), for shingles and sizes. */
  readonly words: string[];
  /** Tokens as written. */
  readonly raw: string[];
  /** Lower-case cores, for comparing. */
  readonly core: string[];
  /** Character offset of each token in the unit's words. */
  readonly offsets: number[];
}

function tokensOf(unit: TextUnit): Tokens {
  const raw = legalTokens(unit.text);
  const offsets: number[] = [];
  let at = 0;
  for (const token of raw) {
    offsets.push(at);
    at += token.length;
  }
  const core = raw.map((t) => tokenCore(t).toLowerCase());
  return { unit, raw, core, offsets, words: core.filter(isWord) };
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function isWord(core: string): boolean {
  return WORDLIKE.test(core);
}

/** Index of the qualifier whose scope covers token `at`, or -1. */
function qualifierCovering(core: readonly string[], start: number, end: number): number {
  // Inside brackets: the bracket's first words decide. Outside: a qualifier earlier in the same
  // phrase (not across ; : or a closing bracket), at most a dozen tokens back.
  let depth = 0;
  for (let i = start - 1; i >= 0 && start - i <= 40; i--) {
    const token = core[i] as string;
    if (token === ')') depth++;
    else if (token === '(') {
      if (depth === 0) return qualifierAt(core, i + 1) ? i + 1 : -1;
      depth--;
    } else if (depth === 0 && (token === ';' || token === ':' || token === '.')) break;
    else if (depth === 0 && qualifierAt(core, i) && start - i <= 12) return i;
  }
  // The differing words may themselves be the qualifier.
  for (let i = start; i < end; i++) if (qualifierAt(core, i)) return i;
  return -1;
}

/**
 * True when tokens [start, end) lie inside one qualifier phrase itself: a bracket that opens with a
 * qualifier, or a qualifier's words up to the next comma, stop or bracket ("subject to Section H1.2,").
 * Sibling items of one list are parallels only when they differ there and nowhere else in
 * substance: the rest of each item (its sentence frame) must be the same.
 */
function withinQualifier(core: readonly string[], start: number, end: number): boolean {
  if (start >= end) return true;
  let depth = 0;
  let opens = -1;
  let bracketed = false;
  for (let i = start; i >= 0 && start - i <= 40; i--) {
    const token = core[i] as string;
    if (i < start && token === ')') depth++;
    else if (token === '(') {
      if (depth === 0) {
        if (qualifierAt(core, i + 1)) (opens = i), (bracketed = true);
        break;
      }
      depth--;
    } else if (depth === 0 && i < start && /^[,;:.]$/.test(token)) break;
    else if (depth === 0 && qualifierAt(core, i)) {
      opens = i;
      break;
    }
  }
  if (opens < 0) return false;
  // Where the phrase ends: its closing bracket, or the first comma, stop or bracket after it.
  let close = core.length;
  depth = 0;
  for (let i = opens + 1; i < core.length; i++) {
    const token = core[i] as string;
    if (token === '(') depth++;
    else if (token === ')') {
      if (depth === 0) {
        close = bracketed ? i + 1 : i;
        break;
      }
      depth--;
    } else if (!bracketed && depth === 0 && /^[,;:.]$/.test(token)) {
      close = i + 1;
      break;
    }
  }
  // Trailing white space or punctuation beyond the phrase is not a difference in substance.
  return core.slice(close, end).every((t) => !isWord(t));
}

function qualifierAt(core: readonly string[], at: number): boolean {
  return qualifierLength(core, at) > 0;
}

/** How many tokens the qualifier opening at `at` has (0 when none opens there). */
function qualifierLength(core: readonly string[], at: number): number {
  return QUALIFIERS.find((words) => words.every((word, k) => core[at + k] === word))?.length ?? 0;
}

/** A paragraph label inside a reference ("paragraph (b)", "(iv)"): one letter or a roman numeral. */
const LABEL = /^(?:[a-z]|(?=[ivxl]+$)(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3}))$/;

/**
 * True when the words differ only in party, number, period or cross-reference. Short words are not
 * incidental as such: a missing "not" or "only" changes the law.
 */
function incidental(words: readonly string[]): boolean {
  return words.every((w) => !isWord(w) || PARTIES.has(w) || PERIODS.has(w) || /^\d/.test(w) || /^[a-z]\d+(\.\d+)+/.test(w) || LABEL.test(w) || w === 'section' || w === 'sections' || w === 'paragraph' || w === 'paragraphs');
}

const REFERENCE = /^(?:[a-z]\d+(?:\.\d+)+|\d)/;
const REFERENCE_GLUE = new Set(['section', 'sections', 'paragraph', 'paragraphs', 'and', 'or', 'to', 'inclusive']);

/** True when both sides are cross-references, with the words that join them ("H1.3 and Section H1.4" / "H1.5"). */
function referencesOnly(x: readonly string[], y: readonly string[]): boolean {
  const words = [...x, ...y].filter(isWord);
  return words.some((w) => REFERENCE.test(w)) && words.every((w) => REFERENCE.test(w) || LABEL.test(w) || REFERENCE_GLUE.has(w));
}

/**
 * True when a difference only starts inside a qualifier: the words before the qualifier opens
 * (on this side) or the other side's words (outside any qualifier) differ in substance, so the
 * paragraphs are about different things ("Meter (other than …)" against "Gateway").
 */
function outsideFirst(only: readonly string[], start: number, opens: number, other: readonly string[], otherOpens: number): boolean {
  if (opens < start) return false;
  const before = only.slice(0, opens - start);
  return !incidental(before) || (otherOpens < 0 && !incidental(other));
}

interface Gap {
  /** Tokens only one side has (or has differently) at this point. */
  readonly a: [number, number];
  readonly b: [number, number];
}

function gaps(x: Tokens, y: Tokens): { gaps: Gap[]; equalWords: number } {
  const out: Gap[] = [];
  let i = 0;
  let j = 0;
  let equalWords = 0;
  let open: { a: [number, number]; b: [number, number] } | undefined;
  for (const change of diffArrays(x.core, y.core)) {
    if (!change.added && !change.removed) {
      if (open) out.push(open);
      open = undefined;
      equalWords += change.value.filter(isWord).length;
      i += change.count;
      j += change.count;
      continue;
    }
    open ??= { a: [i, i], b: [j, j] };
    if (change.removed) {
      i += change.count;
      open.a[1] = i;
    } else {
      j += change.count;
      open.b[1] = j;
    }
  }
  if (open) out.push(open);
  return { gaps: out, equalWords };
}

function quote(t: Tokens, [start, end]: readonly [number, number]): string {
  return t.raw.slice(start, end).join('').trim();
}

/** True when the words end the paragraph and are only the list's grammar ("; and", "; or", "."). */
function listGrammar(t: Tokens, [, end]: readonly [number, number], only: readonly string[]): boolean {
  return t.core.slice(end).every((w) => !isWord(w)) && only.every((w) => !isWord(w) || w === 'and' || w === 'or');
}

/** Paragraphs of one list: the same parent, so the same lead-in. */
function siblings(a: TextUnit, b: TextUnit): boolean {
  const parent = (u: TextUnit) => u.address.replace(/\([^()]*\)$/, '');
  return a.kind === 'paragraph' && b.kind === 'paragraph' && a.clause === b.clause && parent(a) === parent(b);
}

const SPLIT_WORDS = /[^\p{L}\p{N}+'’]+/u;

/** True when the words hold at least `n` spaces (split(' ') would give more than `n` pieces), without splitting them. */
function spaces(text: string, n: number): boolean {
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (--n === 0) return true;
  return n <= 0;
}

function check(context: RuleContext): void {
  // Six words or more (five spaces): shorter runs of words are too short to be parallel prose.
  const units = context.units.filter((u) => u.kind !== 'definition' && spaces(u.text, 5));
  // Candidates come from plain lower-case words, each paragraph's dropped once read; only
  // paragraphs in a candidate pair pay for legal tokens.
  const wordsOf = (n: number) => (units[n] as TextUnit).text.toLowerCase().split(SPLIT_WORDS).filter(Boolean);
  const tokens = new Map<number, Tokens>();
  const tokensAt = (n: number) => {
    let t = tokens.get(n);
    if (!t) tokens.set(n, (t = tokensOf(units[n] as TextUnit)));
    return t;
  };
  const reports = new Map<string, Report & { related: Array<NonNullable<Report['related']>[number]> }>();
  for (const [a, b] of candidatePairs(units.length, wordsOf)) {
    const x = tokensAt(a);
    const y = tokensAt(b);
    if (x.unit.clause === y.unit.clause && x.unit.kind === 'text' && y.unit.kind === 'text') continue;
    const { gaps: found, equalWords } = gaps(x, y);
    const shorter = Math.min(x.words.length, y.words.length);
    if (found.length === 0 || equalWords < PARALLEL_SHARE * shorter) continue;
    // Judge each difference: inside a qualifier's scope, or incidental (party, number, period,
    // reference). A substantive difference outside every qualifier means the paragraphs are about
    // different things, and their qualifiers may rightly differ too.
    const judged = found.map((gap) => {
      const onlyX = x.core.slice(gap.a[0], gap.a[1]);
      const onlyY = y.core.slice(gap.b[0], gap.b[1]);
      const inX = onlyX.length > 0 ? qualifierCovering(x.core, gap.a[0], gap.a[1]) : -1;
      const inY = onlyY.length > 0 ? qualifierCovering(y.core, gap.b[0], gap.b[1]) : -1;
      return { gap, onlyX, onlyY, inX, inY, incidental: (incidental(onlyX) && incidental(onlyY)) || referencesOnly(onlyX, onlyY) || listGrammar(x, gap.a, onlyX) && listGrammar(y, gap.b, onlyY) };
    });
    if (judged.some((j) => !j.incidental && (j.inX < 0 && j.inY < 0 || outsideFirst(j.onlyX, j.gap.a[0], j.inX, j.onlyY, j.inY) || outsideFirst(j.onlyY, j.gap.b[0], j.inY, j.onlyX, j.inX)))) continue;
    // Items of one list share their lead-in, not their subject: they are parallels only when they
    // share their sentence frame too, differing only inside a qualifier phrase.
    if (siblings(x.unit, y.unit) && judged.some((j) => !j.incidental && !(withinQualifier(x.core, j.gap.a[0], j.gap.a[1]) && withinQualifier(y.core, j.gap.b[0], j.gap.b[1])))) continue;
    for (const { gap, onlyX, onlyY, inX, inY, incidental: minor } of judged) {
      if (minor || (inX < 0 && inY < 0)) continue;
      // Report on the paragraph that lacks the words; when both have words there, on the later one.
      const missingInY = onlyY.length === 0 || (onlyX.length > 0 && !onlyY.some(isWord));
      const missingInX = onlyX.length === 0 || (onlyY.length > 0 && !onlyX.some(isWord));
      const [has, lacks, hasGap, lacksGap, qualifier] = missingInY && !missingInX
        ? [x, y, gap.a, gap.b, inX]
        : missingInX && !missingInY
          ? [y, x, gap.b, gap.a, inY]
          : [x, y, gap.a, gap.b, inX >= 0 ? inX : inY];
      const words = quote(has, hasGap);
      const opens = Math.max(0, qualifier);
      const qualifierWords = has.raw.slice(opens, opens + Math.max(1, qualifierLength(has.core, opens))).join('').trim();
      const differs = lacksGap[1] > lacksGap[0];
      const otherWords = differs ? quote(lacks, lacksGap) : '';
      const related = { address: has.unit.address, position: positionAt(has.unit, has.offsets[hasGap[0]] ?? 0), message: `the parallel ${has.unit.address} has "${words}"` };
      // One slip is one finding however many parallels show it: the first names it, all are related.
      const key = `${lacks.unit.address}|${words}|${otherWords}`;
      const earlier = reports.get(key);
      if (earlier) {
        earlier.related.push(related);
        continue;
      }
      reports.set(key, {
        messageId: differs ? 'differs' : 'missing',
        data: { address: lacks.unit.address, other: has.unit.address, words, qualifier: qualifierWords, ...(differs ? { otherWords } : {}) },
        address: lacks.unit.address,
        position: positionAt(lacks.unit, lacks.offsets[lacksGap[0]] ?? lacks.unit.text.length),
        related: [related],
        quote: `${words}|${otherWords}`,
      });
    }
  }
  for (const report of reports.values()) context.report(report);
}

export const parallelQualifier: Rule = {
  meta: {
    id: 'parallel-qualifier',
    type: 'problem',
    description: 'Parallel paragraphs whose exclusions or limitations differ (the G3.17(b)/G3.20(b) slip that MP087 corrected)',
    defaultSeverity: 'error',
    messages: {
      missing: '{{address}} lacks "{{words}}", which its parallel {{other}} has in its qualifier ("{{qualifier}} …")',
      differs: '{{address}} says "{{otherWords}}" where its parallel {{other}} says "{{words}}" in its qualifier ("{{qualifier}} …")',
    },
  },
  check,
};

/**
 * Defined terms, their uses, and the capitalised phrases left over. Definitions come in every form
 * find-definitions knows, anywhere in the version. Uses are matched at phrase level, longest term
 * first, whatever the term holds (acronyms, digits, "+", hyphens: "GB Interface Specification",
 * "Type 2 Devices", "SMETS1 Hubs"), with plurals and possessives ("Parties", "Party's") and a
 * slashed pair ("Import/Export MPAN" for "Import MPAN" and "Export MPAN"). What no term covers is
 * left as capitalised phrases, each with the context the rules judge it by (where it stands in its
 * sentence, in quotes or not, the words around it).
 */
import type { SourcePosition } from '../model/clause-tree.js';
import { findDefinitions } from './find-definitions.js';
import { positionAt, type TextUnit } from './text-units.js';

/** A defined term and where it is defined. */
export interface TermDefinition {
  readonly term: string;
  readonly address: string;
  readonly position?: SourcePosition;
  /** `list`: `- **Term** means …`; `quoted`: a quoted term in the words. */
  readonly form: 'list' | 'quoted';
  /** For a quoted term, the offset of its words in the unit's words. */
  readonly offset?: number;
}

/** A run of words that is a defined term, as written, or nearly (another capitalisation). */
export interface TermUse {
  /** The defined term. */
  readonly term: string;
  /** The words as written. */
  readonly text: string;
  readonly unit: TextUnit;
  /** Offset in the unit's words. */
  readonly offset: number;
  /** True when the words are the term capitalised another way ("Title page" for "Title Page"). */
  readonly caseVariant: boolean;
}

/** A run of capitalised words that no defined term covers, with its context. */
export interface Phrase {
  readonly text: string;
  readonly unit: TextUnit;
  /** Offset of the phrase in the unit's words. */
  readonly offset: number;
  /** The phrase opens a sentence (its capital may be grammar). */
  readonly sentenceStart: boolean;
  /** The phrase stands inside quotation marks (a title or a word mentioned, not used). */
  readonly quoted: boolean;
  /** The sentence is a title ("Conveying Non-Source Forms."): every longer word capitalised. */
  readonly inTitle: boolean;
  /** The word before the phrase, as written ("" at the start). */
  readonly before: string;
  /** The token after the phrase, as written ("" at the end), when only a space separates them. */
  readonly after: string;
}

/** The defined terms of a version, their uses and the capitalised phrases of its text. */
export interface TermIndex {
  readonly definitions: ReadonlyMap<string, TermDefinition>;
  /**
   * Every use, in text order. Built when first read: a version has tens of thousands, and the rules
   * need only `used` and `variants`.
   */
  readonly uses: readonly TermUse[];
  /** The terms used as defined somewhere (not only capitalised another way). */
  readonly used: ReadonlySet<string>;
  /** The uses capitalised another way, in text order. */
  readonly variants: readonly TermUse[];
  readonly phrases: readonly Phrase[];
  /** Every word the version writes in lower case somewhere: a word never so written is a name. */
  readonly lowerWords: ReadonlySet<string>;
}

interface Token {
  readonly text: string;
  readonly offset: number;
  readonly lower: string;
  /** Only white space separates it from the token before. */
  readonly joined: boolean;
  /** A slash separates it from the token before ("Import/Export"). */
  readonly slashed: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}+&]|[-'’](?=[\p{L}\p{N}]))*(?:(?<=s)['’](?![\p{L}]))?/gu;

/** The singular, possessive-free form of a word or phrase, for matching against definitions. */
export function baseForm(phrase: string): string {
  // Most phrases hold no possessive and no plural: nothing to undo.
  if (!phrase.endsWith('s') && !/['’]/.test(phrase)) return phrase;
  return phrase
    .replace(/['’]s\b|s['’](?=\s|$)/g, (m) => (m.startsWith('s') ? 's' : ''))
    .split(' ')
    .map((word, i, all) => (i === all.length - 1 ? singular(word) : word))
    .join(' ');
}

function singular(word: string): string {
  if (/ies$/i.test(word) && word.length > 4) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(ches|shes|xes|sses)$/i.test(word)) return word.slice(0, -2);
  if (/[^s]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/**
 * The singular, possessive-free lower-case form of a token (most words have no plural or possessive
 * to undo). `memo` keeps the forms worked out: a code repeats its words thousands of times.
 */
function baseOf(token: Token, memo?: Map<string, string>): string {
  const last = token.lower.charCodeAt(token.lower.length - 1);
  if (last !== 115 /* s */ && !token.lower.includes("'") && !token.lower.includes('’')) return token.lower;
  let base = memo?.get(token.lower);
  if (base === undefined) {
    base = baseForm(token.lower);
    memo?.set(token.lower, base);
  }
  return base;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[0];
    const at = match.index;
    out.push({ text: word, offset: at, lower: word.toLowerCase(), joined: end > 0 && spaceOnly(text, end, at), slashed: end > 0 && at === end + 1 && text.charCodeAt(end) === 47 });
    end = at + word.length;
  }
  return out;
}

type Shape = 'lower' | 'capital' | 'upper' | 'other';

function shape(word: string): Shape {
  // Plain ASCII words, the most of any text, without a Unicode regular expression.
  if (/^[a-z0-9+&'’-]*$/.test(word)) return 'lower';
  if (/^[A-Z][a-z0-9+&'’-]*$/.test(word)) return 'capital';
  if (!/\p{Lu}/u.test(word)) return 'lower';
  if (!/\p{Ll}/u.test(word)) return /\p{L}.*\p{L}/u.test(word) ? 'upper' : 'capital';
  return /^\P{Ll}\P{Lu}*$/u.test(word) ? 'capital' : 'other';
}

/** A defined term ready for matching: its words, lower-cased, and their shapes. */
interface TermEntry {
  readonly term: string;
  readonly lower: readonly string[];
  readonly lastBase: string;
  readonly shapes: readonly Shape[];
}

function entryOf(term: string): TermEntry {
  const words = tokensOf(term).map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  return { term, lower, lastBase: baseForm(words.at(-1) ?? '').toLowerCase(), shapes: words.map(shape) };
}

/**
 * How the words tokens[i..i+n) stand to the term: `use` (as defined; the first word's capital is
 * free, since sentences open with one; all capitals are shouting, not a variant), `variant`
 * (another capitalisation of a capitalised term, not plain lower case), or `none`.
 */
function judge(tokens: readonly Token[], i: number, entry: TermEntry): 'use' | 'variant' | 'none' {
  const n = entry.lower.length;
  if (i + n > tokens.length) return 'none';
  for (let k = 0; k < n; k++) {
    const token = tokens[i + k] as Token;
    if (k > 0 && !token.joined) return 'none';
    const same = k < n - 1 ? token.lower === entry.lower[k] : token.lower === entry.lower[k] || baseOf(token) === entry.lastBase;
    if (!same) return 'none';
  }
  let as = true;
  let lower = true;
  for (let k = 0; k < n; k++) {
    const s = shape((tokens[i + k] as Token).text);
    if (!(s === entry.shapes[k] || s === 'upper' || (k === 0 && s === 'capital' && entry.shapes[0] === 'lower'))) as = false;
    if (s !== 'lower') lower = false;
  }
  if (as) return 'use';
  if (lower) return 'none';
  return entry.shapes.some((s) => s !== 'lower') ? 'variant' : 'none';
}

/** The longest of `entries` (sorted longest first) that the words from `i` are, as a use or a variant. */
function firstMatch(entries: readonly TermEntry[] | undefined, tokens: readonly Token[], i: number): { entry: TermEntry; found: 'use' | 'variant' } | undefined {
  for (const entry of entries ?? []) {
    const found = judge(tokens, i, entry);
    if (found !== 'none') return { entry, found };
  }
  return undefined;
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on']);

function capitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return false;
  return /^\p{Lu}/u.test(token.text) || (/^\p{N}/u.test(token.text) && /\p{Lu}/u.test(token.text));
}

/** True when nothing but a sentence's end, a bracket or a quotation mark stands before `offset`. */
export function opensSentence(text: string, offset: number): boolean {
  // Backwards from `offset`, not a pattern anchored at the end of text.slice(0, offset): that tried
  // every position from the start, and a clause of megabytes made check quadratic.
  let i = offset;
  while (i > 0 && /[\s"“(]/.test(text.charAt(i - 1))) i--;
  return i === 0 || /[.:;!?]/.test(text.charAt(i - 1));
}

function insideQuotes(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** How far inTitleAt looks either way for the ends of the sentence around a phrase. */
const TITLE_REACH = 1_000;

/** The last sentence inTitleAt judged, and its verdict: the phrases of one sentence come one after another. */
interface TitleMemo {
  text: string;
  start: number;
  end: number;
  title: boolean;
}

/** `.` `!` `?` `:` `;`, the marks that end a sentence for inTitleAt. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59;
}

/** True when the sentence around `offset` is a title: every word of four letters or more capitalised, twelve at most. */
function inTitleAt(text: string, offset: number, memo?: TitleMemo): boolean {
  // Within TITLE_REACH of the phrase: a title of twelve long words is far shorter, and scanning a
  // whole sentence for each phrase made a clause of one 5 MB sentence quadratic (check never ended).
  const from = Math.max(0, offset - TITLE_REACH);
  let start = offset;
  while (start > from && !endsSentence(text.charCodeAt(start - 1))) start--;
  if (start === from && from > 0) return false;
  const stop = text.slice(offset, offset + TITLE_REACH).search(/[.!?:;](?=\s|$)/);
  if (stop < 0 && offset + TITLE_REACH < text.length) return false;
  const end = stop < 0 ? text.length : offset + stop;
  if (memo && memo.text === text && memo.start === start && memo.end === end) return memo.title;
  const long = text.slice(start, end).match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  const title = long.length > 0 && long.length <= 12 && long.every((w) => /^\p{Lu}/u.test(w));
  if (memo) {
    memo.text = text;
    memo.start = start;
    memo.end = end;
    memo.title = title;
  }
  return title;
}

/** Builds the index: definitions first (so that every use can be matched), then uses and phrases. */
export function indexTerms(units: readonly TextUnit[]): TermIndex {
  const definitions = new Map<string, TermDefinition>();
  // Every word the text writes in lower case. The pass over uses below tokenizes every unit and
  // collects them; a quoted definition that needs them before that (rare) has them read in a pass of
  // its own. Tokens are made one unit at a time and dropped: holding every unit's tokens at once
  // kept hundreds of thousands of objects alive through each young-generation collection.
  let lowerWords: Set<string> | undefined;
  const lowerWordsNow = (): Set<string> => {
    if (lowerWords) return lowerWords;
    lowerWords = new Set();
    for (const unit of units) for (const t of tokensOf(unit.text)) if (t.lower === t.text) lowerWords.add(t.lower);
    return lowerWords;
  };
  units.forEach((unit) => {
    if (unit.kind === 'definition' && unit.node.type === 'definition' && !definitions.has(unit.node.term)) {
      definitions.set(unit.node.term, { term: unit.node.term, address: unit.address, position: unit.position, form: 'list' });
    }
    for (const found of findDefinitions(unit.text)) {
      // "Object code" opening a sentence may be the term "object code": a capital the text never
      // writes mid-sentence, on a term whose other words are lower case, is grammar.
      const words = found.term.split(' ');
      const lowered = `${found.term.charAt(0).toLowerCase()}${found.term.slice(1)}`;
      const grammar = found.sentenceStart && shape(words[0] as string) === 'capital' && words.slice(1).every((w) => shape(w) === 'lower') && !writtenMidSentence(found.term, units) && (words.length > 1 || writesLower(lowerWordsNow(), lowered));
      const term = grammar ? lowered : found.term;
      if (!definitions.has(term)) definitions.set(term, { term, address: unit.address, position: positionAt(unit, found.offset), form: 'quoted', offset: found.offset });
    }
  });
  const byFirst = new Map<string, TermEntry[]>();
  for (const term of definitions.keys()) {
    const entry = entryOf(term);
    if (entry.lower.length === 0) continue;
    const keys = new Set([entry.lower[0] as string, ...(entry.lower.length === 1 ? [entry.lastBase] : [])]);
    for (const key of keys) byFirst.set(key, [...(byFirst.get(key) ?? []), entry]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  // Uses are kept as numbers until read (see TermIndex.uses): tens of thousands of objects held
  // through the rest of the index cost more to collect than anything else it makes.
  const useUnits: TextUnit[] = [];
  const useSpans: number[] = []; // offset, end
  const useTerms: string[] = [];
  const useVariants: boolean[] = [];
  const used = new Set<string>();
  const variants: TermUse[] = [];
  const addUse = (term: string, unit: TextUnit, offset: number, end: number, caseVariant: boolean) => {
    useUnits.push(unit);
    useSpans.push(offset, end);
    useTerms.push(term);
    useVariants.push(caseVariant);
    if (caseVariant) variants.push({ term, text: unit.text.slice(offset, end), unit, offset, caseVariant });
    else used.add(term);
  };
  const phrases: Phrase[] = [];
  const collected = lowerWords ? undefined : new Set<string>();
  const bases = new Map<string, string>();
  const title: TitleMemo = { text: '', start: -1, end: -1, title: false };
  units.forEach((unit) => {
    const list = tokensOf(unit.text);
    if (collected) for (const t of list) if (t.lower === t.text) collected.add(t.lower);
    const covered = new Uint8Array(list.length);
    // The definition's own term is not a use of it.
    const skip = unit.kind === 'definition' && unit.node.type === 'definition' ? unit.node.term.length : 0;
    // insideQuotes counts marks from the start of the text: only where there are any.
    const quoted = unit.text.includes('"') || unit.text.includes('“');
    for (let i = 0; i < list.length; i++) {
      const token = list[i] as Token;
      if (token.offset < skip) {
        covered[i] = 1;
        continue;
      }
      // Candidates by the word as written, then by its singular ("Parties" for "Party").
      let match = firstMatch(byFirst.get(token.lower), list, i);
      if (!match) {
        const base = baseOf(token, bases);
        if (base !== token.lower) match = firstMatch(byFirst.get(base), list, i);
      }
      if (match) {
        const { entry, found } = match;
        const n = entry.lower.length;
        const last = list[i + n - 1] as Token;
        // A heading capitalises its words and a quotation is a mention: neither is another capitalisation of the term.
        const caseVariant = found === 'variant' && !inTitleAt(unit.text, token.offset, title) && !(quoted && insideQuotes(unit.text, token.offset));
        if (!isDefinitionSite(unit, token.offset, definitions.get(entry.term))) addUse(entry.term, unit, token.offset, last.offset + last.text.length, caseVariant);
        for (let k = i; k < i + n; k++) covered[k] = 1;
        // "Import/Export MPAN": the word before the slash stands for the term's first word.
        const before = list[i - 1];
        if (before && token.slashed && !covered[i - 1]) {
          const swapped = [before.text, ...entry.lower.slice(1).map((_, k) => (list[i + 1 + k] as Token).text)].join(' ');
          const other = definitions.has(swapped) ? swapped : definitions.has(baseForm(swapped)) ? baseForm(swapped) : undefined;
          if (other) {
            addUse(other, unit, before.offset, before.offset + before.text.length, false);
            covered[i - 1] = 1;
          }
        }
        i += n - 1;
      }
    }
    const quotes = unit.text.includes('"') || unit.text.includes('“');
    for (let i = 0; i < list.length; i++) {
      if (covered[i] || !capitalised(list[i] as Token)) continue;
      let j = i + 1;
      // Extend over capitalised words, digits and connectors, but only while nothing but spaces separates them.
      while (j < list.length && !covered[j] && (list[j] as Token).joined && (capitalised(list[j] as Token) || /^\p{N}/u.test((list[j] as Token).text) || CONNECTORS.has((list[j] as Token).text))) j++;
      // A phrase ends on a capitalised word: connectors and numbers after it are context.
      let end = j;
      while (end > i + 1 && !capitalised(list[end - 1] as Token)) end--;
      const first = list[i] as Token;
      const last = list[end - 1] as Token;
      const next = list[end];
      const previous = list[i - 1];
      phrases.push({
        text: unit.text.slice(first.offset, last.offset + last.text.length),
        unit,
        offset: first.offset,
        sentenceStart: opensSentence(unit.text, first.offset),
        quoted: quotes && insideQuotes(unit.text, first.offset),
        inTitle: inTitleAt(unit.text, first.offset, title),
        before: previous && first.joined ? previous.text : '',
        after: next && next.joined ? next.text : '',
      });
      i = end - 1;
    }
  });
  let uses: TermUse[] | undefined;
  const allUses = (): TermUse[] => {
    const out: TermUse[] = [];
    let variant = 0;
    for (let k = 0; k < useTerms.length; k++) {
      const unit = useUnits[k] as TextUnit;
      const offset = useSpans[2 * k] as number;
      if (useVariants[k]) out.push(variants[variant++] as TermUse);
      else out.push({ term: useTerms[k] as string, text: unit.text.slice(offset, useSpans[2 * k + 1]), unit, offset, caseVariant: false });
    }
    return out;
  };
  return {
    definitions,
    get uses() {
      return (uses ??= allUses());
    },
    used,
    variants,
    phrases,
    lowerWords: lowerWords ?? (collected as Set<string>),
  };
}

/** True when the text writes the word in lower case somewhere, singular or plural. */
export function writesLower(lowerWords: ReadonlySet<string>, word: string): boolean {
  const lower = word.toLowerCase();
  const base = baseForm(lower);
  return lowerWords.has(lower) || lowerWords.has(base) || lowerWords.has(`${base}s`) || lowerWords.has(`${base}es`) || (base.endsWith('y') && lowerWords.has(`${base.slice(0, -1)}ies`));
}

/** True when the words at `offset` are the term's own definition, not a use of it. */
function isDefinitionSite(unit: TextUnit, offset: number, definition: TermDefinition | undefined): boolean {
  return definition !== undefined && definition.form === 'quoted' && definition.address === unit.address && definition.offset === offset;
}

function writtenMidSentence(term: string, units: readonly TextUnit[]): boolean {
  for (const unit of units) {
    let at = unit.text.indexOf(term);
    while (at >= 0) {
      if (!opensSentence(unit.text, at) && !/[\p{L}\p{N}]/u.test(unit.text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(unit.text.charAt(at + term.length))) return true;
      at = unit.text.indexOf(term, at + 1);
    }
  }
  return false;
}

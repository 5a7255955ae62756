/**
 * Defined terms and the capitalised phrases that use them. A term is defined by a Section A style
 * list item (`- **Term** means ...`) or inline (`"Term" means ...`). Plurals and possessives of a
 * term count as uses of it ("Hubs", "Consumer's", "Parties").
 */
import type { SourcePosition } from '../model/clause-tree.js';
import type { TextUnit } from './text-units.js';

/** A defined term and where it is defined. */
export interface TermDefinition {
  readonly term: string;
  readonly address: string;
  readonly position?: SourcePosition;
}

/** A run of capitalised words in a unit, as a candidate use of a defined term. */
export interface Phrase {
  readonly text: string;
  readonly unit: TextUnit;
  /** Offset of the phrase in the unit's words. */
  readonly offset: number;
}

/** The defined terms of a version and the capitalised phrases of its text. */
export interface TermIndex {
  readonly definitions: ReadonlyMap<string, TermDefinition>;
  readonly phrases: readonly Phrase[];
}

const INLINE = /["“]([A-Z][^"”]{0,80})["”]\s+(?:means|shall mean|has the meaning)/g;
const WORD = "[A-Z][A-Za-z0-9+]*(?:['’]s|s['’])?(?:-[A-Z][A-Za-z0-9+]*)*";
const PHRASE = new RegExp(`${WORD}(?:\\s+(?:(?:of|and|for|the|to|in|on)\\s+)?${WORD})*`, 'g');

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
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** Builds the index: definitions first (so that every use can be matched), then the phrases. */
export function indexTerms(units: readonly TextUnit[]): TermIndex {
  const definitions = new Map<string, TermDefinition>();
  const phrases: Phrase[] = [];
  for (const unit of units) {
    if (unit.kind === 'definition' && unit.node.type === 'definition') {
      definitions.set(unit.node.term, { term: unit.node.term, address: unit.address, position: unit.position });
    }
    for (const match of unit.text.matchAll(INLINE)) {
      const term = match[1] as string;
      if (!definitions.has(term)) definitions.set(term, { term, address: unit.address, position: unit.position });
    }
  }
  for (const unit of units) {
    // The definition's own term is not a use of it.
    const skip = unit.kind === 'definition' && unit.node.type === 'definition' ? unit.node.term.length : 0;
    for (const match of unit.text.matchAll(PHRASE)) {
      if (match.index < skip) continue;
      phrases.push({ text: match[0], unit, offset: match.index });
    }
  }
  return { definitions, phrases };
}

/**
 * Splits a capitalised phrase into the defined terms it holds (longest first) and what is left.
 * "Smart Metering System" -> terms ["Smart Metering System"], rest [].
 */
export function matchTerms(phrase: string, definitions: ReadonlyMap<string, TermDefinition>): TermMatch {
  // A code repeats its phrases thousands of times: match each once per set of definitions.
  let memo = MATCHES.get(definitions);
  if (!memo) MATCHES.set(definitions, (memo = new Map()));
  let match = memo.get(phrase);
  if (!match) memo.set(phrase, (match = matchTermsOnce(phrase, definitions)));
  return match;
}

/** The defined terms in a phrase and the pieces left over. */
export interface TermMatch {
  readonly terms: readonly string[];
  readonly rest: ReadonlyArray<{ readonly text: string; readonly offset: number }>;
}

const MATCHES = new WeakMap<ReadonlyMap<string, TermDefinition>, Map<string, TermMatch>>();
const LONGEST = new WeakMap<ReadonlyMap<string, TermDefinition>, number>();

/** The most words any defined term has: no longer run of words can be a term. */
function longest(definitions: ReadonlyMap<string, TermDefinition>): number {
  let n = LONGEST.get(definitions);
  if (n === undefined) LONGEST.set(definitions, (n = Math.max(0, ...[...definitions.keys()].map((t) => t.split(' ').length))));
  return n;
}

function matchTermsOnce(phrase: string, definitions: ReadonlyMap<string, TermDefinition>): TermMatch {
  const words = [...phrase.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: m.index }));
  const texts = words.map((w) => w.text);
  const most = longest(definitions);
  // The term a run of words i..j is (null: none), asked for again by startsTerm and the scan: judge each run once.
  const runs = new Map<number, string | null>();
  const termAt = (i: number, j: number): string | null => {
    const key = i * (words.length + 1) + j;
    let term = runs.get(key);
    if (term === undefined) {
      const candidate = texts.slice(i, j).join(' ');
      const base = definitions.has(candidate) ? candidate : baseForm(candidate);
      runs.set(key, (term = definitions.has(base) ? base : null));
    }
    return term;
  };
  const startsTerm = (at: number): boolean => {
    for (let j = Math.min(words.length, at + most); j > at; j--) if (termAt(at, j) !== null) return true;
    return false;
  };
  const terms: string[] = [];
  const rest: Array<{ text: string; offset: number }> = [];
  let i = 0;
  while (i < words.length) {
    let found = 0;
    for (let j = Math.min(words.length, i + most); j > i; j--) {
      const term = termAt(i, j);
      if (term !== null) {
        terms.push(term);
        found = j - i;
        break;
      }
    }
    if (found > 0) {
      i += found;
      continue;
    }
    let j = i + 1;
    // Group the unmatched run of words into one piece.
    while (j < words.length && !startsTerm(j)) j++;
    rest.push({ text: texts.slice(i, j).join(' '), offset: words[i]!.offset });
    i = j;
  }
  return { terms, rest };
}

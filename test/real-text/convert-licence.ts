/**
 * Converts a plain-text licence (as Debian ships them in /usr/share/common-licenses) into a clause
 * Section file, so that the checker and the redline can be judged on real legal text nobody here
 * wrote. The licence's own section numbers ("0.", "3.", "1.10.1.") become clause numbers (the file
 * sets `numbering:`), its lettered items ("a)", "(b)", "A.") labelled paragraphs, and its other
 * paragraphs the clause's unnumbered words. Nothing is reworded: words are only re-flowed.
 *
 * The conversion is general, not fitted to one licence: the terms start at the first paragraph
 * numbered 0 or 1 and end at the licence's own end mark ("END OF TERMS AND CONDITIONS", an
 * exhibit or an appendix); preamble and how-to-apply text are left out.
 */
import type { Block, Clause, Paragraph, SectionFile } from '../../src/model/clause-tree.js';
import { sectionFileToMarkdown } from '../../src/serialize/to-markdown.js';

/** Where the converted file says its words come from, and what it is called. */
export interface ConvertLicenceOptions {
  /** Code id, e.g. "GPL". Also the Section id. */
  readonly code: string;
  /** The licence's version, e.g. "3". */
  readonly version: string;
  /** The Section title, e.g. "GNU General Public License". */
  readonly title: string;
  /** The file the text was read from, for `source:`. */
  readonly source: string;
}

/** Clause numbers as licences write them: 0, 3, 1.10.1. */
export const LICENCE_NUMBERING = '\\d+(?:\\.\\d+)*';

const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/s;
const LABELLED = /^(?:\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)|([a-z]{1,4}|\d{1,3})\)|([A-Z])\.)\s+(\S.*)$/s;
const END = /^(?:END OF TERMS AND CONDITIONS|How to Apply|APPENDIX|ADDENDUM\b|EXHIBIT\b|Exhibit [A-Z]\b)/i;
const RULE_LINE = /^[\s*=\-_]*$/;

/** The text's paragraphs: lines between blank ones, box and underline characters dropped, re-flowed. */
function paragraphs(text: string): string[] {
  const out: string[] = [];
  let lines: string[] = [];
  let lastIndent = 0;
  const flush = () => {
    if (lines.length > 0) out.push(lines.join(' ').replace(/\s+/g, ' ').trim());
    lines = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    // Boxed text ("*  6. Disclaimer of Warranty   *"): the box is layout, not words.
    const line = raw.replace(/^\s*\*(?=\s)/, '').replace(/\s\*\s*$/, '');
    if (RULE_LINE.test(line)) {
      // A line of only dashes or stars underlines or boxes: it ends a paragraph only when blank.
      if (line.trim() === '') flush();
      continue;
    }
    // An item that starts on the line after its list's lead-in, with no blank line between: indented
    // differently from the line before (an inline "1) ... 2) ..." wraps at the same indent).
    const indent = /^\s*/.exec(line)![0].length;
    if (lines.length > 0 && LABELLED.test(line.trim()) && indent !== lastIndent) flush();
    lastIndent = indent;
    lines.push(line.trim());
  }
  flush();
  return out;
}

type Scheme = 'lower' | 'upper' | 'roman' | 'digit';

function schemeOf(label: string, previous: string | undefined): Scheme {
  if (/^\d+$/.test(label)) return 'digit';
  if (/^[ivxl]+$/.test(label) && !(label.length === 1 && previous !== undefined && /^[a-z]$/.test(previous))) return 'roman';
  return /^[a-z]+$/.test(label) ? 'lower' : 'upper';
}

interface OpenList {
  readonly scheme: Scheme;
  readonly items: Paragraph[];
  /** Where the list's items go: the clause's children or a paragraph's. */
  readonly into: Block[];
  readonly parentAddress: string;
  readonly depth: number;
}

/** The licence as a Section file's Markdown (canonical, so `fmt` leaves it alone). */
export function convertLicence(text: string, options: ConvertLicenceOptions): string {
  const all = paragraphs(text);
  const start = all.findIndex((p) => /^[01]\.\s+\S/.test(p));
  if (start < 0) throw new Error(`${options.source}: no section numbered 0 or 1`);
  const clauses: Clause[] = [];
  let clause: { number: string; text: string; children: Block[] } | undefined;
  let lists: OpenList[] = [];
  const close = () => {
    if (clause) clauses.push(freeze(clause));
    clause = undefined;
    lists = [];
  };
  for (const words of all.slice(start)) {
    if (END.test(words)) break;
    const numbered = NUMBERED.exec(words);
    if (numbered && (!clause || isNext(clause.number, numbered[1] as string, clauses))) {
      close();
      clause = { number: numbered[1] as string, text: numbered[2] as string, children: [] };
      continue;
    }
    if (!clause) continue;
    const labelled = LABELLED.exec(words);
    if (labelled) {
      const label = (labelled[1] ?? labelled[2] ?? labelled[3]) as string;
      const rest = labelled[4] as string;
      const open = lists.findIndex((l) => l.scheme === schemeOf(label, l.items.at(-1)?.label));
      if (open >= 0) lists = lists.slice(0, open + 1);
      else {
        const parent = lists.at(-1)?.items.at(-1);
        const into = parent ? (parent.children as Block[]) : clause.children;
        lists.push({ scheme: schemeOf(label, undefined), items: [], into, parentAddress: parent?.address ?? clause.number, depth: lists.length + 1 });
      }
      const list = lists.at(-1) as OpenList;
      const paragraph: Paragraph = { type: 'paragraph', label, depth: list.depth, address: `${list.parentAddress}(${label})`, text: rest, children: [] };
      list.items.push(paragraph);
      list.into.push(paragraph);
      continue;
    }
    // Other words close any list and stand as the clause's unnumbered words.
    lists = [];
    clause.children.push({ type: 'text', text: words });
  }
  close();
  const file: SectionFile = {
    type: 'sectionFile',
    file: `${options.code}.md`,
    meta: { code: options.code, version: options.version, extract: false, source: `${options.source}, converted by test/real-text/convert-licence.ts (real text, not SEC text)`, numbering: LICENCE_NUMBERING },
    section: { type: 'section', id: options.code, title: options.title, headings: [{ type: 'crossHeading', title: null, clauses }] },
  };
  return sectionFileToMarkdown(file);
}

/**
 * True when `number` can follow the clauses so far: a paragraph that merely opens with a number
 * ("7. This requirement ..." re-flowed, or "2 years") must not start a clause out of order.
 */
function isNext(current: string, number: string, done: readonly Clause[]): boolean {
  const parts = number.split('.').map(Number);
  const seen = new Set([...done.map((c) => c.number), current]);
  if (seen.has(number)) return false;
  const last = parts.at(-1) as number;
  const parent = parts.slice(0, -1).join('.');
  const sibling = [...parts.slice(0, -1), last - 1].join('.');
  // A first child (x.0 or x.1 under a clause held), or the next sibling of a clause held.
  return (last <= 1 && (parent === '' || seen.has(String(parts[0])))) || seen.has(sibling);
}

function freeze(clause: { number: string; text: string; children: Block[] }): Clause {
  return { type: 'clause', number: clause.number, text: clause.text, children: clause.children };
}

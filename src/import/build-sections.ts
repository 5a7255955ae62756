/**
 * One side's paragraphs -> Sections of the clause tree. Reads what a drafter reads: "Section G
 * 'Security'" opens a Section, a clause number opens a clause, "(a)" a paragraph at the level its
 * label and the open labels give, bold words before "means" a definition, a short line before a
 * clause a cross-heading, and other words attach to the clause or paragraph whose words they line up with.
 */
import { definitionAddress, paragraphAddress } from '../model/address.js';
import type { Block, Clause, CrossHeading, Section, Table } from '../model/clause-tree.js';
import { DEFINITION_VERB } from './definition-verb.js';
import { labelDepth, type OpenLabel } from './paragraph-label.js';
import { isPageFurniture } from './page-furniture.js';
import type { SideParagraph, UnplacedParagraph } from './source-paragraph.js';
import { tableBlock } from './table-block.js';

export type { UnplacedParagraph } from './source-paragraph.js';

/** Options of buildSections. */
export interface BuildSectionsOptions {
  /** Clause-number pattern (a regular expression source). */
  readonly clauseNumber: string;
  /** The Section the text belongs to when the document names none before its first clause. */
  readonly section?: { readonly id: string; readonly title: string };
  /**
   * A paragraph that opens with a quoted term before "means" (`"Term" means …`, straight or curly
   * quotes) is a definition, as a bold term is: a consolidated Section's local definitions. An
   * annex leaves such words as the base holds them (verified word for word), so import-redline does not set it.
   */
  readonly quotedTerms?: boolean;
}

/** What buildSections read. */
export interface BuiltSections {
  readonly sections: Section[];
  /** Paragraphs before the first Section heading: an annex's title, version, base, classification. */
  readonly furniture: SideParagraph[];
  /** Instructions met ("Amend Section G3.20 as follows:"), in order. */
  readonly instructions: SideParagraph[];
  readonly unplaced: UnplacedParagraph[];
}

/** "Section G 'Security'", "Section G: Security", "SECTION G – SECURITY". */
const SECTION_HEADING = /^(?:Section|SECTION)\s+([A-Z]{1,2}\d{0,2})\s*(?:['‘"“](.+?)['’"”]|[:\-–—]\s*(.+))$/;
const INSTRUCTION = /^(?:amend|insert|delete|replace|add|renumber|move|remove)\b.*(?:as follows:?|\.)$/i;
const LABEL = /^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?:\s+|$)/;

/** The Section a heading names, if it is a Section heading. */
export function sectionHeading(text: string): { id: string; title: string } | undefined {
  const match = SECTION_HEADING.exec(text);
  if (!match) return undefined;
  return { id: match[1] as string, title: (match[2] ?? match[3] ?? '').trim() };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type OpenNode = (Mutable<Clause> | Mutable<Extract<Block, { type: 'paragraph' | 'definition' }>>) & { children: Block[] };

interface Entry {
  readonly node: OpenNode;
  /** The depth a labelled child of this node has. */
  readonly childDepth: number;
  /** Where the node's words start, for the words after its list to line up with. */
  readonly textIndent: number | undefined;
  readonly open?: OpenLabel;
  /** A clause's Word list level, from which its paragraphs' levels count. */
  readonly level?: number;
  /** Under a clause no list numbers, the list level of its first listed paragraph, its (a)'s. */
  firstLevel?: number;
}

/** `"Term" means …`, `“Term” means …`: the term, and the words after its closing quote. */
const QUOTED_TERM = /^["“]([^"“”]+)["”]/;

/** Reads one side's paragraphs into Sections. */
export function buildSections(paragraphs: readonly SideParagraph[], options: BuildSectionsOptions): BuiltSections {
  const clauseNumber = new RegExp(`^(${options.clauseNumber})(?=\\s|$)`);
  const sections: Array<Mutable<Section> & { headings: Array<Mutable<CrossHeading>> }> = [];
  const furniture: SideParagraph[] = [];
  const instructions: SideParagraph[] = [];
  const unplaced: UnplacedParagraph[] = [];
  let stack: Entry[] = [];
  if (options.section) sections.push({ type: 'section', id: options.section.id, title: options.section.title, headings: [] });
  const kept = paragraphs.filter((p) => !isPageFurniture(p.text));

  const clauseOf = (p: SideParagraph, sectionId: string | undefined): { number: string; text: string } | undefined => {
    if (p.number !== undefined) {
      const auto = p.number.replace(/[.\s]+$/, '');
      if (clauseNumber.test(auto)) return { number: auto, text: p.text };
      // A Word list that prints "3.17" under Section G numbers G3.17.
      if (sectionId && /^\d+(?:\.\d+)+$/.test(auto) && clauseNumber.test(`${sectionId}${auto}`)) return { number: `${sectionId}${auto}`, text: p.text };
      return undefined;
    }
    const match = clauseNumber.exec(p.text);
    return match ? { number: match[1] as string, text: p.text.slice((match[1] as string).length).trim() } : undefined;
  };
  const labelOf = (p: SideParagraph): { label: string; text: string } | undefined => {
    if (p.number !== undefined) {
      const auto = /^\(([A-Za-z0-9]{1,4})\)$/.exec(p.number.trim());
      return auto ? { label: auto[1] as string, text: p.text } : undefined;
    }
    const match = LABEL.exec(p.text);
    return match ? { label: match[1] as string, text: p.text.slice(match[0].length).trim() } : undefined;
  };
  const isHeadingLike = (p: SideParagraph, next: SideParagraph | undefined, sectionId: string | undefined): boolean => {
    if (p.hint === 'crossHeading') return true;
    if (p.hint === 'heading') return sectionHeading(p.text) === undefined;
    if (!next || clauseOf(next, sectionId) === undefined) return false;
    // Word: a paragraph wholly bold just before a clause.
    if (p.hint === 'body') return p.bold === p.text;
    // Plain text: a short line, capitalised, without a closing stop, just before a clause.
    return p.hint === 'none' && p.text.length <= 150 && /^[\p{Lu}\d]/u.test(p.text) && !/[.,;:]$/.test(p.text) && clauseOf(next, sectionId) !== undefined;
  };

  /** The first paragraph after `i` that is not a table: a heading may stand over tables before its first clause. */
  const nextWords = (i: number): SideParagraph | undefined => kept.slice(i + 1).find((q) => !q.table);
  /** A table stands in the deepest open node whose words it lines up with, or under a cross-heading before its first clause. */
  const placeTable = (p: SideParagraph, table: Table) => {
    if (stack.length === 0) {
      const heading = sections.at(-1)?.headings.at(-1);
      if (heading && heading.title !== null && heading.clauses.length === 0) (heading as { tables?: Table[] }).tables = [...(heading.tables ?? []), table];
      else unplaced.push({ position: p.position, text: [table.header, ...table.rows].map((row) => row.cells.map((c) => c.text).join(' | ')).join(' / '), why: 'not imported: a table outside any clause or cross-heading' });
      return;
    }
    const at = deepestBefore(stack, p.indent, (words, indent) => words <= indent);
    stack = stack.slice(0, at + 1);
    stack[at]!.node.children.push(table);
  };

  for (let i = 0; i < kept.length; i++) {
    const p = kept[i] as SideParagraph;
    if (p.table) {
      if (sections.length === 0) furniture.push(p);
      else placeTable(p, tableBlock(p.table, p.position));
      continue;
    }
    if (p.text === '' && p.number === undefined) continue;
    const section = sections.at(-1);
    const named = p.hint !== 'crossHeading' && p.number === undefined && p.text.length <= 150 ? sectionHeading(p.text) : undefined;
    if (named) {
      const existing = sections.find((s) => s.id === named.id);
      if (existing) sections.push(sections.splice(sections.indexOf(existing), 1)[0]!);
      else sections.push({ type: 'section', id: named.id, title: named.title, headings: [], position: p.position });
      stack = [];
      continue;
    }
    if (!section) {
      furniture.push(p);
      continue;
    }
    if (p.hint === 'instruction' || ((p.hint === 'none' || p.hint === 'body') && INSTRUCTION.test(p.text) && clauseOf(p, section.id) === undefined)) {
      instructions.push(p);
      stack = [];
      continue;
    }
    if (p.hint === 'furniture') {
      unplaced.push({ position: p.position, text: p.text, why: 'not imported: a title inside the legal text' });
      continue;
    }
    const clause = clauseOf(p, section.id);
    if (clause) {
      let heading = section.headings.at(-1);
      if (!heading) {
        heading = { type: 'crossHeading', title: null, clauses: [] };
        section.headings.push(heading);
      }
      const node: Mutable<Clause> & { children: Block[] } = { type: 'clause', number: clause.number, text: clause.text, children: [], position: p.position };
      (heading.clauses as Clause[]).push(node);
      stack = [{ node, childDepth: 1, textIndent: p.indent, ...(p.level !== undefined ? { level: p.level } : {}) }];
      continue;
    }
    if (isHeadingLike(p, nextWords(i), section.id)) {
      section.headings.push({ type: 'crossHeading', title: p.text, clauses: [], position: p.position });
      stack = [];
      continue;
    }
    if (stack.length === 0) {
      unplaced.push({ position: p.position, text: p.text, why: 'not imported: words outside any clause' });
      continue;
    }
    const label = labelOf(p);
    if (label) {
      // Where indentation says anything (deeper than the clause's), an item's parent is indented less than it.
      const clauseIndent = stack[0]!.textIndent;
      if (p.indent !== undefined && (clauseIndent === undefined || p.indent > clauseIndent)) {
        while (stack.length > 1 && stack.at(-1)!.textIndent !== undefined && stack.at(-1)!.textIndent! >= p.indent) stack.pop();
      }
      const open = stack.flatMap((e) => (e.open ? [e.open] : []));
      const previous = stack.at(-1)!.node;
      const lastWords = previous.children.at(-1);
      const opensList = (lastWords && (lastWords.type === 'paragraph' || lastWords.type === 'definition') ? lastWords.text : previous.text).trimEnd().endsWith(':') && previous.children.length === 0;
      let { depth, kind } = labelDepth(label.label, open, opensList);
      // Word's own list level says how deep the paragraph is: counted from the clause's, where the
      // clause is numbered by the list, else from the clause's first listed paragraph's.
      const clause = stack[0]!;
      const listed = p.level === undefined || clause.node.type !== 'clause' ? 0 : clause.level !== undefined ? p.level - clause.level : p.level - (clause.firstLevel ??= p.level) + 1;
      if (listed >= 1) {
        depth = listed;
      } else if (p.hint !== 'none' && p.indent !== undefined && (clauseIndent === undefined || p.indent > clauseIndent)) {
        // Where indentation is the document's own (Word, HTML, Markdown; not a PDF's text), a
        // paragraph indented deeper than the words of the one above is inside it, whatever its label.
        const top = stack.at(-1)!;
        if (stack.length === 1 || (top.textIndent !== undefined && top.textIndent < p.indent)) depth = top.childDepth;
      }
      while (stack.length > 1 && stack.at(-1)!.childDepth > depth) stack.pop();
      const parent = stack.at(-1)!;
      depth = Math.min(depth, parent.childDepth);
      const node: Mutable<Extract<Block, { type: 'paragraph' }>> & { children: Block[] } = {
        type: 'paragraph',
        label: label.label,
        depth,
        address: paragraphAddress(parent.node.type === 'clause' ? parent.node.number : parent.node.address, label.label),
        text: label.text,
        children: [],
        position: p.position,
      };
      parent.node.children.push(node);
      stack.push({ node, childDepth: depth + 1, textIndent: p.indent, open: { label: label.label, kind, depth } });
      continue;
    }
    const rest = p.bold !== undefined && p.bold !== p.text ? p.text.slice(p.bold.length) : undefined;
    const quoted = options.quotedTerms && rest === undefined ? QUOTED_TERM.exec(p.text) : null;
    const term = rest !== undefined && DEFINITION_VERB.test(rest) ? { term: p.bold!, text: rest } : quoted && DEFINITION_VERB.test(p.text.slice(quoted[0].length)) ? { term: (quoted[1] as string).trim(), text: p.text.slice(quoted[0].length) } : undefined;
    if (term) {
      // A definition is a list item: it belongs to the deepest open node indented less than it.
      stack = stack.slice(0, deepestBefore(stack, p.indent, (indent, at) => indent < at) + 1);
      const parent = stack.at(-1)!;
      const address = definitionAddress(parent.node.type === 'clause' ? parent.node.number : parent.node.address, term.term);
      const node: Mutable<Extract<Block, { type: 'definition' }>> & { children: Block[] } = {
        type: 'definition',
        term: term.term,
        address,
        text: /^\s/.test(term.text) ? term.text : ` ${term.text}`,
        children: [],
        position: p.position,
      };
      parent.node.children.push(node);
      stack.push({ node, childDepth: parent.childDepth, textIndent: p.indent });
      continue;
    }
    // Words after a list: they belong to the deepest open node whose words they line up with.
    const at = deepestBefore(stack, p.indent, (indent, words) => indent <= words);
    stack = stack.slice(0, at + 1);
    stack[at]!.node.children.push({ type: 'text', text: p.text, position: p.position });
  }
  return { sections: sections as Section[], furniture, instructions, unplaced };
}

/**
 * The index of the deepest open node whose words stand at `fits` of `indent` (0, the clause, when
 * none does or the indent is unknown). Only indentation deeper than the clause's says anything: a
 * PDF extraction often flattens it.
 */
function deepestBefore(stack: readonly Entry[], indent: number | undefined, fits: (words: number, at: number) => boolean): number {
  if (indent === undefined) return 0;
  const clauseIndent = stack[0]!.textIndent;
  for (let j = stack.length - 1; j > 0; j--) {
    const words = stack[j]!.textIndent;
    if (words !== undefined && fits(words, indent) && (clauseIndent === undefined || words > clauseIndent)) return j;
  }
  return 0;
}

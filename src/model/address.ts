/**
 * Addresses of clause-tree nodes ("G3.20", "G3.18(a)(ii)", `A1.1 "Responsible Supplier"`) and lookup
 * by address. Numbers local to a document (an appendix numbered 1.1, 2.3: numbering-scheme.ts) may
 * repeat across a version, so an address may name its document, the Section id, first: "Y:2.3(b)".
 */
import type { Block, Clause, Definition, Paragraph, SectionFile, Version } from './clause-tree.js';
import { NUMBERING_PRESETS } from './numbering-scheme.js';
import { tableDefinitions } from './definitions-table.js';

/** An address split into its clause number and paragraph labels (or a defined term). */
export interface ParsedAddress {
  /** The clause number: "G3.18". */
  readonly number: string;
  /** Paragraph labels from the outside in: ["a", "ii"]. */
  readonly labels: readonly string[];
  /** For a definition's address, the defined term. */
  readonly term?: string;
}

// A clause number: the presets whose numbers open with a word ("Schedule 2 paragraph 3",
// "Part 2"), or letters and dotted numbers (G3.20, 2.3, 0, and most patterns of a file's own).
const NUMBER = [...Object.values(NUMBERING_PRESETS).map((scheme) => scheme.number).filter((n) => /^[A-Z][a-z]/.test(n)), '[A-Za-z]*\\d+(?:\\.\\d+)*[A-Z]*'].join('|');
const ADDRESS = new RegExp(`^(${NUMBER})((?:\\([A-Za-z0-9]+\\))*)(?:\\s+"([^"]+)")?$`);

/** An address that may name the document (Section) it stands in: "Y:2.3(b)", "V:1.1", or "G3.20". */
export interface QualifiedAddress extends ParsedAddress {
  /** The Section id before the colon, when given: "Y". */
  readonly document?: string;
}

// A Section id, as the store names them (a letter or digit, then letters, digits, . _ + -), and a colon.
const DOCUMENT = /^([A-Za-z0-9][A-Za-z0-9._+-]*):(?!\s)/;

/** Parses an address; returns undefined when the text is not one (a document before a colon included: see parseQualifiedAddress). */
export function parseAddress(text: string): ParsedAddress | undefined {
  const match = ADDRESS.exec(text.trim());
  if (!match) return undefined;
  const labels = [...(match[2] ?? '').matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1] as string);
  const term = match[3];
  return term === undefined
    ? { number: match[1] as string, labels }
    : { number: match[1] as string, labels, term };
}

/** Parses an address that may name its document first ("Y:2.3(b)"); undefined when the text is not one. */
export function parseQualifiedAddress(text: string): QualifiedAddress | undefined {
  const document = DOCUMENT.exec(text.trim());
  if (!document) return parseAddress(text);
  const parsed = parseAddress(text.trim().slice(document[0].length));
  return parsed ? { ...parsed, document: document[1] as string } : undefined;
}

/** An address in the document (Section) `document`: "Y:2.3(b)". */
export function qualifiedAddress(document: string, address: string): string {
  return `${document}:${address}`;
}

/** The address of a paragraph with `label` inside the node addressed `parent`. */
export function paragraphAddress(parent: string, label: string): string {
  return `${parent}(${label})`;
}

/** The address of a definition of `term` inside the node addressed `parent`. */
export function definitionAddress(parent: string, term: string): string {
  return `${parent} "${term}"`;
}

/** Every clause of a version, in document order. */
export function* clausesOf(version: Version): Generator<Clause> {
  for (const file of version.files) {
    for (const heading of file.section.headings) yield* heading.clauses;
  }
}

/** A definition set out as a row of a table of definitions under `parent`, as the Definition it makes. */
function tableDefinition(parent: Clause | Paragraph | Definition, term: string): Definition | undefined {
  for (const child of parent.children) {
    if (child.type !== 'table') continue;
    const row = tableDefinitions(child).find((d) => d.term.text === term);
    if (row) {
      const text = row.meaning.text === '' ? '' : ` ${row.meaning.text}`;
      return { type: 'definition', term, address: definitionAddress(parent.type === 'clause' ? parent.number : parent.address, term), text, children: [], ...(row.term.position ? { position: row.term.position } : {}) };
    }
  }
  return undefined;
}

/** A node an address names, and the document (Section) it stands in. */
export interface AddressMatch {
  /** The Section id of the file that holds it: "Y". */
  readonly document: string;
  readonly node: Clause | Paragraph | Definition;
}

/** The paragraph or definition `parsed` names under `clause`, or the clause itself. */
function within(clause: Clause, parsed: ParsedAddress): Clause | Paragraph | Definition | undefined {
  let node: Clause | Paragraph | Definition | undefined = clause;
  for (const label of parsed.labels) {
    node = node.children.find((child: Block): child is Paragraph => child.type === 'paragraph' && child.label === label);
    if (!node) return undefined;
  }
  if (parsed.term === undefined) return node;
  const parent = node;
  return parent.children.find((child: Block): child is Definition => child.type === 'definition' && child.term === parsed.term) ?? tableDefinition(parent, parsed.term);
}

/**
 * The Section files holding clause `number` (only `document`'s, when given): one where numbers are
 * unique across the version, several where appendices numbered locally share it.
 */
export function filesHolding(files: readonly SectionFile[], number: string, document?: string): SectionFile[] {
  return files.filter((file) => (document === undefined || file.section.id === document) && file.section.headings.some((h) => h.clauses.some((c) => c.number === number)));
}

/**
 * Every clause, paragraph or definition an address names, in Section order, each with its
 * document: one for a number unique across the version, several where documents numbered locally
 * share it ("1.1" in two appendices), one again once the address names its document ("Y:1.1").
 *
 * @example
 * findAllByAddress(version, '1.1').map((m) => qualifiedAddress(m.document, '1.1')); // ['V:1.1', 'Y:1.1']
 */
export function findAllByAddress(version: Version, address: string): AddressMatch[] {
  const parsed = parseQualifiedAddress(address);
  if (!parsed) return [];
  const out: AddressMatch[] = [];
  for (const file of version.files) {
    if (parsed.document !== undefined && file.section.id !== parsed.document) continue;
    for (const heading of file.section.headings) {
      const clause = heading.clauses.find((c) => c.number === parsed.number);
      const node = clause && within(clause, parsed);
      if (node) out.push({ document: file.section.id, node });
    }
  }
  return out;
}

/**
 * Finds a clause, paragraph or definition by its address (a definition may be a row of a table of
 * definitions; the address may name its document, "Y:2.3(b)"). Where documents numbered locally
 * share the number, the first in Section order: findAllByAddress lists them all.
 */
export function findByAddress(version: Version, address: string): Clause | Paragraph | Definition | undefined {
  return findAllByAddress(version, address)[0]?.node;
}

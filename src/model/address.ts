/** Addresses of clause-tree nodes ("G3.20", "G3.18(a)(ii)", `A1.1 "Responsible Supplier"`) and lookup by address. */
import type { Block, Clause, Definition, Paragraph, Version } from './clause-tree.js';
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

/** Parses an address; returns undefined when the text is not one. */
export function parseAddress(text: string): ParsedAddress | undefined {
  const match = ADDRESS.exec(text.trim());
  if (!match) return undefined;
  const labels = [...(match[2] ?? '').matchAll(/\(([A-Za-z0-9]+)\)/g)].map((m) => m[1] as string);
  const term = match[3];
  return term === undefined
    ? { number: match[1] as string, labels }
    : { number: match[1] as string, labels, term };
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

/** Finds a clause, paragraph or definition by its address (a definition may be a row of a table of definitions). */
export function findByAddress(
  version: Version,
  address: string,
): Clause | Paragraph | Definition | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return undefined;
  let node: Clause | Paragraph | Definition | undefined;
  for (const clause of clausesOf(version)) {
    if (clause.number === parsed.number) {
      node = clause;
      break;
    }
  }
  for (const label of parsed.labels) {
    if (!node) return undefined;
    node = node.children.find(
      (child: Block): child is Paragraph => child.type === 'paragraph' && child.label === label,
    );
  }
  if (node && parsed.term !== undefined) {
    const parent = node;
    node =
      parent.children.find((child: Block): child is Definition => child.type === 'definition' && child.term === parsed.term) ??
      tableDefinition(parent, parsed.term);
  }
  return node;
}

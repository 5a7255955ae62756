/** Every run of words in a version, with its address, its place in the tree and where its words start in the file. */
import { definitionAddress } from '../model/address.js';
import type { Block, Clause, CrossHeading, Definition, SourcePosition, Table, Version } from '../model/clause-tree.js';
import { isDefinitionsTable } from '../model/definitions-table.js';

/** A clause's lead-in, a paragraph, a definition, unnumbered words or a table cell. */
export interface TextUnit {
  /** "G3.20(b)", or "G3.20" for a lead-in, "G3.20 words 1" for unnumbered words, "G3.20 table 1 row 2 cell 1" for a cell. */
  readonly address: string;
  readonly kind: 'clause' | 'paragraph' | 'definition' | 'text';
  /** The words (for a definition: term and words). */
  readonly text: string;
  /** The node (for a row of a table of definitions: the definition it makes). */
  readonly node: Clause | Block;
  /** The clause it belongs to (a table under a cross-heading: the heading's first clause). */
  readonly clause: Clause;
  /** Where the words (not the number or label) start, on one line, when the source is canonical. */
  readonly position?: SourcePosition;
  /**
   * Where later pieces of the words start, when they do not follow on in the file (a table row's
   * term and meaning stand in two cells): each piece's offset in `text` and its position.
   */
  readonly pieces?: ReadonlyArray<{ readonly offset: number; readonly position: SourcePosition }>;
  /** Comments written above the node (suppressions). */
  readonly comments: readonly string[];
  /** The Section id. */
  readonly section: string;
}

const LETTER = /\p{L}/u;

function shifted(position: SourcePosition | undefined, by: number): SourcePosition | undefined {
  return position && { ...position, column: position.column + by };
}

/**
 * A table's units: a table of definitions gives one definition per row (term and meaning, as a
 * `- **Term** means ...` item does), any other table one unit per cell.
 */
function tableUnits(table: Table, parent: string, index: number, clause: Clause, section: string, units: TextUnit[]): void {
  const comments = table.comments ?? [];
  const where = `${parent} table ${index}`;
  if (isDefinitionsTable(table)) {
    for (const row of table.rows) {
      const [term, meaning] = row.cells as [Table['rows'][number]['cells'][number], Table['rows'][number]['cells'][number]];
      if (term.text === '') continue;
      const address = definitionAddress(parent, term.text);
      const words = meaning.text === '' ? '' : ` ${meaning.text}`;
      const node: Definition = { type: 'definition', term: term.text, address, text: words, children: [], ...(term.position ? { position: term.position } : {}) };
      const pieces = meaning.position && words ? [{ offset: term.text.length + 1, position: meaning.position }] : undefined;
      units.push({ address, kind: 'definition', text: `${term.text}${words}`, node, clause, position: shifted(term.position, term.bold ? 2 : 0), ...(pieces ? { pieces } : {}), comments, section });
    }
    return;
  }
  [table.header, ...table.rows].forEach((row, r) => {
    row.cells.forEach((cell, c) => {
      // A cell of figures alone ("30", "£1,200") holds no term or reference for a rule to read.
      if (!LETTER.test(cell.text)) return;
      const address = `${where} ${r === 0 ? 'header' : `row ${r}`} cell ${c + 1}`;
      units.push({ address, kind: 'text', text: cell.text, node: table, clause, position: cell.bold ? shifted(cell.position, 2) : cell.position, comments, section });
    });
  });
}

function headingTables(heading: CrossHeading, section: string, units: TextUnit[]): void {
  const clause = heading.clauses[0];
  if (!clause) return;
  (heading.tables ?? []).forEach((table, i) => tableUnits(table, `${section} "${heading.title ?? ''}"`, i + 1, clause, section, units));
}

/** Every unit of `version`, in document order. */
export function textUnits(version: Version): TextUnit[] {
  const units: TextUnit[] = [];
  for (const file of version.files) {
    for (const heading of file.section.headings) {
      if (heading.tables) headingTables(heading, file.section.id, units);
      for (const clause of heading.clauses) {
        const section = file.section.id;
        units.push({ address: clause.number, kind: 'clause', text: clause.text, node: clause, clause, position: shifted(clause.position, clause.number.length + 1), comments: clause.comments ?? [], section });
        const walk = (blocks: readonly Block[], parent: string) => {
          let words = 0;
          let tables = 0;
          for (const block of blocks) {
            const comments = block.comments ?? [];
            if (block.type === 'text') {
              units.push({ address: `${parent} words ${++words}`, kind: 'text', text: block.text, node: block, clause, position: block.position, comments, section });
            } else if (block.type === 'table') {
              tableUnits(block, parent, ++tables, clause, section, units);
            } else if (block.type === 'paragraph') {
              units.push({ address: block.address, kind: 'paragraph', text: block.text, node: block, clause, position: shifted(block.position, block.label.length + 5), comments, section });
              walk(block.children, block.address);
            } else {
              units.push({ address: block.address, kind: 'definition', text: `${block.term}${block.text}`, node: block, clause, position: shifted(block.position, 4), comments, section });
              walk(block.children, block.address);
            }
          }
        };
        walk(clause.children, clause.number);
      }
    }
  }
  return units;
}

/** The position of the character at `offset` in a unit's words (exact for one-line canonical text). */
export function positionAt(unit: TextUnit, offset: number): SourcePosition | undefined {
  let from = 0;
  let position = unit.position;
  for (const piece of unit.pieces ?? []) {
    if (piece.offset > offset) break;
    from = piece.offset;
    position = piece.position;
  }
  return shifted(position, offset - from);
}

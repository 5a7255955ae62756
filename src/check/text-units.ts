/** Every run of words in a version, with its address, its place in the tree and where its words start in the file. */
import type { Block, Clause, SourcePosition, Version } from '../model/clause-tree.js';

/** A clause's lead-in, a paragraph, a definition or unnumbered words. */
export interface TextUnit {
  /** "G3.20(b)", or "G3.20" for a lead-in, "G3.20 closing words" for unnumbered words. */
  readonly address: string;
  readonly kind: 'clause' | 'paragraph' | 'definition' | 'text';
  /** The words (for a definition: term and words). */
  readonly text: string;
  /** The node. */
  readonly node: Clause | Block;
  /** The clause it belongs to. */
  readonly clause: Clause;
  /** Where the words (not the number or label) start, on one line, when the source is canonical. */
  readonly position?: SourcePosition;
  /** Comments written above the node (suppressions). */
  readonly comments: readonly string[];
  /** The Section id. */
  readonly section: string;
}

function shifted(position: SourcePosition | undefined, by: number): SourcePosition | undefined {
  return position && { ...position, column: position.column + by };
}

/** Every unit of `version`, in document order. */
export function textUnits(version: Version): TextUnit[] {
  const units: TextUnit[] = [];
  for (const file of version.files) {
    for (const heading of file.section.headings) {
      for (const clause of heading.clauses) {
        const section = file.section.id;
        units.push({ address: clause.number, kind: 'clause', text: clause.text, node: clause, clause, position: shifted(clause.position, clause.number.length + 1), comments: clause.comments ?? [], section });
        const walk = (blocks: readonly Block[], parent: string) => {
          let words = 0;
          for (const block of blocks) {
            const comments = block.comments ?? [];
            if (block.type === 'text') {
              units.push({ address: `${parent} words ${++words}`, kind: 'text', text: block.text, node: block, clause, position: block.position, comments, section });
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
  return shifted(unit.position, offset);
}

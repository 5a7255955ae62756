/** Turns a paragraph's inline Markdown into the plain words the clause tree holds, refusing what the format does not allow. */
import type { PhrasingContent } from 'mdast';
import type { SourcePosition } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';

/** Maps an mdast point inside a chunk to a position in the file. */
export type PositionInFile = (point: { line: number; column: number } | undefined) => SourcePosition;

const REDLINE_TAG = /^<\/?(u|ins|del|s|strike)\b/i;

/** White space inside trimmed text that folding would change: anything but single spaces. */
const UNFOLDED = /[^\S ]| {2}/;

/** Folds soft line breaks and runs of white space into single spaces. */
export function foldWhitespace(text: string): string {
  // Canonical words are folded already; replace() would copy every clause's words to say so.
  const trimmed = text.trim();
  return UNFOLDED.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

function refuseRedline(text: string, at: SourcePosition): void {
  const tilde = text.indexOf('~~');
  if (tilde >= 0) {
    const before = text.slice(0, tilde);
    const lastBreak = before.lastIndexOf('\n');
    const line = at.line + (before.match(/\n/g)?.length ?? 0);
    const column = lastBreak < 0 ? at.column + tilde : tilde - lastBreak;
    throw new InputError(
      { file: at.file, line, column },
      'redline mark ~~ in a clause file',
      'clause files hold clean text: write the amended words in a modification and let secdraft mark them',
    );
  }
}

/**
 * The plain text of inline content. `allowStrongFirst` lets a definition's bold term through; its
 * words are returned separately.
 */
export function inlineText(
  nodes: readonly PhrasingContent[],
  at: PositionInFile,
  allowStrongFirst = false,
): { strong?: string; text: string } {
  let strong: string | undefined;
  let text = '';
  nodes.forEach((node, index) => {
    // Only an error needs the node's place in the file: not worked out for every node.
    switch (node.type) {
      case 'text':
        if (node.value.includes('~~')) refuseRedline(node.value, at(node.position?.start));
        text += node.value;
        return;
      case 'break':
        text += ' ';
        return;
      case 'strong':
        if (allowStrongFirst && index === 0 && strong === undefined) {
          strong = foldWhitespace(inlineText(node.children, at).text);
          return;
        }
        throw new InputError(at(node.position?.start), 'bold text inside a clause', 'bold marks only a defined term at the start of a definition list item: - **Term** means ...');
      case 'html':
        if (REDLINE_TAG.test(node.value)) {
          throw new InputError(at(node.position?.start), `redline mark ${node.value} in a clause file`, 'clause files hold clean text: write the amended words in a modification and let secdraft mark them');
        }
        throw new InputError(at(node.position?.start), `inline HTML ${node.value} in a clause`, 'write plain words; a comment must stand on a line of its own');
      default:
        throw new InputError(at(node.position?.start), `Markdown ${node.type} is not part of the clause format`, 'write plain words; see docs/clause-format.md');
    }
  });
  return strong === undefined ? { text } : { strong, text };
}

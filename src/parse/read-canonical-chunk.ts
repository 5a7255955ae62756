/**
 * A fast reader for chunks in the canonical form `fmt` writes: one line per paragraph, `- (a)` items
 * nested by two spaces, blank lines between blocks, and no character that Markdown would read as
 * syntax. It returns the mdast remark would build for such a chunk, so that one conversion serves
 * both readers; for anything else it returns undefined and remark reads the chunk.
 *
 * Why: remark (micromark) costs about 0.3 ms per clause, a second for a whole Section of 1.5 MB,
 * while this reader costs a few microseconds. A property test holds the two readers to the same
 * tree, positions included (test/parse/read-canonical-chunk.test.ts).
 */
import type { Heading, List, ListItem, Paragraph, Root } from 'mdast';

/**
 * Characters or sequences that make inline Markdown other than plain text, or that remark reads
 * otherwise than as they stand (a lone carriage return ends a line, a NUL becomes U+FFFD).
 */
export const INLINE_SYNTAX = /[\\`*_<~\t\r\0]|&#?[A-Za-z0-9]+;|\][([]/;
/**
 * A line that opens with white space other than spaces (a no-break space, a form feed): remark reads
 * neither indentation nor a blank line in it, where trim() would.
 */
export const ODD_LEADING_SPACE = /^ *[^\S \n]/m;
/** What a paragraph line may not open with: block syntax (a thematic break too), a link definition, a label (an item's job). */
export const BLOCK_START = /^(#|>|[-+*](\s|$)|-(?: *-){2,} *$|\d+[.)](\s|$)|=+\s*$|\[)/;
export const LABELLED = /^\([A-Za-z0-9]{1,4}\)(?: |$)/;
/** A definition item's bold term: the one place a canonical chunk holds Markdown syntax. */
export const DEFINITION = /^( *)- \*\*([^*\\`_<~\t[\]&!]+?)\*\*(?= |$)/;
const DEFINITIONS = new RegExp(DEFINITION.source, 'gm');

function paragraph(value: string, line: number, column: number): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }], position: { start: { line, column, offset: 0 }, end: { line, column: column + value.length, offset: 0 } } };
}

/** `**Term** words` as remark reads it: a strong node, then the words. */
function definitionParagraph(term: string, rest: string, line: number, column: number): Paragraph {
  const strong = { type: 'strong' as const, children: [{ type: 'text' as const, value: term }], position: { start: { line, column, offset: 0 }, end: { line, column: column + term.length + 4, offset: 0 } } };
  const children: Paragraph['children'] = rest === '' ? [strong] : [strong, { type: 'text', value: rest, position: { start: { line, column: column + term.length + 4, offset: 0 }, end: { line, column: column + term.length + 4 + rest.length, offset: 0 } } }];
  return { type: 'paragraph', children, position: { start: { line, column, offset: 0 }, end: { line, column: column + term.length + 4 + rest.length, offset: 0 } } };
}

/** Reads a canonical chunk; undefined when the chunk is not in canonical form. */
export function readCanonicalChunk(text: string): Root | undefined {
  // Definition terms aside, any inline syntax sends the chunk to remark.
  if (INLINE_SYNTAX.test(text.includes('**') ? text.replace(DEFINITIONS, '$1- ') : text) || ODD_LEADING_SPACE.test(text)) return undefined;
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (first.startsWith('#')) {
    const match = /^(#{1,6}) (\S[^#]*)$/.exec(first);
    if (!match || lines.slice(1).some((l) => l.trim() !== '')) return undefined;
    const value = (match[2] as string).trim();
    const heading: Heading = { type: 'heading', depth: (match[1] as string).length as Heading['depth'], children: [{ type: 'text', value }], position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: first.length + 1, offset: 0 } } };
    return { type: 'root', children: [heading] };
  }
  const root: Root = { type: 'root', children: [] };
  const lists: List[] = [];
  const items: ListItem[] = [];
  let previous: 'start' | 'blank' | 'paragraph' | 'item' = 'start';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      if (previous !== 'start') previous = 'blank';
      continue;
    }
    const indent = line.length - line.trimStart().length;
    if (indent % 2 !== 0) return undefined;
    const content = line.slice(indent);
    const depth = indent / 2 + 1;
    if (content.startsWith('- ')) {
      const words = content.slice(2);
      const definition = DEFINITION.exec(line);
      if (previous === 'paragraph' || previous === 'start' || depth > lists.length + 1 || (!definition && !LABELLED.test(words))) return undefined;
      lists.length = Math.min(lists.length, depth);
      items.length = Math.min(items.length, depth - 1);
      let list = lists[depth - 1];
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, start: null, children: [], position: { start: { line: i + 1, column: indent + 1, offset: 0 }, end: { line: i + 1, column: indent + 1, offset: 0 } } };
        if (depth === 1) root.children.push(list);
        else (items[depth - 2] as ListItem).children.push(list);
        lists[depth - 1] = list;
      }
      const lead = definition ? definitionParagraph(definition[2] as string, words.slice((definition[2] as string).length + 4), i + 1, indent + 3) : paragraph(words, i + 1, indent + 3);
      if (definition && /^[\s]|[\s]$/.test(definition[2] as string)) return undefined;
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [lead], position: { start: { line: i + 1, column: indent + 1, offset: 0 }, end: { line: i + 1, column: line.length + 1, offset: 0 } } };
      list.children.push(item);
      items[depth - 1] = item;
      previous = 'item';
      continue;
    }
    // A paragraph: one line, after a blank line (or opening the chunk), inside the item it is indented under.
    if ((previous !== 'blank' && previous !== 'start') || BLOCK_START.test(content)) return undefined;
    if (previous === 'start' && indent !== 0) return undefined;
    const container = indent / 2;
    if (container === 0) {
      lists.length = 0;
      items.length = 0;
      root.children.push(paragraph(content, i + 1, 1));
    } else {
      const item = items[container - 1];
      if (!item) return undefined;
      lists.length = container;
      items.length = container;
      item.children.push(paragraph(content, i + 1, indent + 1));
    }
    previous = 'paragraph';
  }
  return root;
}

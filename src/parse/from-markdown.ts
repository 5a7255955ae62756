/**
 * Markdown body -> Sections of the clause tree. The only remark-aware module besides inline-text.
 *
 * remark's cost grows faster than linearly with document size (a 1.5 MB file took 16 s, the same
 * text in 60 KB pieces 1.5 s), so the body is first cut, line by line, into chunks that each hold
 * one heading or one clause, and remark parses each chunk on its own. A clause starts at a line
 * that begins with a clause number after a blank line, which is what the format asks of drafters
 * anyway; the whole parse is therefore linear in the file's length.
 */
import type { Content, List, ListItem, Paragraph as MdParagraph, Root, Table as MdTable } from 'mdast';
import { createRequire } from 'node:module';
import { definitionAddress, paragraphAddress } from '../model/address.js';
import type {
  Block,
  Clause,
  CrossHeading,
  Section,
  SourcePosition,
  Table,
} from '../model/clause-tree.js';
import { LOOKS_LIKE_NUMBER } from '../model/clause-number.js';
import { InputError } from '../model/input-error.js';
import { foldWhitespace, inlineText, type PositionInFile } from './inline-text.js';
import { PARAGRAPH_LABEL } from './paragraph-label.js';
import { readCanonicalChunk } from './read-canonical-chunk.js';
import { readCanonicalClause } from './read-canonical-clause.js';
import { refuseBrokenTable, tableFrom } from './table-from-markdown.js';
import { refuseDeepNesting } from './refuse-deep-nesting.js';

// remark loads only when a chunk is not in canonical form (most files never need it): Node 20.19+
// can require() these ES modules synchronously, which keeps the parser synchronous.
const require = createRequire(import.meta.url);
let processor: { parse(text: string): unknown } | undefined;
function remark(): { parse(text: string): unknown } {
  if (!processor) {
    const { unified } = require('unified') as typeof import('unified');
    const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
    // GFM's tables only (remark-gfm would also read bare URLs as links, ~~ as deletions and [^1]
    // as footnotes, all of which the clause format refuses or keeps as words).
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTableFromMarkdown } = require('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table');
    processor = unified()
      .use(remarkParse)
      .use(function tables(this: import('unified').Processor) {
        const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
        (data.micromarkExtensions ??= []).push(gfmTable());
        (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
      })
      .freeze();
  }
  return processor;
}

/** What the body parser needs to know besides the lines. */
export interface ParseBodyOptions {
  /** The file path for positions and errors. */
  readonly file: string;
  /** 1-based file line of the body's first line. */
  readonly startLine: number;
  /** Regular-expression source of a clause number. */
  readonly clauseNumber: string;
  /** Read canonical chunks without remark (default true); false forces remark, for tests. */
  readonly fastPath?: boolean;
}

const HEADING = /^(#{1,6})(?=\s|$)/;
const COMMENT_LINE = /^\s*<!--(.*?)-->\s*$/;
const SECTION_TITLE = /^Section\s+([A-Z0-9]+)\s*:\s*(.+)$/;


interface PendingComment {
  readonly text: string;
  readonly line: number;
}

/** Mutable twins of the readonly tree types, used only while the tree is built. */
interface SectionDraft {
  id: string;
  title: string;
  position: SourcePosition;
  comments: string[] | undefined;
  headings: Array<{ title: string | null; position?: SourcePosition; comments?: string[]; tables?: Table[]; clauses: Clause[] }>;
}

/** Parses a Markdown body into Sections (a Section file holds one, a modification one or more). */
export function sectionsFromMarkdown(lines: readonly string[], options: ParseBodyOptions): Section[] {
  const { file, startLine } = options;
  const clauseStart = new RegExp(`^(${options.clauseNumber})(?=\\s|$)`);
  const body = [...lines];

  // Whole-line comments are lifted out (the line left blank, so positions hold) and given to the
  // node that follows them.
  const comments: PendingComment[] = [];
  body.forEach((line, i) => {
    if (!line.trimStart().startsWith('<!--')) return;
    const match = COMMENT_LINE.exec(line);
    if (!match) {
      throw new InputError({ file, line: startLine + i, column: line.indexOf('<!--') + 1 }, 'a comment must open and close on one line', 'write <!-- ... --> on a line of its own');
    }
    comments.push({ text: (match[1] as string).trim(), line: startLine + i });
    body[i] = '';
  });
  let nextComment = 0;
  const takeComments = (line: number): string[] | undefined => {
    const taken: string[] = [];
    while (nextComment < comments.length && (comments[nextComment] as PendingComment).line < line) {
      taken.push((comments[nextComment] as PendingComment).text);
      nextComment++;
    }
    return taken.length > 0 ? taken : undefined;
  };

  const starts: number[] = [];
  // A clause number after white space would be read as the previous clause's words (and written
  // back by fmt as &#71;3.19): refused, since the drafter almost surely meant a clause.
  const indentedClause = new RegExp(`^\\s+(${options.clauseNumber})(?=\\s|$)`);
  body.forEach((line, i) => {
    const paragraphStart = i === 0 || (body[i - 1] as string).trim() === '';
    if (HEADING.test(line) || (paragraphStart && clauseStart.test(line))) {
      starts.push(i);
    } else if (paragraphStart && indentedClause.test(line)) {
      const number = (indentedClause.exec(line) as RegExpExecArray)[1] as string;
      throw new InputError(
        { file, line: startLine + i, column: 1 },
        `a clause number must start the line ('${number}' follows white space)`,
        `remove the white space before ${number}; for words that open with a clause number, write its first character as an entity, &#${number.charCodeAt(0)};${number.slice(1)}`,
      );
    } else if (paragraphStart && LOOKS_LIKE_NUMBER.test(line)) {
      const number = (LOOKS_LIKE_NUMBER.exec(line) as RegExpExecArray)[0];
      throw new InputError(
        { file, line: startLine + i, column: 1 },
        `'${number}' looks like a clause number but fits no clause-number pattern`,
        `number clauses as the code does, e.g. G3.17, or set numbering: in the front matter; the pattern now is ${options.clauseNumber}`,
      );
    }
  });
  const firstText = body.findIndex((line) => line.trim() !== '');
  if (firstText >= 0 && (starts.length === 0 || firstText < (starts[0] as number))) {
    throw new InputError({ file, line: startLine + firstText, column: 1 }, 'text before the first heading or clause', 'start the body with a heading such as # Section G: Security, and each clause with its number');
  }

  const sections: SectionDraft[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? body.length;
    const chunkLine = startLine + start;
    const at: PositionInFile = (point) => ({
      file,
      line: chunkLine + (point?.line ?? 1) - 1,
      column: point?.column ?? 1,
    });
    if (options.fastPath !== false && !(body[start] as string).startsWith('#') && sections.length > 0) {
      const clause = readCanonicalClause({ file, lines: body, from: start, to: end, line: chunkLine, clauseStart, takeComments });
      if (clause) {
        const section = sections.at(-1) as SectionDraft;
        if (section.headings.length === 0) section.headings.push({ title: null, clauses: [] });
        section.headings.at(-1)!.clauses.push(clause);
        return;
      }
    }
    const chunk = body.slice(start, end).join('\n');
    const root = (options.fastPath !== false && readCanonicalChunk(chunk)) || (remark().parse(chunk) as Root);
    const [first, ...rest] = root.children;
    if (!first) return;
    if (first.type === 'heading') {
      // Tables may stand under a cross-heading, before its first clause; nothing else may.
      const tables = first.depth === 2 ? rest.filter((node) => node.type === 'table') : [];
      const stray = rest.find((node) => node.type !== 'table' || first.depth !== 2);
      if (stray?.type === 'table') {
        throw new InputError(at(stray.position?.start), 'a table where a clause number is expected', 'a table stands after a clause\'s words, inside a paragraph, or under a ## cross-heading');
      }
      if (stray) {
        if (stray.type === 'paragraph') refuseBrokenTable(stray, at);
        throw new InputError(at(stray.position?.start), 'text outside a clause', 'start the paragraph with its clause number after a blank line, or move it into a clause');
      }
      const title = foldWhitespace(inlineText(first.children, at).text);
      const position = at(first.position?.start);
      if (first.depth === 1) {
        const match = SECTION_TITLE.exec(title);
        if (!match) {
          throw new InputError(position, `Section heading '${title}' is not of the form 'Section G: Security'`, 'write # Section <letter>: <title>');
        }
        sections.push({ id: match[1] as string, title: (match[2] as string).trim(), position, comments: takeComments(position.line), headings: [] });
      } else if (first.depth === 2) {
        const section = sections.at(-1);
        if (!section) {
          throw new InputError(position, 'cross-heading before the Section heading', 'put # Section <letter>: <title> above it');
        }
        const comments = takeComments(position.line);
        const read = tables.map((table) => tableFrom(table as MdTable, at, takeComments(at(table.position?.start).line)));
        section.headings.push({ title, position, ...(comments ? { comments } : {}), ...(read.length > 0 ? { tables: read } : {}), clauses: [] });
      } else {
        throw new InputError(position, `heading level ${first.depth} is not part of the clause format`, 'use # for the Section and ## for cross-headings');
      }
      return;
    }
    const section = sections.at(-1);
    if (!section) {
      throw new InputError(at(first.position?.start), 'clause before the Section heading', 'put # Section <letter>: <title> above it');
    }
    if (section.headings.length === 0) section.headings.push({ title: null, clauses: [] });
    const clause = clauseFromChunk(root, at, clauseStart, takeComments);
    section.headings.at(-1)!.clauses.push(clause);
  });

  const leftover = comments[nextComment];
  if (leftover) {
    throw new InputError({ file, line: leftover.line, column: 1 }, 'comment with nothing below it', 'a comment stands just above the heading, clause or paragraph it is about');
  }
  const seen = new Map<string, SourcePosition>();
  for (const draft of sections) {
    for (const heading of draft.headings) {
      for (const clause of heading.clauses) {
        refuseDeepNesting(clause);
        const first = seen.get(clause.number);
        if (first) {
          throw new InputError(clause.position!, `duplicate clause number ${clause.number} (first at line ${first.line})`, 'renumber one of them, e.g. as an inserted clause ' + clause.number + 'A');
        }
        seen.set(clause.number, clause.position!);
      }
    }
  }
  return sections.map((draft) => ({
    type: 'section',
    id: draft.id,
    title: draft.title,
    headings: draft.headings.map((heading): CrossHeading => ({ type: 'crossHeading', ...heading })),
    position: draft.position,
    ...(draft.comments ? { comments: draft.comments } : {}),
  }));
}

function clauseFromChunk(
  root: Root,
  at: PositionInFile,
  clauseStart: RegExp,
  takeComments: (line: number) => string[] | undefined,
): Clause {
  const [first, ...rest] = root.children;
  const position = at(first?.position?.start);
  if (first?.type !== 'paragraph') {
    throw new InputError(position, 'a clause must open with its number and words', 'write the clause number at the start of a paragraph, e.g. G3.17 Where a User ...');
  }
  const { text } = inlineText(first.children, at);
  const match = clauseStart.exec(text);
  if (!match) {
    throw new InputError(position, 'a clause must open with its number and words', 'write the clause number at the start of a paragraph, e.g. G3.17 Where a User ...');
  }
  const number = match[1] as string;
  const comments = takeComments(position.line);
  const children = blocksFrom(rest, number, 1, at, takeComments);
  return {
    type: 'clause',
    number,
    text: foldWhitespace(text.slice(number.length)),
    children,
    position,
    ...(comments ? { comments } : {}),
  };
}

function blocksFrom(
  nodes: readonly Content[],
  parent: string,
  depth: number,
  at: PositionInFile,
  takeComments: (line: number) => string[] | undefined,
): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const position = at(node.position?.start);
    if (node.type === 'paragraph') {
      refuseBrokenTable(node, at);
      const comments = takeComments(position.line);
      blocks.push({ type: 'text', text: foldWhitespace(inlineText(node.children, at).text), position, ...(comments ? { comments } : {}) });
    } else if (node.type === 'list') {
      // A loop, not push(...items): a list of many thousand items would pass each as an argument.
      for (const item of itemsFrom(node, parent, depth, at, takeComments)) blocks.push(item);
    } else if (node.type === 'table') {
      blocks.push(tableFrom(node, at, takeComments(position.line)));
    } else if (node.type === 'html') {
      const redline = /^<\/?(u|ins|del|s|strike)\b/i.test(node.value);
      throw new InputError(
        position,
        redline ? `redline mark ${node.value.split('\n')[0]} in a clause file` : 'HTML is not part of the clause format',
        redline ? 'clause files hold clean text: write the amended words in a modification and let secdraft mark them' : 'write plain words; a comment must stand on a line of its own',
      );
    } else {
      throw new InputError(position, `Markdown ${node.type} is not part of the clause format`, 'write paragraphs and - (a) list items; see docs/clause-format.md');
    }
  }
  return blocks;
}

function itemsFrom(
  list: List,
  parent: string,
  depth: number,
  at: PositionInFile,
  takeComments: (line: number) => string[] | undefined,
): Block[] {
  if (list.ordered) {
    throw new InputError(at(list.position?.start), 'numbered Markdown list in a clause', 'write paragraphs as - (a), - (b) so that their labels are the legal ones');
  }
  return list.children.map((item: ListItem): Block => {
    const position = at(item.position?.start);
    const [lead, ...rest] = item.children;
    const unlabelled = () => new InputError(position, 'list item has no label', 'start it with its label, e.g. - (a), - (i), - (A), or with a bold defined term: - **Term** means');
    if (lead?.type !== 'paragraph') throw unlabelled();
    const { strong, text } = inlineText((lead as MdParagraph).children, at, true);
    const comments = takeComments(position.line);
    const extra = comments ? { comments } : {};
    if (strong !== undefined) {
      const address = definitionAddress(parent, strong);
      return { type: 'definition', term: strong, address, text: text.replace(/\s+/g, ' ').trimEnd(), children: blocksFrom(rest, address, depth, at, takeComments), position, ...extra };
    }
    const label = PARAGRAPH_LABEL.exec(text);
    if (!label) throw unlabelled();
    const address = paragraphAddress(parent, label[1] as string);
    return {
      type: 'paragraph',
      label: label[1] as string,
      depth,
      address,
      text: foldWhitespace(text.slice(label[0].length)),
      children: blocksFrom(rest, address, depth + 1, at, takeComments),
      position,
      ...extra,
    };
  });
}

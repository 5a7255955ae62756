/**
 * The canonical Markdown form of the clause tree: what `secdraft fmt` writes. Parsing it gives the
 * same tree back, and a canonical file serialises to itself byte for byte.
 */
import { createRequire } from 'node:module';
import { SEC_CLAUSE_NUMBER } from '../model/clause-number.js';
import type { Block, Clause, Modification, Section, SectionFile } from '../model/clause-tree.js';
import { clauseNumberPattern } from '../model/numbering-scheme.js';
import { escapeText } from './escape-text.js';
import { tableLines } from './table-to-markdown.js';

const INDENT = '  ';

// yaml (73 modules) loads on the first front matter written, not with every command that imports this.
const require = createRequire(import.meta.url);

function scalar(value: string | boolean): string {
  const { stringify } = require('yaml') as typeof import('yaml');
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function frontMatter(entries: ReadonlyArray<[string, string | boolean | readonly string[] | undefined]>): string {
  const lines = ['---'];
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    lines.push(Array.isArray(value) ? `${key}: [${value.map((item) => scalar(item)).join(', ')}]` : `${key}: ${scalar(value as string | boolean)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/** Heading words: a # anywhere could close the ATX heading, so every # is escaped. */
function headingText(title: string): string {
  return escapeText(title, false).replace(/#/g, '\\#');
}

function comments(list: readonly string[] | undefined, indent: string): string[] {
  return (list ?? []).map((text) => `${indent}<!-- ${text} -->`);
}

/** The Markdown lines of blocks inside a clause (indent '') or inside a list item. */
function blockLines(blocks: readonly Block[], indent: string, clauseNumber: RegExp): string[] {
  const out: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.type === 'text') {
      out.push('', ...comments(block.comments, indent), `${indent}${escapeText(block.text, true, clauseNumber)}`);
    } else if (block.type === 'table') {
      out.push('', ...comments(block.comments, indent));
      // A loop: a table of 150,000 rows spread as arguments overflows the stack.
      for (const line of tableLines(block, indent)) out.push(line);
    } else {
      // A list item follows its sibling directly (a tight list) unless words or a table stood between them.
      const tight = previous !== undefined && !endsWithText(previous);
      if (!tight) out.push('');
      out.push(...comments(block.comments, indent));
      const head = block.type === 'paragraph' ? `(${block.label})${block.text ? ` ${escapeText(block.text, false)}` : ''}` : `**${escapeText(block.term, false)}**${escapeText(block.text, false)}`;
      out.push(`${indent}- ${head}`);
      const inner = blockLines(block.children, indent + INDENT, clauseNumber);
      // The nested list hugs its item; words after it need the blank line blockLines gives them.
      // A table keeps its blank line. A loop, not push(...inner): an item holding thousands of lines
      // would pass each as an argument.
      const first = block.children[0]?.type;
      for (let i = inner[0] === '' && first !== 'text' && first !== 'table' ? 1 : 0; i < inner.length; i++) out.push(inner[i] as string);
    }
    previous = block;
  }
  return out;
}

/** True when a block ends with words or a table (not a list item), so that a list after it needs a blank line. */
function endsWithText(block: Block): boolean {
  if (block.type === 'text' || block.type === 'table') return true;
  const last = block.children.at(-1);
  return last !== undefined && endsWithText(last);
}

/** One paragraph, definition or run of words in canonical Markdown (as inside a clause), without a trailing newline. */
export function blockToMarkdown(block: Block, clauseNumber = SEC_CLAUSE_NUMBER): string {
  return blockLines([block], '', new RegExp(`^(${clauseNumber})(?=\\s|$)`)).slice(1).join('\n');
}

/** One clause in canonical Markdown, without a trailing newline. */
export function clauseToMarkdown(clause: Clause, clauseNumber = SEC_CLAUSE_NUMBER): string {
  const pattern = new RegExp(`^(${clauseNumber})(?=\\s|$)`);
  const lines = [...comments(clause.comments, ''), clause.text ? `${clause.number} ${escapeText(clause.text, false)}` : clause.number];
  return lines.concat(blockLines(clause.children, '', pattern)).join('\n');
}

/** The body lines of a Section: its heading, cross-headings and clauses. */
function sectionLines(section: Section, clauseNumber: string): string[] {
  const out = [...comments(section.comments, ''), `# Section ${section.id}: ${headingText(section.title)}`];
  for (const heading of section.headings) {
    if (heading.title !== null) out.push('', ...comments(heading.comments, ''), `## ${headingText(heading.title)}`);
    for (const table of heading.tables ?? []) {
      out.push('', ...comments(table.comments, ''));
      for (const line of tableLines(table, '')) out.push(line);
    }
    for (const clause of heading.clauses) out.push('', clauseToMarkdown(clause, clauseNumber));
  }
  return out;
}

/** A Section file in canonical Markdown, ending with one newline. */
export function sectionFileToMarkdown(sectionFile: SectionFile): string {
  const { meta, section } = sectionFile;
  const head = frontMatter([
    ['code', meta.code],
    ['version', meta.version],
    ['section', section.id],
    ['title', section.title],
    ['extract', meta.extract ? true : undefined],
    ['source', meta.source],
    ['numbering', meta.numbering],
    ['effective', meta.effective],
    ['modifications', meta.modifications],
    ['classification', meta.classification],
  ]);
  return `${head}\n\n${sectionLines(section, clauseNumberPattern(meta.numbering)).join('\n')}\n`;
}

/** A modification file in canonical Markdown, ending with one newline. */
export function modificationToMarkdown(modification: Modification): string {
  const { meta } = modification;
  const numbering = meta.numbering;
  const named = (number: string, document: string | undefined) => (document === undefined ? number : `${document}:${number}`);
  const deletions = [
    ...modification.deletions.map((d) => named(d.number, d.document)),
    ...(modification.tableDeletions ?? []).map((d) => `tables under ${named(d.clause, d.document)}`),
  ];
  const head = frontMatter([
    ['id', meta.id],
    ['title', meta.title],
    ['code', meta.code],
    ['base', meta.base],
    ['version', meta.version],
    ['classification', meta.classification],
    ['path', meta.path],
    ['implemented', meta.implemented],
    ['numbering', numbering],
    ['delete', deletions.length > 0 ? deletions : undefined],
  ]);
  const body = modification.sections.flatMap((section, i) => [...(i > 0 ? [''] : []), ...sectionLines(section, clauseNumberPattern(numbering))]);
  return `${head}\n${body.length > 0 ? `\n${body.join('\n')}` : ''}\n`;
}

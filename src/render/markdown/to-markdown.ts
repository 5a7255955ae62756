/**
 * Redline -> Markdown. Insertions are `<ins>…</ins>` (HTML, so that white space at a mark's edge
 * survives, and GitHub and pandoc show them underlined); deletions are GFM `~~…~~`, or `<del>…</del>`
 * where `~~` could not open or close (a mark that starts or ends with a space or next to
 * punctuation, by GFM's flanking rules). A credited mark (a release redline's) names its
 * modification in a title attribute, as the HTML does. docs/redline.md explains the choice.
 */
import type { AnnexDocument, ChangeTree, Span } from '../../model/change-tree.js';
import type { Publication } from '../../model/publication.js';
import { annexParagraphs, changeTreeParagraphs, publicationParagraphs, type RedlineParagraph } from '../redline-paragraphs.js';
import { tableToMarkdown } from './table-to-markdown.js';

const SYNTAX = /[\\`*_<>[\]~#&|!]/;
const EVERY_SYNTAX = new RegExp(SYNTAX.source, 'g');

/** Escapes words for Markdown inline content: every character that could be syntax, backslashed. */
export function escapeMarkdown(text: string): string {
  // Most words hold no syntax at all; a replacement string, not a callback, for those that do.
  return SYNTAX.test(text) ? text.replace(EVERY_SYNTAX, '\\$&') : text;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/** True when `~~` may open before `text` and close after it, given the characters around the mark. */
function tildesWork(before: string, text: string, after: string): boolean {
  const first = text.charAt(0);
  const last = text.charAt(text.length - 1);
  if (text === '' || text.includes('~') || SPACE.test(first) || SPACE.test(last)) return false;
  const opens = !PUNCTUATION.test(first) || before === '' || SPACE.test(before) || PUNCTUATION.test(before);
  const closes = !PUNCTUATION.test(last) || after === '' || SPACE.test(after) || PUNCTUATION.test(after);
  return opens && closes;
}

/** A mark's author (a release redline credits each change to its modification) as a title attribute. */
function byAttribute(span: Span): string {
  return span.by === undefined ? '' : ` title="${span.by.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`;
}

/** Spans -> Markdown, marks included. */
export function spansToMarkdown(spans: readonly Span[]): string {
  let out = '';
  spans.forEach((span, i) => {
    const text = escapeMarkdown(span.text);
    if (span.type === 'equal') out += text;
    else if (span.type === 'insert') out += `<ins${byAttribute(span)}>${text}</ins>`;
    else {
      const before = spans[i - 1]?.text.slice(-1) ?? '';
      const after = spans[i + 1]?.text.charAt(0) ?? '';
      // ~~ cannot say who deleted the words: a credited deletion is always <del title="...">.
      out += span.by === undefined && tildesWork(before, span.text, after) ? `~~${text}~~` : `<del${byAttribute(span)}>${text}</del>`;
    }
  });
  return out;
}

/** Words that open a line must not read as a list, quotation, heading or numbered item. */
function atLineStart(markdown: string): string {
  return markdown.replace(/^((?:<ins>|<del>|~~)?)([-+=>])/, '$1\\$2').replace(/^((?:<ins>|<del>|~~)?\d{1,9})([.)])/, '$1\\$2');
}

function paragraphToMarkdown(p: RedlineParagraph): string {
  const words = p.role === 'text' || p.role === 'body' ? atLineStart(spansToMarkdown(p.spans)) : spansToMarkdown(p.spans);
  const lead = spansToMarkdown(p.lead);
  const indent = '  '.repeat(Math.max(0, p.level - 1));
  switch (p.role) {
    case 'title':
      return `# ${words}`;
    case 'subtitle':
      return `**${words}**`;
    case 'heading':
      return `## ${words}`;
    case 'instruction':
      return `*${words}*`;
    case 'crossHeading':
      return `### ${words}`;
    case 'clause':
      return `**${lead}**${words ? ` ${words}` : ''}`;
    case 'paragraph':
      return `${indent}- ${lead}${words ? ` ${words}` : ''}`;
    case 'definition':
      return `${indent}- **${lead}**${words}`;
    case 'text':
      return p.level === 0 ? words : `${'  '.repeat(p.level)}${words}`;
    case 'table':
      return p.table ? tableToMarkdown(p.table, '  '.repeat(p.level)) : '';
    default:
      return words;
  }
}

function render(paragraphs: readonly RedlineParagraph[]): string {
  return `${paragraphs.map(paragraphToMarkdown).join('\n\n')}\n`;
}

/** An Annex A as Markdown. */
export function annexToMarkdown(annex: AnnexDocument): string {
  const classification = `This document is classified as **${escapeMarkdown(annex.modification.classification)}**.`;
  return `${classification}\n\n${render(annexParagraphs(annex))}`;
}

/** A whole-version redline as Markdown: `secdraft diff --format md`. */
export function changeTreeToMarkdown(tree: ChangeTree, options: { changedOnly?: boolean } = {}): string {
  const head = `# ${escapeMarkdown(tree.code)} ${escapeMarkdown(tree.base)} → ${escapeMarkdown(tree.amended)}`;
  return `${head}\n\n${render(changeTreeParagraphs(tree, options))}`;
}

/** A publication (a consolidated version, no marks) as Markdown: `secdraft publish --format md`. */
export function publicationToMarkdown(publication: Publication): string {
  const classification = `This document is classified as **${escapeMarkdown(publication.classification)}**.`;
  return `${classification}\n\n${render(publicationParagraphs(publication))}`;
}

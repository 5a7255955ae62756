/** Redline -> one self-contained HTML file: print-ready CSS, `<ins>` underlined, `<del>` struck through, a change summary on top. */
import type { AnnexDocument, ChangeTree, Span } from '../../model/change-tree.js';
import type { Publication } from '../../model/publication.js';
import { annexParagraphs, changeTreeParagraphs, publicationParagraphs, publicationTitle, summarise, type RedlineParagraph } from '../redline-paragraphs.js';
import { escapeHtml } from './escape-html.js';
import { levelClass, STYLESHEET } from './stylesheet.js';
import { tableToHtml } from './table-to-html.js';

/** Spans -> HTML, marks included. */
export function spansToHtml(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      const text = escapeHtml(span.text);
      const by = span.by ? ` title="${escapeHtml(span.by)}" data-by="${escapeHtml(span.by)}"` : '';
      return span.type === 'insert' ? `<ins${by}>${text}</ins>` : span.type === 'delete' ? `<del${by}>${text}</del>` : text;
    })
    .join('');
}

function paragraphToHtml(p: RedlineParagraph): string {
  const words = spansToHtml(p.spans);
  const lead = spansToHtml(p.lead);
  const kind = p.kind && p.kind !== 'unchanged' ? ` ${p.kind}` : '';
  switch (p.role) {
    case 'title':
      return `<h1>${words}</h1>`;
    case 'subtitle':
      return `<p class="subtitle">${words}</p>`;
    case 'heading':
      return p.newPage ? `<h2 class="new-page">${words}</h2>` : `<h2>${words}</h2>`;
    case 'body':
      return `<p>${words}</p>`;
    case 'instruction':
      return `<p class="instruction">${words}</p>`;
    case 'crossHeading':
      return `<p class="cross-heading${kind}">${words}</p>`;
    case 'clause':
      return `<p class="clause${kind}" id="${escapeHtml(p.clause ?? '')}"><span class="lead">${lead}</span>${words}</p>`;
    case 'paragraph':
      return `<p class="paragraph ${levelClass(p.level)}${kind}"><span class="lead">${lead}</span>${words}</p>`;
    case 'definition':
      return `<p class="definition ${levelClass(p.level)}${kind}"><span class="lead">${lead}</span>${words}</p>`;
    case 'table':
      return p.table ? tableToHtml(p.table, p.level, kind) : '';
    default:
      return `<p class="text ${levelClass(p.level)}${kind}">${words}</p>`;
  }
}

function summaryHtml(paragraphs: readonly RedlineParagraph[]): string {
  const s = summarise(paragraphs);
  const item = (label: string, list: readonly string[]) => (list.length ? `<li>${label}: ${list.map(escapeHtml).join(', ')}</li>` : '');
  const none = s.amended.length + s.inserted.length + s.deleted.length + s.tables.length === 0 ? '<li>No changes.</li>' : '';
  return `<section class="summary"><h2>Summary of changes</h2><ul>${item('Amended', s.amended)}${item('Inserted', s.inserted)}${item('Deleted', s.deleted)}${item('Tables under cross-headings', s.tables)}${none}<li>${s.wordsInserted} word${s.wordsInserted === 1 ? '' : 's'} inserted, ${s.wordsDeleted} deleted</li></ul></section>`;
}

function page(title: string, classification: string | undefined, paragraphs: readonly RedlineParagraph[], summary = true): string {
  const banner = classification ? `<p class="classification">This document is classified as <strong>${escapeHtml(classification)}</strong></p>\n` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    `${banner}${summary ? summaryHtml(paragraphs) : ''}`,
    ...paragraphs.map(paragraphToHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An Annex A as a self-contained HTML page. */
export function annexToHtml(annex: AnnexDocument): string {
  return page(`${annex.modification.id} Annex A`, annex.modification.classification, annexParagraphs(annex));
}

/** A whole-version redline as a self-contained HTML page: `secdraft diff --format html`. */
export function changeTreeToHtml(tree: ChangeTree, options: { changedOnly?: boolean } = {}): string {
  const title = `${tree.code} ${tree.base} → ${tree.amended}`;
  return page(title, undefined, [{ role: 'title', level: 0, lead: [], spans: [{ type: 'equal', text: title }] }, ...changeTreeParagraphs(tree, options)]);
}

/** A publication (a consolidated version, no marks) as a self-contained HTML page: `secdraft publish --format html`. */
export function publicationToHtml(publication: Publication): string {
  // A publication has no changes to summarise.
  return page(publicationTitle(publication), publication.classification, publicationParagraphs(publication), false);
}

/** Redline -> Word .docx: styled paragraphs, a classification header, "Page X of Y", visual marks or tracked changes. */
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TextRun } from 'docx';
import type { AnnexDocument, ChangeTree } from '../../model/change-tree.js';
import type { Publication } from '../../model/publication.js';
import { annexParagraphs, changeTreeParagraphs, publicationParagraphs, publicationTitle, type RedlineParagraph } from '../redline-paragraphs.js';
import { repackDocx } from './repack-docx.js';
import { paragraphMarks, type ParagraphMark } from './paragraph-marks.js';
import { spanRuns, tabRun, type RedlineRun, type RunStyle } from './span-runs.js';
import { PARAGRAPH_STYLES, STYLE } from './styles.js';
import { TABLE_STYLE, TABLE_STYLES, tableToDocx } from './table.js';

/** Options of annexToDocx. */
export interface AnnexToDocxOptions {
  /** Real Word revisions (author: the modification id; date: its own) instead of a visual redline. */
  readonly trackChanges: boolean;
}

/** Options of changeTreeToDocx. */
export interface ChangeTreeToDocxOptions {
  /** Real Word revisions instead of a visual redline. */
  readonly trackChanges: boolean;
  /** Revision date, yyyy-mm-dd. */
  readonly date: string;
  /** Revision author. */
  readonly author: string;
}

/** A paragraph's style id and runs, made in reading order so that revision ids rise through the text. */
function styledRuns(p: RedlineParagraph, style: RunStyle): { style: string; children: RedlineRun[] } {
  switch (p.role) {
    case 'title':
    case 'subtitle':
    case 'heading':
    case 'body':
    case 'instruction':
    case 'crossHeading':
      return { style: STYLE[p.role], children: spanRuns(p.spans, style) };
    case 'clause':
    case 'paragraph': {
      // The number or label hangs; a tab takes the words to the indent.
      const lead = spanRuns(p.lead, style);
      const tab = tabRun(p.lead, style);
      return { style: p.role === 'clause' ? STYLE.clause : STYLE.paragraph(p.level), children: [...lead, tab, ...spanRuns(p.spans, style)] };
    }
    case 'definition': {
      const term = spanRuns(p.lead, { ...style, bold: true });
      return { style: STYLE.text(p.level), children: [...term, ...spanRuns(p.spans, style)] };
    }
    default:
      return { style: STYLE.text(p.level), children: spanRuns(p.spans, style) };
  }
}

/** A paragraph of the Word body: a redline paragraph, or the empty one that keeps two tables apart. */
type BodyParagraph = RedlineParagraph & { readonly gap?: true };

const stands = (p: RedlineParagraph, side: 'accept' | 'reject') => p.kind !== (side === 'accept' ? 'deleted' : 'inserted');

/**
 * Word and LibreOffice read two tables with nothing between them as one table, so an empty
 * paragraph (SecTableGap) stands between neighbouring tables: on the sides where both stand (an
 * inserted gap where one of them is inserted, a deleted one where one is deleted).
 */
function withTableGaps(paragraphs: readonly RedlineParagraph[]): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  for (const p of paragraphs) {
    const before = out.at(-1);
    if (p.role === 'table' && before?.role === 'table') {
      const [accept, reject] = (['accept', 'reject'] as const).map((side) => stands(before, side) && stands(p, side));
      // Where neither side holds both (one deleted, the other inserted), the gap stays on both: no mark can say "on neither".
      const kind = accept && !reject ? 'inserted' : reject && !accept ? 'deleted' : 'unchanged';
      out.push({ role: 'text', level: p.level, lead: [], spans: [], kind, gap: true });
    }
    out.push(p);
  }
  return out;
}

/** One redline paragraph; a tracked mark comes after its words in reading order, so its revision ids follow theirs. */
function paragraph(p: BodyParagraph, mark: ParagraphMark | undefined, style: RunStyle): Paragraph | Table {
  // A table's rows carry their own revisions (w:trPr), so it takes no paragraph mark.
  if (p.role === 'table') return p.table ? tableToDocx(p.table, p.level, style) : new Paragraph({ style: STYLE.text(p.level) });
  if (p.gap) return markedParagraph({ style: TABLE_STYLE.gap, children: [] }, mark, style);
  const { style: id, children } = styledRuns(p, style);
  return markedParagraph({ style: id, children, ...(p.newPage ? { pageBreakBefore: true } : {}) }, mark, style);
}

/** A paragraph whose mark is tracked as inserted or deleted when `mark` says so. */
function markedParagraph(options: { style: string; children: RedlineRun[]; pageBreakBefore?: boolean }, mark: ParagraphMark | undefined, style: RunStyle): Paragraph {
  if (!mark || !style.trackChanges) return new Paragraph(options);
  const revision = { id: style.nextId(), author: mark.by ?? style.author, date: style.date };
  return new Paragraph({ ...options, run: mark.type === 'insert' ? { insertion: revision } : { deletion: revision } });
}

/** What the page header and footer print besides "Page X of Y". */
interface PageFurniture {
  /** The header line (the classification). */
  readonly header?: string;
  /** Footer lines above and below "Page X of Y", as the SEC's documents print the document's name and classification. */
  readonly footerAbove?: string;
  readonly footerBelow?: string;
}

function footerLine(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 18, font: 'Arial' })] });
}

async function toDocx(redline: readonly RedlineParagraph[], furniture: PageFurniture, style: RunStyle, date: string, title: string): Promise<Uint8Array> {
  const { header, footerAbove, footerBelow } = furniture;
  const paragraphs = withTableGaps(redline);
  // Tables take no mark (their rows carry their own revisions) but decide which breaks can go.
  const marks = style.trackChanges ? paragraphMarks(paragraphs) : [];
  const doc = new Document({
    creator: 'secdraft',
    lastModifiedBy: 'secdraft',
    title,
    revision: 1,
    styles: { paragraphStyles: [...PARAGRAPH_STYLES, ...TABLE_STYLES] },
    sections: [
      {
        headers: header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: header, size: 18, font: 'Arial' })] })] }) } : {},
        footers: {
          default: new Footer({
            children: [
              ...(footerAbove !== undefined ? [footerLine(footerAbove)] : []),
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18, font: 'Arial' })] }),
              ...(footerBelow !== undefined ? [footerLine(footerBelow)] : []),
            ],
          }),
        },
        // Word wants a paragraph after a table that ends the body.
        children: [...paragraphs.map((p, i) => paragraph(p, marks[i], style)), ...(paragraphs.at(-1)?.role === 'table' ? [new Paragraph({})] : [])],
      },
    ],
  });
  return repackDocx(await Packer.toBuffer(doc), date);
}

function counter(): () => number {
  let id = 0;
  return () => ++id;
}

/**
 * An Annex A as a Word document: a visual redline, or real revisions authored by the modification
 * and dated `annex.date`. Same annex, same bytes.
 *
 * @example
 * const docx = await annexToDocx(buildAnnex(base, modification, amended), { trackChanges: false });
 * writeFileSync('MP087-annex-a.docx', docx);
 */
export async function annexToDocx(annex: AnnexDocument, options: AnnexToDocxOptions): Promise<Uint8Array> {
  const style: RunStyle = { trackChanges: options.trackChanges, author: annex.modification.id, date: `${annex.date}T00:00:00Z`, nextId: counter() };
  return toDocx(annexParagraphs(annex), { header: `This document is classified as ${annex.modification.classification}` }, style, annex.date, `${annex.modification.id} Annex A`);
}

/**
 * A whole-version redline (changed clauses only) as a Word document: `secdraft diff --format docx`.
 *
 * @example
 * const docx = await changeTreeToDocx(compareTrees(base, amended), { trackChanges: true, date: '2019-11-04', author: 'MP087' });
 */
export async function changeTreeToDocx(tree: ChangeTree, options: ChangeTreeToDocxOptions): Promise<Uint8Array> {
  const style: RunStyle = { trackChanges: options.trackChanges, author: options.author, date: `${options.date}T00:00:00Z`, nextId: counter() };
  const title = `${tree.code} ${tree.base} → ${tree.amended}`;
  return toDocx([{ role: 'title', level: 0, lead: [], spans: [{ type: 'equal', text: title }] }, ...changeTreeParagraphs(tree, { changedOnly: true })], {}, style, options.date, title);
}

/**
 * A publication (a consolidated version, no marks) as a Word document, laid out as the SEC's own:
 * the classification in the header; the document's name, "Page X of Y" and the classification
 * again in the footer; hanging clause numbers. Same publication, same bytes.
 *
 * @example
 * const docx = await publicationToDocx(buildPublication(store.loadVersion('6.17'), { sections: ['G'] }));
 */
export async function publicationToDocx(publication: Publication): Promise<Uint8Array> {
  // Every span is equal: the run style never marks anything.
  const style: RunStyle = { trackChanges: false, author: publication.code, date: `${publication.date}T00:00:00Z`, nextId: counter() };
  const title = publicationTitle(publication);
  const furniture: PageFurniture = {
    header: `This document is classified as ${publication.classification}`,
    footerAbove: title === `${publication.code} Version ${publication.version}` ? title : `${title} (${publication.code} Version ${publication.version})`,
    footerBelow: `This document has a Classification of ${publication.classification}`,
  };
  return toDocx(publicationParagraphs(publication), furniture, style, publication.date, title);
}

/**
 * Flattens an Annex A or a change tree into the paragraphs every renderer draws, in reading order:
 * one walk of the tree, so that Markdown, HTML, Word and the terminal cannot disagree about what is
 * shown or in which order.
 */
import type { Publication } from '../model/publication.js';
import type { AnnexDocument, BlockChange, ChangeKind, ChangeTree, ClauseChange, HeadingChange, Span, TableChange } from '../model/change-tree.js';

/** What a paragraph is, which decides its style. */
export type ParagraphRole =
  | 'title' // "MP087 'Correction to ...'"
  | 'subtitle' // "Annex A", "Legal text – version 1.0"
  | 'heading' // "About this document", "Section G 'Security'"
  | 'body' // plain prose of the document
  | 'instruction' // "Amend Section G3.20 as follows:"
  | 'crossHeading' // the SEC's cross-heading
  | 'clause' // a numbered clause's lead-in
  | 'paragraph' // a labelled paragraph, at `level` 1, 2, 3... (as deep as the clause nests)
  | 'definition' // a **Term** means ... item, at `level`
  | 'text' // unnumbered words, at `level` 0 (the clause's), 1 ((a)'s), ...
  | 'table'; // a table, lined up with unnumbered words at `level` 0, 1, ...; its rows are in `table`

/** One paragraph of a redline. */
export interface RedlineParagraph {
  readonly role: ParagraphRole;
  /** Nesting under the clause: 0 for the clause and its own words, 1 for (a), 2 for (i), 3 for (A), 4 for (I), and so on. */
  readonly level: number;
  /** The clause number, "(label)" or defined term, as spans; [] when there is none. */
  readonly lead: readonly Span[];
  /** The words. */
  readonly spans: readonly Span[];
  /** How the clause or block changed, where the paragraph belongs to one. */
  readonly kind?: ChangeKind;
  /** The clause number the paragraph belongs to, for summaries and anchors. */
  readonly clause?: string;
  /** Starts a new page when printed (each Section of a publication in one file). */
  readonly newPage?: boolean;
  /** A table's rows and cells, compared (role 'table' only; lead and spans are then []). */
  readonly table?: TableChange;
  /** For a table under a cross-heading (before its first clause), the heading's words, for summaries. */
  readonly heading?: string;
}

const plain = (text: string): Span[] => (text === '' ? [] : [{ type: 'equal', text }]);

function labelSpans(label: readonly Span[]): Span[] {
  if (label.length === 0) return [];
  // "(" and ")" belong to whichever side has a label: both, or only one when inserted or deleted.
  const hasBase = label.some((s) => s.type !== 'insert');
  const hasAmended = label.some((s) => s.type !== 'delete');
  const type = hasBase && hasAmended ? 'equal' : hasBase ? 'delete' : 'insert';
  return merge([{ type, text: '(' }, ...label, { type, text: ')' }]);
}

/** Joins neighbouring spans of one kind (and author), so that "(", "b", ")" deleted read as one mark. */
function merge(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && last.type === span.type && last.by === span.by) out[out.length - 1] = { ...last, text: last.text + span.text };
    else out.push(span);
  }
  return out;
}

function blockParagraphs(block: BlockChange, level: number, clause: string | undefined, out: RedlineParagraph[]): void {
  if (block.block === 'table' && block.table) {
    out.push({ role: 'table', level: Math.max(0, level - 1), lead: [], spans: [], kind: block.kind, ...(clause !== undefined ? { clause } : {}), table: block.table });
    return;
  }
  if (block.block === 'text') {
    out.push({ role: 'text', level: Math.max(0, level - 1), lead: [], spans: block.text, kind: block.kind, clause });
    return;
  }
  const role = block.block === 'definition' ? 'definition' : 'paragraph';
  const lead = role === 'definition' ? block.term : labelSpans(block.label);
  out.push({ role, level, lead, spans: block.text, kind: block.kind, clause });
  for (const child of block.children) blockParagraphs(child, role === 'paragraph' ? level + 1 : level + 1, clause, out);
}

function clauseParagraphs(clause: ClauseChange, out: RedlineParagraph[]): void {
  const type = clause.kind === 'inserted' ? 'insert' : clause.kind === 'deleted' ? 'delete' : 'equal';
  out.push({ role: 'clause', level: 0, lead: [{ type, text: clause.number }], spans: clause.text, kind: clause.kind, clause: clause.number });
  for (const block of clause.children) blockParagraphs(block, 1, clause.number, out);
}

function headingParagraphs(heading: HeadingChange, out: RedlineParagraph[]): void {
  if (heading.title !== null) out.push({ role: 'crossHeading', level: 0, lead: [], spans: heading.title, kind: heading.kind });
  for (const table of heading.tables ?? []) {
    // Named by the heading's words on the side the table stands on.
    const title = (heading.title ?? []).filter((s) => s.type !== (table.kind === 'deleted' ? 'insert' : 'delete')).map((s) => s.text).join('');
    const at = out.length;
    blockParagraphs(table, 1, undefined, out);
    if (heading.title !== null) out[at] = { ...(out[at] as RedlineParagraph), heading: title };
  }
  for (const clause of heading.clauses) clauseParagraphs(clause, out);
}

/** The paragraphs of an Annex A, from its title to its last clause. */
export function annexParagraphs(annex: AnnexDocument): RedlineParagraph[] {
  const { modification } = annex;
  const out: RedlineParagraph[] = [
    { role: 'title', level: 0, lead: [], spans: plain(`${modification.id} '${modification.title}'`) },
    { role: 'subtitle', level: 0, lead: [], spans: plain('Annex A') },
    { role: 'subtitle', level: 0, lead: [], spans: plain(`Legal text – version ${modification.version}`) },
    { role: 'heading', level: 0, lead: [], spans: plain('About this document') },
    { role: 'body', level: 0, lead: [], spans: plain(`This document contains the redlined changes to the ${modification.code} that would be required to deliver this Modification Proposal.`) },
    { role: 'body', level: 0, lead: [], spans: plain(`These changes have been drafted against ${modification.code} Version ${annex.base}.`) },
  ];
  for (const section of annex.sections) {
    out.push({ role: 'heading', level: 0, lead: [], spans: plain(`Section ${section.id} '${section.title}'`) });
    for (const instruction of section.instructions) {
      out.push({ role: 'instruction', level: 0, lead: [], spans: plain(instruction.text) });
      for (const heading of instruction.headings) headingParagraphs(heading, out);
    }
  }
  return out;
}

/** The paragraphs of a whole change tree (every Section, changed or not), for `secdraft diff`. */
export function changeTreeParagraphs(tree: ChangeTree, options: { changedOnly?: boolean } = {}): RedlineParagraph[] {
  const out: RedlineParagraph[] = [];
  for (const section of tree.sections) {
    if (options.changedOnly && section.kind === 'unchanged') continue;
    // "Section X: " is as new (or as gone) as the Section, so that no side keeps it alone.
    const type = section.kind === 'inserted' ? 'insert' : section.kind === 'deleted' ? 'delete' : 'equal';
    out.push({ role: 'heading', level: 0, lead: [], spans: [{ type, text: `Section ${section.id}: ` }, ...section.title], kind: section.kind });
    for (const heading of section.headings) {
      if (options.changedOnly && heading.kind === 'unchanged') continue;
      headingParagraphs(options.changedOnly ? { ...heading, ...(heading.tables ? { tables: heading.tables.filter((t) => t.kind !== 'unchanged') } : {}), clauses: heading.clauses.filter((c) => c.kind !== 'unchanged') } : heading, out);
    }
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-11-04" -> "4 November 2019", as the SEC's documents print dates. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a publication is called: "SEC Section G: Security", or "SEC Version 6.17" for several Sections. */
export function publicationTitle(publication: Publication): string {
  const [only, ...more] = publication.sections;
  return only && more.length === 0 ? `${publication.code} Section ${only.id}: ${only.title}` : `${publication.code} Version ${publication.version}`;
}

/**
 * The paragraphs of a publication: the title lines (the document, its version, the date it came
 * into force, what it consolidates, and an extract's source), then each Section's cross-headings
 * and clauses, every span equal.
 */
export function publicationParagraphs(publication: Publication): RedlineParagraph[] {
  const { code, version } = publication;
  const single = publication.sections.length === 1;
  const out: RedlineParagraph[] = [
    { role: 'title', level: 0, lead: [], spans: plain(publicationTitle(publication)) },
    { role: 'subtitle', level: 0, lead: [], spans: plain(single ? `${code} Version ${version}` : `Sections ${listed(publication.sections.map((s) => s.id))}`) },
  ];
  if (publication.effective !== undefined) out.push({ role: 'subtitle', level: 0, lead: [], spans: plain(`Effective from ${longDate(publication.effective)}`) });
  const consolidates = publication.modifications.length > 0 ? `, incorporating ${listed(publication.modifications)}` : '';
  out.push({ role: 'body', level: 0, lead: [], spans: plain(`This document is the consolidated legal text of ${code} Version ${version}${consolidates}.`) });
  for (const section of publication.sections) {
    if (section.extract) out.push({ role: 'body', level: 0, lead: [], spans: plain(`Section ${section.id} is an extract, not the whole Section${section.source ? `: ${section.source}` : ''}.`) });
  }
  for (const section of publication.sections) {
    if (!single) out.push({ role: 'heading', level: 0, lead: [], spans: plain(`Section ${section.id}: ${section.title}`), newPage: true });
    for (const heading of section.headings) headingParagraphs(heading, out);
  }
  return out;
}

/** Counts for a change summary. */
export interface RedlineSummary {
  readonly amended: readonly string[];
  readonly inserted: readonly string[];
  readonly deleted: readonly string[];
  /** Tables under cross-headings that changed: "Charging Inputs (amended)". */
  readonly tables: readonly string[];
  /** Words inserted and deleted, counted as legal tokens with a letter or digit. */
  readonly wordsInserted: number;
  readonly wordsDeleted: number;
}

/** Every span of a table's cells, header first. */
export function tableSpans(table: TableChange | undefined): Span[] {
  return table ? [table.header, ...table.rows].flatMap((row) => row.cells.flatMap((cell) => cell.text)) : [];
}

/** Which clauses changed how, and how many words. */
export function summarise(paragraphs: readonly RedlineParagraph[]): RedlineSummary {
  const by = (kind: ChangeKind) => paragraphs.filter((p) => p.role === 'clause' && p.kind === kind).map((p) => p.clause as string);
  const count = (type: 'insert' | 'delete') =>
    paragraphs.flatMap((p) => [...p.lead, ...p.spans, ...tableSpans(p.table)]).filter((s) => s.type === type).reduce((n, s) => n + (s.text.match(/[\p{L}\p{N}][\p{L}\p{N}+'’.,]*/gu)?.length ?? 0), 0);
  const amended = [...new Set(paragraphs.filter((p) => p.kind && p.kind !== 'unchanged' && p.clause && p.role !== 'clause').map((p) => p.clause as string))];
  const [inserted, deleted] = [by('inserted'), by('deleted')];
  // Sets, not includes(): a whole-version redline has thousands of clauses.
  const wholly = new Set([...inserted, ...deleted]);
  const tables = [...new Set(paragraphs.filter((p) => p.role === 'table' && p.heading !== undefined && p.kind !== undefined && p.kind !== 'unchanged').map((p) => `${p.heading} (${p.kind})`))];
  return {
    amended: [...new Set([...by('amended'), ...amended])].filter((n) => !wholly.has(n)),
    inserted,
    deleted,
    tables,
    wordsInserted: count('insert'),
    wordsDeleted: count('delete'),
  };
}

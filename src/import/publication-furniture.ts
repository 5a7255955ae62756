/**
 * What a published consolidated Section says about itself before its clauses, as `secdraft publish`
 * prints it (render/redline-paragraphs.ts: publicationParagraphs) and as the SEC's documents state
 * it: the title ("SEC Section G: Security", or "SEC Version 6.17" over several Sections), the
 * version, "Effective from 4 November 2019", "This document is the consolidated legal text of SEC
 * Version 6.17, incorporating MP087 and MP088.", and "Section G is an extract, not the whole
 * Section: <its source>." Read into the Section files' front matter; paragraphs it does not
 * recognise are left for the structure reader (a cover page, contents: reported).
 */
import type { SideParagraph } from './source-paragraph.js';

/** What the publication states. */
export interface PublicationFurniture {
  /** The code its title names: "SEC". */
  readonly code?: string;
  /** The version it says it is: "6.17". */
  readonly version?: string;
  /** Where it says so, for a note when that is not the version imported. */
  readonly versionPlace?: SideParagraph;
  /** The Section a one-Section publication's title names. */
  readonly section?: { readonly id: string; readonly title: string };
  /** The date it came into force, yyyy-mm-dd. */
  readonly effective?: string;
  /** The modifications it consolidates. */
  readonly modifications?: readonly string[];
  /** Sections it says are extracts, with their source where it gives one. */
  readonly extracts: ReadonlyMap<string, { readonly source?: string }>;
}

const SECTION_TITLE = /^(\S+) Section (\S+): (.+)$/;
const VERSION_TITLE = /^(\S+) Version (\S+)$/;
const SECTIONS = /^Sections? \S+(?:(?:, | and )\S+)*$/;
const EFFECTIVE = /^Effective from (\d{1,2}) ([A-Z][a-z]+) (\d{4})$/;
const CONSOLIDATES = /^This document is the consolidated legal text of (\S+) Version (\S+?)(?:, incorporating (.+))?\.$/;
const EXTRACT = /^Section (\S+) is an extract, not the whole Section(?:: (.*))?\.$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "A, B and C" -> ["A", "B", "C"]. */
function listed(text: string): string[] {
  return text.split(/, | and /).map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Reads the publication's statements from the paragraphs before its legal text (up to the first
 * paragraph `starts` says opens it: a clause, a Section heading, a cross-heading); returns them and
 * the paragraphs left, those it read taken out. Titles are read only from title paragraphs.
 */
export function readPublicationFurniture(paragraphs: readonly SideParagraph[], starts: (p: SideParagraph) => boolean): { furniture: PublicationFurniture; rest: SideParagraph[] } {
  const out: { -readonly [K in keyof PublicationFurniture]: PublicationFurniture[K] } = { extracts: new Map() };
  const extracts = new Map<string, { source?: string }>();
  const taken = new Set<SideParagraph>();
  const read = (p: SideParagraph): boolean => {
    const title = p.hint === 'furniture';
    let match: RegExpExecArray | null;
    if (title && out.section === undefined && (match = SECTION_TITLE.exec(p.text))) {
      out.code = match[1] as string;
      out.section = { id: match[2] as string, title: match[3] as string };
    } else if (title && (match = VERSION_TITLE.exec(p.text))) {
      out.code ??= match[1] as string;
      out.version = match[2] as string;
      out.versionPlace = p;
    } else if (title && SECTIONS.test(p.text)) {
      // "Sections G and H": the Section headings that follow name them.
    } else if ((match = EFFECTIVE.exec(p.text)) && MONTHS.includes(match[2] as string)) {
      out.effective = `${match[3]}-${String(MONTHS.indexOf(match[2] as string) + 1).padStart(2, '0')}-${(match[1] as string).padStart(2, '0')}`;
    } else if ((match = CONSOLIDATES.exec(p.text))) {
      out.code ??= match[1] as string;
      out.version ??= match[2] as string;
      out.versionPlace ??= p;
      if (match[3] !== undefined) out.modifications = listed(match[3]);
    } else if ((match = EXTRACT.exec(p.text))) {
      extracts.set(match[1] as string, match[2] !== undefined ? { source: match[2] } : {});
    } else return false;
    return true;
  };
  for (const p of paragraphs) {
    if (p.table || starts(p)) break;
    if (read(p)) taken.add(p);
  }
  return { furniture: { ...out, extracts }, rest: paragraphs.filter((p) => !taken.has(p)) };
}

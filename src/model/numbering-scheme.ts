/**
 * Numbering schemes: how the clauses of a document are numbered and how its text refers to them.
 * The SEC's Sections are numbered G3.17 and referred to as "Section G3.17"; its appendices and
 * schedules are numbered 1.1, 2.3.4, "Schedule 2 paragraph 3" or "Part 2", their numbers local to
 * the document ("paragraph 2.3(b)" means 2.3(b) of the same appendix). A file names its scheme in
 * its front matter (`numbering: decimal`), or gives a clause-number pattern of its own.
 */
import { SEC_CLAUSE_NUMBER } from './clause-number.js';

/** A way of numbering clauses. */
export interface NumberingScheme {
  /** The preset's name, or "pattern" for a regular expression given in the front matter. */
  readonly name: string;
  /** Regular-expression source of a clause number. */
  readonly number: string;
  /**
   * Regular-expression source of the word that introduces a reference ("Sections?",
   * "paragraphs?"), or '' when a number names itself ("Part 2", "Schedule 2 paragraph 3").
   */
  readonly referredAs: string;
  /** True when numbers are local to their file (two appendices may both have a 1.1), not unique across the version. */
  readonly local: boolean;
  /** The word an Annex A instruction puts before numbers, one and several ("Amend paragraph 1.1"); null when a number names itself ("Amend Part 2"). */
  readonly noun?: readonly [string, string] | null;
}

/** The named presets, as `numbering:` takes them. */
export const NUMBERING_PRESETS: Readonly<Record<string, NumberingScheme>> = {
  /** The SEC's Sections: G3.17, G3.17A, A1.1; "Section G3.18(a)". */
  'sec-section': { name: 'sec-section', number: SEC_CLAUSE_NUMBER, referredAs: 'Sections?', local: false, noun: ['Section', 'Sections'] },
  /** Appendices and documents numbered 0, 1, 1.1, 2.3.4, 2.3A; "paragraph 2.3(b)", "clause 4". */
  decimal: { name: 'decimal', number: '\\d+(?:\\.\\d+)*[A-Z]*', referredAs: '(?:[Pp]aragraphs?|[Cc]lauses?)', local: true, noun: ['paragraph', 'paragraphs'] },
  /** Schedules: "Schedule 2 paragraph 3", "Schedule 2 paragraph 3.1(a)". */
  'schedule-paragraph': { name: 'schedule-paragraph', number: 'Schedule \\d+[A-Z]* paragraph \\d+(?:\\.\\d+)*[A-Z]*', referredAs: '', local: true, noun: null },
  /** Documents in numbered Parts: "Part 2", "Part 2A(b)". */
  part: { name: 'part', number: 'Part \\d+[A-Z]*', referredAs: '', local: true, noun: null },
};

/** A front matter `numbering:` value that looks like a preset's name (and is therefore not taken as a pattern). */
export const PRESET_NAME = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * The scheme a file's `numbering:` names: a preset, a pattern of the file's own (numbers unique
 * across the version and referred to as "Section ...", as the SEC's), or the SEC's when absent.
 * Returns undefined for a preset name that does not exist.
 */
export function numberingScheme(numbering: string | undefined): NumberingScheme | undefined {
  if (numbering === undefined) return NUMBERING_PRESETS['sec-section'];
  if (PRESET_NAME.test(numbering)) return NUMBERING_PRESETS[numbering];
  return { name: 'pattern', number: numbering, referredAs: 'Sections?', local: false, noun: ['Section', 'Sections'] };
}

/** The clause-number pattern of a `numbering:` value already checked by the parser. */
export function clauseNumberPattern(numbering: string | undefined): string {
  return numberingScheme(numbering)?.number ?? SEC_CLAUSE_NUMBER;
}

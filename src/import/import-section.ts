/**
 * Consolidated Sections in Word -> Section files of the clause tree. The document's tracked changes
 * must be resolved (accepted or rejected) first: a consolidated Section is one text, not a redline.
 */
import { SEC_CLAUSE_NUMBER } from '../model/clause-number.js';
import type { SectionFile } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { buildSections } from './build-sections.js';
import { isChanged, projectSide } from './project-side.js';
import type { ReadDocx } from './read-docx.js';
import type { UnplacedParagraph } from './source-paragraph.js';

/** Options of importSection. */
export interface ImportSectionOptions {
  readonly file: string;
  readonly code: string;
  readonly version: string;
  /** Which side of unresolved tracked changes to take; without it, a document that has any is refused. */
  readonly changes?: 'accept' | 'reject';
  /** Clause-number pattern, when the code is not numbered like the SEC. */
  readonly numbering?: string;
  /** The Section, when the document does not name it in a heading before its first clause. */
  readonly section?: { readonly id: string; readonly title: string };
}

/** What importSection read. */
export interface ImportedSections {
  readonly files: SectionFile[];
  readonly unplaced: UnplacedParagraph[];
}

/** Reads the Sections of a Word document that `readDocx` has opened. */
export function importSection(document: ReadDocx, options: ImportSectionOptions): ImportedSections {
  const changed = document.paragraphs.find(isChanged);
  if (changed && !options.changes) {
    throw new InputError(changed.position, `unresolved tracked changes (the first at ${changed.place})`, 'pass --accept-changes or --reject-changes to say which text to import, or resolve them in Word');
  }
  const side = projectSide(document.paragraphs, options.changes === 'reject' ? 'old' : 'new');
  const numbered = document.numberSide(side);
  const built = buildSections(numbered, { clauseNumber: options.numbering ?? SEC_CLAUSE_NUMBER, quotedTerms: true, ...(options.section ? { section: options.section } : {}) });
  if (built.sections.length === 0) {
    throw new InputError({ file: options.file, line: 1, column: 1 }, 'no Section heading before the first clause', "name the Section: a heading such as 'Section G: Security', or --section G --title Security");
  }
  const unplaced: UnplacedParagraph[] = [...document.unplaced, ...built.unplaced];
  if (built.furniture.length > 0) {
    const first = built.furniture[0]!;
    unplaced.unshift({ position: first.position, text: first.text, why: `not imported: ${built.furniture.length} paragraph${built.furniture.length === 1 ? '' : 's'} before the first Section heading (a cover page, contents)` });
  }
  for (const instruction of built.instructions) unplaced.push({ position: instruction.position, text: instruction.text, why: 'not imported: an amending instruction in a consolidated Section' });
  const files = built.sections.map((section): SectionFile => ({
    type: 'sectionFile',
    file: options.file,
    meta: {
      code: options.code,
      version: options.version,
      extract: false,
      source: `imported by secdraft from ${options.file.replace(/^.*[\\/]/, '')}`,
      ...(options.numbering !== undefined ? { numbering: options.numbering } : {}),
    },
    section,
  }));
  return { files, unplaced };
}

/**
 * Consolidated Sections in Word -> Section files of the clause tree. The document's tracked changes
 * must be resolved (accepted or rejected) first: a consolidated Section is one text, not a redline.
 * What a published Section states about itself (its title, version, date in force, what it
 * consolidates, that it is an extract, its classification in the page header) becomes front matter.
 */
import type { SectionFile } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { clauseNumberPattern, numberingScheme, NUMBERING_PRESETS } from '../model/numbering-scheme.js';
import { CLASSIFICATION } from './annex-furniture.js';
import { buildSections, sectionHeading } from './build-sections.js';
import { isChanged, projectSide } from './project-side.js';
import { readPublicationFurniture } from './publication-furniture.js';
import type { ReadDocx } from './read-docx.js';
import type { UnplacedParagraph } from './source-paragraph.js';

/** Options of importSection. */
export interface ImportSectionOptions {
  readonly file: string;
  readonly code: string;
  readonly version: string;
  /** Which side of unresolved tracked changes to take; without it, a document that has any is refused. */
  readonly changes?: 'accept' | 'reject';
  /**
   * How the clauses are numbered, as a Section file's `numbering:` says it: a preset (`decimal`,
   * `schedule-paragraph`, `part`) or a clause-number pattern; the SEC's when absent.
   */
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
  if (options.numbering !== undefined && numberingScheme(options.numbering) === undefined) {
    throw new InputError(undefined, `no numbering preset is called '${options.numbering}'`, `choose one of ${Object.keys(NUMBERING_PRESETS).join(', ')}, or give a clause-number pattern`);
  }
  const changed = document.paragraphs.find(isChanged);
  if (changed && !options.changes) {
    throw new InputError(changed.position, `unresolved tracked changes (the first at ${changed.place})`, 'pass --accept-changes or --reject-changes to say which text to import, or resolve them in Word');
  }
  const clauseNumber = clauseNumberPattern(options.numbering);
  let opens: RegExp;
  try {
    opens = new RegExp(`^(${clauseNumber})(?=\\s|$)`);
  } catch {
    throw new InputError(undefined, `the numbering pattern '${options.numbering}' is not a regular expression`, 'give a preset (decimal, schedule-paragraph, part) or a valid pattern, e.g. "\\d+(?:\\.\\d+)*"');
  }
  const side = projectSide(document.paragraphs, options.changes === 'reject' ? 'old' : 'new');
  const numbered = document.numberSide(side);
  // The legal text starts at the first clause, Section heading or cross-heading; a publication's statements stand before it.
  const { furniture: stated, rest } = readPublicationFurniture(numbered, (p) => p.number !== undefined || p.hint === 'crossHeading' || (p.hint !== 'furniture' && sectionHeading(p.text) !== undefined) || opens.test(p.text));
  const section = options.section ?? stated.section;
  const built = buildSections(rest, { clauseNumber, quotedTerms: true, ...(section ? { section } : {}) });
  if (built.sections.length === 0) {
    throw new InputError({ file: options.file, line: 1, column: 1 }, 'no Section heading before the first clause', "name the Section: a heading such as 'Section G: Security', or --section G --title Security");
  }
  const unplaced: UnplacedParagraph[] = [...document.unplaced, ...built.unplaced];
  if (built.furniture.length > 0) {
    const first = built.furniture[0]!;
    unplaced.unshift({ position: first.position, text: first.text, why: `not imported: ${built.furniture.length} paragraph${built.furniture.length === 1 ? '' : 's'} before the first Section heading (a cover page, contents)` });
  }
  if (stated.version !== undefined && stated.version !== options.version && stated.versionPlace) {
    unplaced.push({ position: stated.versionPlace.position, text: stated.versionPlace.text, why: `the document says it is ${stated.code ?? options.code} Version ${stated.version}; imported as ${options.version}, as --version says` });
  }
  for (const instruction of built.instructions) unplaced.push({ position: instruction.position, text: instruction.text, why: 'not imported: an amending instruction in a consolidated Section' });
  const classification = [...document.headerFooter, ...built.furniture.map((p) => p.text)].map((line) => CLASSIFICATION.exec(line)?.[1]).find((c) => c !== undefined);
  const files = built.sections.map((section): SectionFile => {
    const extract = stated.extracts.get(section.id);
    return {
      type: 'sectionFile',
      file: options.file,
      meta: {
        code: options.code,
        version: options.version,
        extract: extract !== undefined,
        // Where the words come from: the publication's own words for an extract, else this import.
        source: extract?.source ?? `imported by secdraft from ${options.file.replace(/^.*[\\/]/, '')}`,
        ...(options.numbering !== undefined ? { numbering: options.numbering } : {}),
        ...(stated.effective !== undefined ? { effective: stated.effective } : {}),
        ...(stated.modifications !== undefined ? { modifications: stated.modifications } : {}),
        ...(classification !== undefined ? { classification: classification.charAt(0).toUpperCase() + classification.slice(1).toLowerCase() } : {}),
      },
      section,
    };
  });
  return { files, unplaced };
}

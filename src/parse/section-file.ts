/** Parses a Section file (front matter + one Section) into the clause tree. */
import { clauseNumberPattern } from '../model/numbering-scheme.js';
import type { SectionFile, SectionMeta } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { booleanKey, checkKeys, listKey, numberingKey, readFrontMatter, stringKey } from './front-matter.js';
import { sectionsFromMarkdown } from './from-markdown.js';

/** Front-matter keys of a Section file. */
export const SECTION_KEYS = {
  required: ['code', 'version', 'section', 'title'],
  optional: ['extract', 'source', 'numbering', 'modifications', 'effective', 'classification'],
} as const;

/** Parses the text of a Section file. `file` names it in positions and errors. */
export function parseSectionFile(text: string, file: string): SectionFile {
  const frontMatter = readFrontMatter(text, file);
  checkKeys(frontMatter, file, SECTION_KEYS.required, SECTION_KEYS.optional);
  const numbering = numberingKey(frontMatter);
  const effective = stringKey(frontMatter, 'effective');
  const source = stringKey(frontMatter, 'source');
  const classification = stringKey(frontMatter, 'classification');
  const modifications = listKey(frontMatter, 'modifications')?.map((entry) => entry.value);
  const meta: SectionMeta = {
    code: stringKey(frontMatter, 'code')!,
    version: stringKey(frontMatter, 'version')!,
    extract: booleanKey(frontMatter, 'extract') ?? false,
    ...(source !== undefined ? { source } : {}),
    ...(numbering !== undefined ? { numbering } : {}),
    ...(modifications !== undefined ? { modifications } : {}),
    ...(effective !== undefined ? { effective } : {}),
    ...(classification !== undefined ? { classification } : {}),
  };
  const sections = sectionsFromMarkdown(frontMatter.bodyLines, {
    file,
    startLine: frontMatter.bodyStartLine,
    clauseNumber: clauseNumberPattern(numbering),
  });
  const [section, extra] = sections;
  const sectionKey = stringKey(frontMatter, 'section')!;
  const title = stringKey(frontMatter, 'title')!;
  if (!section) {
    throw new InputError({ file, line: frontMatter.bodyStartLine, column: 1 }, 'no Section heading', `add the line # Section ${sectionKey}: ${title}`);
  }
  if (extra) {
    throw new InputError(extra.position!, 'a second Section in one file', 'keep one Section per file, named after its letter (G.md)');
  }
  if (section.id !== sectionKey || section.title !== title) {
    throw new InputError(section.position!, `heading 'Section ${section.id}: ${section.title}' disagrees with the front matter (section ${sectionKey}, title ${title})`, 'make the heading and the front matter say the same');
  }
  return { type: 'sectionFile', file, meta, section };
}

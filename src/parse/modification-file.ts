/** Parses a modification file: its metadata, the clauses it amends or inserts, and those it deletes. */
import { clauseNumberPattern } from '../model/numbering-scheme.js';
import type { ClauseDeletion, Modification, ModificationMeta, TableDeletion } from '../model/clause-tree.js';
import { InputError } from '../model/input-error.js';
import { checkKeys, dateKey, listKey, numberingKey, readFrontMatter, stringKey } from './front-matter.js';
import { sectionsFromMarkdown } from './from-markdown.js';

/** Front-matter keys of a modification file. */
export const MODIFICATION_KEYS = {
  required: ['id', 'title', 'base', 'version', 'classification'],
  // A modification without path or implemented is a draft: read, annexed and checked, never released.
  optional: ['code', 'path', 'implemented', 'delete', 'numbering'],
} as const;

/** `tables under K1.1`: the tables under the cross-heading that holds K1.1 go. */
const TABLES_UNDER = /^tables under (\S+)$/;
/** "Y:1.1": a number in the Section Y, where appendices numbered locally share numbers. */
const IN_DOCUMENT = /^(?:([A-Za-z0-9][A-Za-z0-9._+-]*):)?(.*)$/s;

/** Parses the text of a modification file; `code` is the store's code when the file does not name one. */
export function parseModificationFile(text: string, file: string, code = 'SEC'): Modification {
  const frontMatter = readFrontMatter(text, file);
  checkKeys(frontMatter, file, MODIFICATION_KEYS.required, MODIFICATION_KEYS.optional);
  const implemented = dateKey(frontMatter, 'implemented');
  const numbering = numberingKey(frontMatter);
  const path = stringKey(frontMatter, 'path');
  const meta: ModificationMeta = {
    id: stringKey(frontMatter, 'id')!,
    title: stringKey(frontMatter, 'title')!,
    code: stringKey(frontMatter, 'code') ?? code,
    base: stringKey(frontMatter, 'base')!,
    version: stringKey(frontMatter, 'version')!,
    classification: stringKey(frontMatter, 'classification')!,
    ...(path !== undefined ? { path } : {}),
    ...(implemented !== undefined ? { implemented } : {}),
    ...(numbering !== undefined ? { numbering } : {}),
  };
  const clauseNumber = new RegExp(`^(?:${clauseNumberPattern(numbering)})$`);
  const deletions: ClauseDeletion[] = [];
  const tableDeletions: TableDeletion[] = [];
  for (const { value, position } of listKey(frontMatter, 'delete') ?? []) {
    const tables = TABLES_UNDER.exec(value);
    const target = IN_DOCUMENT.exec(tables ? tables[1]! : value)!;
    const [, document, number] = target;
    const where = { position, ...(document !== undefined ? { document } : {}) };
    if (tables && clauseNumber.test(number!)) tableDeletions.push({ clause: number!, ...where });
    else if (!tables && clauseNumber.test(number!)) deletions.push({ number: number!, ...where });
    else throw new InputError(position, `'${value}' is not a clause number`, 'list whole clause numbers to delete, e.g. delete: [G3.22] (Y:1.1 for 1.1 of Section Y), or the tables under the heading of a clause: "tables under G3.1"');
  }
  const sections = sectionsFromMarkdown(frontMatter.bodyLines, {
    file,
    startLine: frontMatter.bodyStartLine,
    clauseNumber: clauseNumberPattern(numbering),
  });
  if (sections.length === 0 && deletions.length === 0 && tableDeletions.length === 0) {
    throw new InputError({ file, line: frontMatter.bodyStartLine, column: 1 }, 'the modification changes nothing', 'add the amended clauses under their # Section heading, or list clauses to delete');
  }
  return { type: 'modification', file, meta, sections, deletions, ...(tableDeletions.length > 0 ? { tableDeletions } : {}), basePosition: frontMatter.entries.get('base')!.position };
}

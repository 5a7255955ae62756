/** Parses either kind of clause file, telling them apart by their front matter. */
import type { Modification, SectionFile } from '../model/clause-tree.js';
import { parseModificationFile } from './modification-file.js';
import { parseSectionFile } from './section-file.js';

/** A modification file has an `id` in its front matter; a Section file has none. */
export function parseClauseFile(text: string, file: string, code?: string): SectionFile | Modification {
  const head = text.slice(0, text.indexOf('\n---', 3) + 1);
  return /^id:/m.test(head) ? parseModificationFile(text, file, code) : parseSectionFile(text, file);
}

/** secdraft's public API: re-exports only. */
export type * from './model/clause-tree.js';
export { InputError, isInputError } from './model/input-error.js';
export { parseAddress, findByAddress, clausesOf, paragraphAddress, definitionAddress, type ParsedAddress } from './model/address.js';
export { compareClauseNumbers, SEC_CLAUSE_NUMBER } from './model/clause-number.js';
export { parseSectionFile } from './parse/section-file.js';
export { parseModificationFile } from './parse/modification-file.js';
export { parseClauseFile } from './parse/clause-file.js';
export { sectionFileToMarkdown, modificationToMarkdown, clauseToMarkdown, blockToMarkdown } from './serialize/to-markdown.js';
export { openStore, compareVersionIds, type Store, type StoreEntry } from './store/store.js';
export { applyModification, type ApplyModificationOptions } from './store/apply-modification.js';

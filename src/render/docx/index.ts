/** The Word renderer's entry points. */
export { annexToDocx, changeTreeToDocx, publicationToDocx, type AnnexToDocxOptions, type ChangeTreeToDocxOptions } from './to-docx.js';

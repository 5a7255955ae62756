/** The Word renderer's entry points. */
export { annexToDocx, changeTreeToDocx, type AnnexToDocxOptions, type ChangeTreeToDocxOptions } from './to-docx.js';

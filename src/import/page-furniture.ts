/** Page headers, footers and page numbers that a PDF extraction or a Word header leaves among the words. */

const PAGE_FURNITURE = [
  /^page \d+ of \d+$/i,
  /^(?:this document has a classification of|of) (?:white|green|amber|red)$/i,
  /^MP\d+[A-Z]?\s+(?:annex [A-Z]|modification report|legal text)(?:\s+page \d+ of \d+)?$/i,
  /^managed by$/i,
];

/** True for a page header, footer or page number left in the text. */
export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE.some((pattern) => pattern.test(text));
}


/** A paragraph item's label as the clause format allows it: (a)…(zz), (A)…, (1)…(999); group 1 is the label without brackets. */
export const PARAGRAPH_LABEL = /^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?=\s|$)/;

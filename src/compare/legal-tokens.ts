/**
 * Tokens of legal text for word diffs. A clause reference ("G3.18(a)(ii)"), a number or date
 * ("1,200", "6.17", "2019-11-04", "4 November 2019") and a term with its suffix ("SMETS2+",
 * "Consumer's") are each one token, so that "SMETS2+" -> "SMETS2" is a changed term, not a deleted
 * "+". Punctuation is a token of its own. White space rides on the token before it (as in jsdiff's
 * word diff), so that joining the tokens gives the text back exactly.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const TOKEN = new RegExp(
  `(?:${[
    `\\d{1,2} (?:${MONTHS}) \\d{4}`, // a date in words
    '\\d{4}-\\d{2}-\\d{2}', // an ISO date
    '[A-Z]\\d+(?:\\.\\d+)+[A-Z]*(?:\\([A-Za-z0-9]{1,4}\\))*', // a clause reference, with paragraph labels
    '\\d+(?:[.,]\\d+)*', // a number
    "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*\\+?", // a word or term, possessive and trailing + included
    '[^\\s\\p{L}\\p{N}]', // one punctuation mark
  ].join('|')})\\s*`, // and the white space after it
  'gu',
);

/**
 * Splits `text` into tokens, each with the white space after it; they join back to `text` exactly.
 * Every character that is not white space starts a token, so the matches leave no gaps but leading
 * white space, and one native `match` does the work (the tokenizer is the hot path of a whole-version diff).
 */
export function legalTokens(text: string): string[] {
  const tokens: string[] = text.match(TOKEN) ?? [];
  const lead = /^\s+/.exec(text);
  if (lead) tokens.unshift(lead[0]);
  return tokens;
}

/** A token without its white space: what two tokens are compared by. */
export function tokenCore(token: string): string {
  return token.trimEnd();
}

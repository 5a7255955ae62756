/** The words that make the words before them a defined term: "means", "has the meaning", "shall mean", "includes", "is defined". */

/** Words after a term that define it (a colon or comma may stand between, as drafters write). */
export const DEFINITION_VERB = /^[\s:,]*(?:means|has the meaning|shall (?:mean|have the meaning)|includes|is defined)\b/i;

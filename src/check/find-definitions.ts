/**
 * The definitions a text makes, in every form drafters use, not only Section A's
 * `- **Term** means …`: a quoted term followed by a defining verb (`"Licence" means`, `"Source" form
 * shall mean`, `A "Revised Edition" of the Manual means`, `The "Agreement", below, refers to`), a
 * quoted term in a defining bracket (`(the "Scheme")`, `(or "Hub Site")`), a quoted term after
 * "called" or "referred to as", `"Closed Sections" are …` opening a sentence, and a second term
 * defined inside a definition (`and "Enrol" shall be interpreted accordingly`).
 */

/** A term a run of words defines, and where its words start in the run. */
export interface FoundDefinition {
  /** The term as it should be matched: quotes, a leading article or "this", and edge punctuation removed. */
  readonly term: string;
  /** Offset of the term's first character in the words. */
  readonly offset: number;
  /** True when the term opens a sentence, so that its capital may be grammar rather than the term's. */
  readonly sentenceStart: boolean;
}

const QUOTED = /["“]([^"”\n]{1,80}?)["”]/g;
/** Verbs that define the quoted words before them (a few words may stand between: `"Source" form shall mean`). */
const DEFINING_VERB = String.raw`(?:means|mean|shall\s+mean|refers\s+to|refer\s+to|shall\s+refer\s+to|(?:has|have|shall\s+have|bears?)\s+the\s+meanings?|(?:has|have|shall\s+have)\s+a\s+corresponding\s+meaning|(?:shall\s+be|is\s+to\s+be|are\s+to\s+be)\s+(?:interpreted|construed)\s+accordingly|(?:is|are|shall\s+be)\s+defined|includes?|shall\s+include)\b`;
/** After the closing quote: an alternative in brackets, an aside between commas, at most four words, then the verb. */
const AFTER = new RegExp(String.raw`^["”]?(?:\s*\((?:or|and)\s+["“][^"”]{1,80}["”]\))?(?:\s*,[^,."“”;:]{1,40},)?(?:\s+[^\s"“”.;:,()]+){0,4}?\s+${DEFINING_VERB}`);
/** `"Closed Sections" are …`: a copula defines only a quoted term that opens its sentence. */
const COPULA = /^["”]?\s+(?:is|are)\b/;
/** Before the opening quote: a defining bracket's lead words, or "called" / "referred to as". */
const BRACKET_BEFORE = /\(\s*(?:or|and|the|a|an|each|each\s+an?|together|together,?\s+the|collectively,?\s+the|collectively|hereinafter|hereinafter\s+the|hereafter|referred\s+to\s+(?:below\s+|herein\s+)?as(?:\s+the|\s+an?)?)\s*$/i;
const CALLED_BEFORE = /\b(?:called|termed|referred\s+to\s+as|known\s+as|defined\s+as|addressed\s+as)(?:\s+the|\s+an?)?\s*$/i;
/** Words after which a quoted phrase is a title or a name, not a term: `Entitled "History"`. */
const TITLE_BEFORE = /\b(?:entitled|titled|named|section|sections|heading|headed|word|words|phrase|marked|label(?:led)?)\s*$/i;
const LEADING = /^(?:the|a|an|this|these)\s+(?=\S)/i;

/** "Appropriate Legal Notices": every word of four letters or more capitalised, some letters lower case. */
function titleCase(words: string): boolean {
  const long = words.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return /^\p{Lu}/u.test(words) && /\p{Ll}/u.test(words) && !/[.!?,;:]$/.test(words) && long.every((w) => /^\p{Lu}/u.test(w));
}

function opensSentence(before: string): boolean {
  return before === '' || /[.:;!?(]$/.test(before);
}

/** The definitions made inside `text` (not a list definition's bold term, which the tree holds). */
export function findDefinitions(text: string): FoundDefinition[] {
  // Most runs of words hold no quotation mark: nothing to find.
  if (!text.includes('"') && !text.includes('“')) return [];
  const out: FoundDefinition[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match[1] as string;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(0, start).trimEnd();
    const after = text.slice(end - 1);
    // The words before the quote, less an article: `A "Revised Edition"`, `The "Program"`.
    const lead = before.replace(/(?:^|\s)(?:the|a|an)$/i, '').trimEnd();
    const defines =
      AFTER.test(after) ||
      // A capitalised term in quotes, not a title named after "entitled" or "Section": drafters quote a term where they define it.
      (titleCase(inner) && (!opensSentence(lead) || inner.includes(' ')) && !TITLE_BEFORE.test(before) && !/["”],?(?:\s+(?:or|and))?$/.test(before) && !/^["”],?\s+(?:(?:or|and)\s+)?["“]/.test(after)) ||
      (opensSentence(lead) && COPULA.test(after)) ||
      (BRACKET_BEFORE.test(before) && /^["”]\s*\)/.test(after)) ||
      CALLED_BEFORE.test(before);
    if (!defines) continue;
    // A quoted term is a name, not a sentence: refuse what holds sentence punctuation.
    const trimmed = inner.replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
    if (trimmed === '' || /[.;:!?]\s/.test(trimmed) || trimmed.split(/\s+/).length > 8) continue;
    const leading = LEADING.exec(trimmed);
    const term = leading ? trimmed.slice(leading[0].length) : trimmed;
    if (!/[\p{L}]/u.test(term)) continue;
    out.push({ term, offset: start + 1 + (inner.length - inner.trimStart().length) + (leading ? leading[0].length : 0), sentenceStart: opensSentence(lead) && !leading });
  }
  return out;
}

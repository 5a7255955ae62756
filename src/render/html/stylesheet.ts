/** The print-ready stylesheet of secdraft's HTML redlines: A4 pages, hanging clause numbers, marks that print. */

/** Nesting levels that step in: nine, as the Word styles do (docs/word-output.md); deeper ones take the ninth's class. */
export const DEEPEST_LEVEL = 9;

/** The class of a paragraph at nesting `level`. */
export function levelClass(level: number): string {
  return `level-${Math.min(level, DEEPEST_LEVEL)}`;
}

/**
 * Each level's left margin: (a) at the clause's words (4em), each level 2.5em further, so that a
 * label hangs where the words of the level above begin; unnumbered words line up with the words
 * of what they close (the clause's, or (a)'s).
 */
function levelRules(): string {
  const rules: string[] = [];
  for (let level = 1; level <= DEEPEST_LEVEL; level++) rules.push(`.paragraph.level-${level}, .definition.level-${level} { margin-left: ${4 + 2.5 * (level - 1)}em; }`);
  for (let level = 0; level <= DEEPEST_LEVEL; level++) rules.push(`.text.level-${level}, table.table.level-${level} { margin-left: ${4 + 2.5 * level}em; }`);
  return rules.join('\n');
}

/** The stylesheet, inlined in every HTML redline. */
export const STYLESHEET = `
@page { size: A4; margin: 2.5cm 2cm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.4; max-width: 48em; margin: 2em auto; color: #000; }
.classification { font-size: 9pt; text-align: center; border-bottom: 1px solid #999; padding-bottom: .5em; }
h1 { font-size: 18pt; margin: 1em 0 .2em; }
.subtitle { font-size: 13pt; font-weight: bold; margin: .2em 0; }
h2 { font-size: 13pt; margin: 1.4em 0 .4em; }
.instruction { font-style: italic; margin: 1em 0 .6em; }
.cross-heading { font-weight: bold; margin: 1em 0 .5em; }
.clause, .paragraph, .definition, .text { margin: .35em 0; }
.clause { padding-left: 4em; text-indent: -4em; }
.clause .lead { display: inline-block; width: 4em; text-indent: 0; }
.paragraph { padding-left: 2.5em; text-indent: -2.5em; }
.paragraph .lead { display: inline-block; width: 2.5em; text-indent: 0; }
${levelRules()}
.definition .lead { font-weight: bold; }
/* Tables line up with the words they stand among; a whole inserted or deleted row is tinted as well as marked. */
table.table { border-collapse: collapse; margin: .5em 0 .5em 4em; font-size: 10.5pt; }
table.table th, table.table td { border: 1px solid #888; padding: .25em .5em; vertical-align: top; text-align: left; }
table.table th { background: #eee; }
table.table tr.inserted { background: #eef3fb; } table.table tr.deleted { background: #fbeef0; }
@media print { table.table tr { break-inside: avoid; } }
ins { text-decoration: underline; color: #1a4fa0; background: none; }
del { text-decoration: line-through; color: #b00020; }
.summary { border: 1px solid #bbb; padding: .6em 1em; margin: 1em 0; font-size: 10pt; background: #f7f7f7; }
.summary h2 { margin-top: 0; font-size: 11pt; }
.summary ul { margin: .3em 0; padding-left: 1.4em; }
@media print { .new-page { break-before: page; } .summary { break-inside: avoid; } ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

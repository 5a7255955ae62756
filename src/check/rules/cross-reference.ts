/**
 * cross-reference: every "Section G3.18", "Section G3.18(a)", "Sections G3.17 to G3.21" or
 * "Sections H4.9 and H4.10" must name a clause (and paragraph) the code holds. A reference into a
 * Section the store does not hold, or past the edge of an extract, cannot be judged: it is one
 * info-level "unresolved external" finding, not an error. In a document numbered by a scheme of
 * its own (`numbering: decimal`: "paragraph 2.3(b)"; `part`: "Part 2"), references in that scheme
 * name clauses of the same document.
 */
import { parseAddress } from '../../model/address.js';
import type { Block, Clause } from '../../model/clause-tree.js';
import { numberingScheme, type NumberingScheme } from '../../model/numbering-scheme.js';
import type { Rule, RuleContext } from '../rule.js';
import { positionAt, type TextUnit } from '../text-units.js';

/** A reference in `scheme` (its number and paragraph labels), and a list of them after the word that introduces one. */
function referencePatterns(scheme: NumberingScheme): { one: string; list: RegExp } {
  const one = `(?:${scheme.number})(?:\\([A-Za-z0-9]{1,4}\\))*`;
  const list = `${one}(?:(?:\\s*,\\s*|\\s+(?:and|or|to)\\s+)${one})*`;
  return { one, list: new RegExp(scheme.referredAs ? `\\b${scheme.referredAs}\\s+(${list})` : `\\b(${list})`, 'g') };
}

const SEC = referencePatterns({ name: 'sec-section', number: '[A-Z]\\d+(?:\\.\\d+)+[A-Z]*', referredAs: 'Sections?', local: false });

/** The clauses a reference may name, by number. */
type Clauses = ReadonlyMap<string, Clause>;

function hasParagraph(clauses: Clauses, number: string, labels: readonly string[]): boolean {
  let node: { children: readonly Block[] } | undefined = clauses.get(number);
  for (const label of labels) node = node?.children.find((b) => b.type === 'paragraph' && b.label === label) as typeof node;
  return node !== undefined;
}

/** Each reference of `patterns` in `unit`: its words and where they stand. */
function* references(unit: TextUnit, patterns: { one: string; list: RegExp }): Generator<{ target: string; offset: number }> {
  for (const match of unit.text.matchAll(patterns.list)) {
    const list = match[1] as string;
    const listOffset = match.index + match[0].length - list.length;
    for (const ref of list.matchAll(new RegExp(patterns.one, 'g'))) yield { target: ref[0], offset: listOffset + ref.index };
  }
}

/** References in a document's own scheme, resolved in that document. */
function checkLocal(context: RuleContext, unit: TextUnit, patterns: { one: string; list: RegExp }, clauses: Clauses, extract: boolean): void {
  for (const { target, offset } of references(unit, patterns)) {
    const parsed = parseAddress(target);
    if (!parsed) continue;
    const position = positionAt(unit, offset);
    const data = { reference: target, clause: parsed.number, section: unit.section };
    if (extract && !clauses.has(parsed.number)) {
      context.report({ messageId: 'localExternal', data, address: unit.address, position, severity: 'info', quote: target });
    } else if (!clauses.has(parsed.number)) {
      context.report({ messageId: 'localNoClause', data, address: unit.address, position, quote: target });
    } else if (!hasParagraph(clauses, parsed.number, parsed.labels)) {
      context.report({ messageId: 'localNoParagraph', data, address: unit.address, position, quote: target });
    }
  }
}

function check(context: RuleContext): void {
  const { version } = context;
  const held = new Set(version.files.map((f) => f.section.id));
  const byNumber = new Map(context.clauses.map((c) => [c.number, c]));
  const numbers = new Set(byNumber.keys());
  // Documents numbered in a scheme of their own: their references, and their clauses.
  const local = new Map(
    version.files.flatMap((file) => {
      const scheme = numberingScheme(file.meta.numbering);
      if (!scheme?.local) return [];
      const clauses = new Map(file.section.headings.flatMap((h) => h.clauses.map((c) => [c.number, c] as const)));
      return [[file.section.id, { patterns: referencePatterns(scheme), clauses, extract: file.meta.extract }] as const];
    }),
  );
  for (const unit of context.units) {
    const own = local.get(unit.section);
    if (own) checkLocal(context, unit, own.patterns, own.clauses, own.extract);
    for (const { target, offset } of references(unit, SEC)) {
      const parsed = parseAddress(target);
      if (!parsed) continue;
      const position = positionAt(unit, offset);
      const section = parsed.number.charAt(0);
      if (!held.has(section) || (version.extract && !numbers.has(parsed.number))) {
        context.report({ messageId: 'external', data: { reference: target, section }, address: unit.address, position, severity: 'info', quote: target });
        continue;
      }
      if (!numbers.has(parsed.number)) {
        context.report({ messageId: 'noClause', data: { reference: target, clause: parsed.number }, address: unit.address, position, quote: target });
      } else if (!hasParagraph(byNumber, parsed.number, parsed.labels)) {
        context.report({ messageId: 'noParagraph', data: { reference: target, clause: parsed.number }, address: unit.address, position, quote: target });
      }
    }
  }
}

export const crossReference: Rule = {
  meta: {
    id: 'cross-reference',
    type: 'problem',
    description: 'References to clauses and paragraphs must resolve',
    defaultSeverity: 'error',
    messages: {
      noClause: 'Section {{reference}} refers to clause {{clause}}, which does not exist',
      noParagraph: 'Section {{reference}} refers to a paragraph that {{clause}} does not have',
      external: 'Section {{reference}} cannot be checked: the store holds no {{section}} text for it (unresolved external)',
      localNoClause: '{{reference}} refers to clause {{clause}}, which Section {{section}} does not hold',
      localNoParagraph: '{{reference}} refers to a paragraph that {{clause}} of Section {{section}} does not have',
      localExternal: '{{reference}} cannot be checked: Section {{section}} is an extract (unresolved external)',
    },
  },
  check,
};

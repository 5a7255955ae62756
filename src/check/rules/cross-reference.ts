/**
 * cross-reference: every "Section G3.18", "Section G3.18(a)", "Sections G3.17 to G3.21" or
 * "Sections H4.9 and H4.10" must name a clause (and paragraph) the code holds. A reference into a
 * Section the store does not hold, or past the edge of an extract, cannot be judged: it is one
 * info-level "unresolved external" finding, not an error.
 */
import { parseAddress } from '../../model/address.js';
import type { Block } from '../../model/clause-tree.js';
import type { Rule, RuleContext } from '../rule.js';
import { positionAt } from '../text-units.js';

const REF = '[A-Z]\\d+(?:\\.\\d+)+[A-Z]*(?:\\([A-Za-z0-9]{1,4}\\))*';
const REFERENCE = new RegExp(`\\bSections?\\s+(${REF}(?:(?:\\s*,\\s*|\\s+(?:and|or|to)\\s+)${REF})*)`, 'g');

function check(context: RuleContext): void {
  const { version } = context;
  const held = new Set(version.files.map((f) => f.section.id));
  const byNumber = new Map(context.clauses.map((c) => [c.number, c]));
  const numbers = new Set(byNumber.keys());
  const hasParagraph = (number: string, labels: readonly string[]) => {
    let node: { children: readonly Block[] } | undefined = byNumber.get(number);
    for (const label of labels) node = node?.children.find((b) => b.type === 'paragraph' && b.label === label) as typeof node;
    return node !== undefined;
  };
  for (const unit of context.units) {
    for (const match of unit.text.matchAll(REFERENCE)) {
      const list = match[1] as string;
      const listOffset = match.index + match[0].length - list.length;
      for (const ref of list.matchAll(new RegExp(REF, 'g'))) {
        const target = ref[0];
        const parsed = parseAddress(target);
        if (!parsed) continue;
        const position = positionAt(unit, listOffset + ref.index);
        const section = parsed.number.charAt(0);
        if (!held.has(section) || (version.extract && !numbers.has(parsed.number))) {
          context.report({ messageId: 'external', data: { reference: target, section }, address: unit.address, position, severity: 'info', quote: target });
          continue;
        }
        if (!numbers.has(parsed.number)) {
          context.report({ messageId: 'noClause', data: { reference: target, clause: parsed.number }, address: unit.address, position, quote: target });
        } else if (!hasParagraph(parsed.number, parsed.labels)) {
          context.report({ messageId: 'noParagraph', data: { reference: target, clause: parsed.number }, address: unit.address, position, quote: target });
        }
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
    },
  },
  check,
};

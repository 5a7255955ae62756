/** Every rule, alphabetised: an explicit list, so that adding a rule is one visible line. */
import type { Rule } from '../rule.js';
import { crossReference } from './cross-reference.js';
import { definedTerm } from './defined-term.js';
import { listConjunction } from './list-conjunction.js';
import { numbering } from './numbering.js';
import { parallelQualifier } from './parallel-qualifier.js';
import { termVariant } from './term-variant.js';

export const rules: readonly Rule[] = [crossReference, definedTerm, listConjunction, numbering, parallelQualifier, termVariant];

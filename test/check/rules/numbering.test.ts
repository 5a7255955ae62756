import { testRule } from '../run-rule.js';

testRule('numbering');

import { testRule } from '../run-rule.js';

testRule('term-variant');

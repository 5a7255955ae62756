import { testRule } from '../run-rule.js';

testRule('cross-reference');

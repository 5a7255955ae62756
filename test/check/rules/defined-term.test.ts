import { testRule } from '../run-rule.js';

testRule('defined-term');

import { testRule } from '../run-rule.js';

testRule('parallel-qualifier');

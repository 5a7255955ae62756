import { testRule } from '../run-rule.js';

testRule('list-conjunction');

/**
The explicit rule catalog, sorted by id (ESLint lib/rules/index.js): a rule runs only when listed
here, and test/rules/catalog.test.ts fails when a rule file, its docs or its tests are missing.
*/
import type {Rule} from './rule.js';

export const RULES: Record<string, Rule> = {};

export { planFill } from './plan';
export { derivations } from './relations';
export { formulaFor, sameFormula } from './formula';
export { readJournal, isToolContent } from './journal';
export type * from './types';

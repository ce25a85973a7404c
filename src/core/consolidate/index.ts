/** 汇总: a department's tables as the exact sum of its units', and a submitted department checked against them. */
export * from './types';
export * from './sum';
export * from './verify';
export * from './behind';
export * from './units';

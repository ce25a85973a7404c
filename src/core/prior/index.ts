/** 上年数: last year's workbook → this year's 补充信息 上年 lines, 科目 changes and reason hints. */
export * from './sources';
export * from './subjects';
export * from './hints';
export * from './plan';
export * from './lint-disclosure';
export * from './years';

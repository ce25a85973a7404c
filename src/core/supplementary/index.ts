/** 补充信息: the table-external inputs part 三 needs (schema, template plan, reader). */
export * from './schema';
export * from './template';
export * from './read';

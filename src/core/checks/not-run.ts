import { TABLE_DEFS } from '../profiles/tables';
import { TABLE_IDS, type Disclosure, type TableId, type TableModel } from '../model/types';
import type { Finding, Rule } from './types';

/**
 * Checks say what they could not check: while a rule runs, every table it asks for that the workbook lacks, and
 * every field it asks for that the mapping reported missing, is noted; a rule that lacked an input is listed as not
 * run (or not fully run, when it still found something), with the reason, so that a clean result is never read as
 * “all checked”. Nothing is asked of the rules themselves: the disclosure they read is watched.
 */

export const NOT_RUN_RULE = 'check.not-run';

/** What a rule asked for and did not get, in an accountant's words. */
export type Lacks = Set<string>;

/** The disclosure as one rule sees it, noting what it asks for and does not find. */
export function watchedDisclosure(d: Disclosure, lacks: Lacks): Disclosure {
  const wrapped = new Map<TableId, TableModel>();
  const tables = new Proxy(d.tables, {
    get(target, key, receiver) {
      const t = Reflect.get(target, key, receiver) as TableModel | undefined;
      if (typeof key !== 'string' || !TABLE_IDS.includes(key as TableId)) return t;
      const id = key as TableId;
      if (!t) {
        lacks.add(`缺少${TABLE_DEFS[id].title}`);
        return t;
      }
      if (!t.missing?.length) return t;
      let w = wrapped.get(id);
      if (!w) wrapped.set(id, (w = watchedTable(t, lacks)));
      return w;
    },
  });
  return { ...d, tables };
}

function watchedTable(t: TableModel, lacks: Lacks): TableModel {
  const missing = new Map((t.missing ?? []).map((k) => [k, true]));
  const items = new Proxy(t.items, {
    get(target, key, receiver) {
      const f = Reflect.get(target, key, receiver);
      if (f === undefined && typeof key === 'string' && missing.has(key))
        lacks.add(`${t.sheet}（${TABLE_DEFS[t.id].title}）未找到栏目“${t.missingNames?.[key] ?? key}”`);
      return f;
    },
  });
  return { ...t, items };
}

/** The not-run finding of a rule (undefined when it had every input). */
export function notRunFinding(rule: Rule, lacks: Lacks, found: number): Finding | undefined {
  if (lacks.size === 0) return undefined;
  const how = found > 0 ? '未完全运行' : '未运行';
  return {
    rule: NOT_RUN_RULE,
    severity: 'info',
    message: `核对“${rule.meta.title}”（${rule.meta.id}）${how}：${[...lacks].join('；')}`,
    cells: [],
    suggestion: '补齐所缺的表或栏目（或在“映射”中更正其位置）后重新校验',
    fingerprint: `${NOT_RUN_RULE}|${rule.meta.id}`,
  };
}

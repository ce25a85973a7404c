import { refToString } from '../../core/grid/grid';
import { TABLE_DEFS } from '../../core/profiles/tables';
import { PROFILES } from '../../core/profiles/profiles';
import type { Analysis } from '../../core/engine';
import { analyseGrid } from '../../core/engine';
import { clearOverridePlan, mappingOverridePlan, parseOverride } from '../../core/mapping/override';
import { TABLE_IDS, type TableId } from '../../core/model/types';
import { gridFromWorkbook } from '../../io/workbook';
import { CliError, flagString, type CliIO, type Command, type ParsedArgs } from '../command';
import { loadWorkbook } from '../load';
import { openForWrite, writePlan } from '../write-workbook';
import { table } from '../format';

const USAGE =
  'juesuan map <file.xlsx> [--json] [--profile hunan-2021|shanghai-2024]   |   juesuan map <in.xlsx> --set T05=工作表!A1:F40 -o <out.xlsx>   |   juesuan map <in.xlsx> --clear T05 -o <out.xlsx>';

/** The JSON shape of `map --json` (documented in the README). */
export function mappingJson(a: Analysis) {
  return {
    profile: a.mapping.profile,
    tables: [
      ...a.mapping.tables.map((t) => ({
        id: t.id,
        title: t.title,
        sheet: t.sheet,
        range: t.range,
        unit: t.unit,
        found: true,
        confidence: t.confidence,
        rows: t.rows.length,
        missing: t.missing,
      })),
      ...a.mapping.notFound.map((id) => ({
        id,
        title: TABLE_DEFS[id].title,
        sheet: null,
        range: null,
        unit: null,
        found: false,
        confidence: 0,
        rows: 0,
        missing: [],
      })),
    ].sort((x, y) => x.id.localeCompare(y.id)),
    problems: a.disclosure.problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      message: p.message,
      cell: p.cell ? refToString(p.cell) : null,
    })),
  };
}

export function mappingText(a: Analysis): string {
  const j = mappingJson(a);
  const lines = [`模板：${PROFILES[a.mapping.profile].name}（${a.mapping.profileReason}）`];
  if (a.disclosure.unitName)
    lines.push(`单位：${a.disclosure.unitName}${a.disclosure.year ? `，年度：${a.disclosure.year}` : ''}`);
  lines.push(
    table(
      ['表', '表名', '工作表', '区域', '单位', '科目行', '可信度', '缺少'],
      j.tables.map((t) => [
        t.id,
        TABLE_DEFS[t.id as keyof typeof TABLE_DEFS].title,
        t.found ? String(t.sheet) : '未找到',
        t.range ?? '',
        t.unit ?? '',
        t.found ? String(t.rows) : '',
        t.found ? `${Math.round(t.confidence * 100)}%` : '',
        t.missing.join('、'),
      ]),
    ),
  );
  if (j.problems.length) {
    lines.push(`\n问题（${j.problems.length}）：`);
    for (const p of j.problems) lines.push(`  [${severityLabel(p.severity)}] ${p.message}`);
  } else lines.push('\n未发现读取问题。');
  return lines.join('\n');
}

export function severityLabel(s: string): string {
  return ({ error: '错误', warning: '警告', info: '提示', rounding: '舍位' } as Record<string, string>)[s] ?? s;
}

export const mapCommand: Command = {
  name: 'map',
  summary: '识别工作簿中的九张公开表及各栏目位置（map tables and fields）',
  usage: USAGE,
  async run(args, io) {
    const set = flagString(args, 'set');
    const clear = flagString(args, 'clear');
    if (set !== undefined || clear !== undefined) return correct(args, io, set, clear);
    const a = await loadWorkbook(args, USAGE);
    io.out(args.flags.json ? JSON.stringify(mappingJson(a), null, 2) : mappingText(a));
    return 0;
  },
};

/**
 * Stores a mapping correction with the workbook (or removes one), so every later run — CLI, add-in, web page —
 * maps that table where the user said; prints the resulting mapping of the output file.
 */
async function correct(args: ParsedArgs, io: CliIO, set?: string, clear?: string): Promise<number> {
  const override = set === undefined ? undefined : parseOverride(set);
  if (typeof override === 'string') throw new CliError(override);
  if (clear !== undefined && !TABLE_IDS.includes(clear as TableId))
    throw new CliError(`--clear 应为表号 T01–T09：${clear}（unknown table id）`);
  const w = await openForWrite(args, io, USAGE);
  let plan;
  try {
    plan = override ? mappingOverridePlan(w.grid, override) : clearOverridePlan(w.grid, clear as TableId);
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : String(e)}（bad mapping correction）`);
  }
  await writePlan(w, plan, io);
  const after = analyseGrid(gridFromWorkbook(w.workbook));
  io.out(
    (override
      ? `已保存更正：${TABLE_DEFS[override.table].title} → ${override.sheet}!${override.range}`
      : `已取消 ${TABLE_DEFS[clear as TableId].title} 的更正，恢复自动识别`) +
      `\n已写入：${w.output}\n\n${mappingText(after)}`,
  );
  return 0;
}

import ExcelJS from 'exceljs';
import { findingJson, summaryLine, verdict } from '../core/checks/format';
import { SEVERITY_NAMES, type CheckResult } from '../core/checks/types';
import { Dec } from '../core/decimal/dec';
import { formulaSafe } from './report-csv';

export interface ReportInfo {
  /** The workbook checked (shown, not linked). */
  readonly file: string;
  /** ISO date-time of the check. */
  readonly checkedAt: string;
}

/**
 * Text for a report cell. A text starting with = + - @ (or a tab/CR) is what spreadsheet formula injection uses:
 * prefix an apostrophe so no spreadsheet program can take it for a formula (also once the sheet is saved as CSV).
 */
export function safeText(s: string): string {
  return formulaSafe(s);
}

/** An exact decimal shown as a number cell (display only; the text of the finding keeps the exact value). */
function amount(s: string | undefined): number | null {
  return s === undefined ? null : Dec.from(s).toNumber();
}

const HEADERS: readonly [string, number][] = [
  ['序号', 6],
  ['严重程度', 10],
  ['规则', 24],
  ['说明', 80],
  ['涉及单元格', 30],
  ['应为', 14],
  ['实为', 14],
  ['差额', 14],
  ['舍位容差', 12],
  ['建议', 50],
  ['已说明原因', 40],
];

/** The check report as an .xlsx workbook: a summary sheet and one row per finding (cells as text, no links). */
export function buildReportWorkbook(result: CheckResult, info: ReportInfo): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算公开助手 juesuan';
  const sum = wb.addWorksheet('校验摘要');
  sum.columns = [{ width: 16 }, { width: 70 }];
  const s = result.summary;
  const rows: [string, string | number][] = [
    ['工作簿', safeText(info.file)],
    ['校验时间', safeText(info.checkedAt)],
    ['结论', verdict(s)],
    ['错误', s.error],
    ['警告', s.warning],
    ['舍位差异', s.rounding],
    ['提示', s.info],
    ['已说明', s.accepted],
    ['合计', summaryLine(s)],
  ];
  for (const r of rows) sum.addRow(r);
  sum.getColumn(1).font = { bold: true };

  const ws = wb.addWorksheet('校验结果');
  ws.columns = HEADERS.map(([header, width]) => ({ header, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  result.findings.forEach((f, i) => {
    const j = findingJson(f);
    const row = ws.addRow([
      i + 1,
      f.waiver ? `${SEVERITY_NAMES[f.severity]}（已说明）` : SEVERITY_NAMES[f.severity],
      safeText(j.rule),
      safeText(j.message),
      safeText(j.cells.join('、')),
      amount(j.expected),
      amount(j.actual),
      amount(j.difference),
      amount(j.tolerance),
      safeText(j.suggestion ?? ''),
      safeText(f.waiver ? `${f.waiver.reason}${f.waiver.by ? `（${f.waiver.by}，${f.waiver.at}）` : ''}` : ''),
    ]);
    for (const c of [6, 7, 8, 9]) row.getCell(c).numFmt = '0.00##';
    row.alignment = { vertical: 'top', wrapText: true };
  });
  return wb;
}

export async function reportXlsxBuffer(result: CheckResult, info: ReportInfo): Promise<Uint8Array> {
  const out = await buildReportWorkbook(result, info).xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

export async function writeReportXlsx(path: string, result: CheckResult, info: ReportInfo): Promise<void> {
  await buildReportWorkbook(result, info).xlsx.writeFile(path);
}

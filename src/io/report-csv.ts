import { findingJson } from '../core/checks/format';
import { SEVERITY_NAMES, type CheckResult } from '../core/checks/types';

/**
 * The check report as CSV (UTF-8 with BOM so Excel shows the Chinese, CRLF, every field quoted). Text that a
 * spreadsheet would run as a formula is neutralised by the OWASP CSV-injection rule: a field starting with
 * = + - @ tab or CR (or their full-width forms) gets a leading apostrophe; amounts are plain decimal numbers.
 */

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Text that cannot start a formula: an apostrophe before a leading = + - @ tab or CR. */
export function formulaSafe(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One CSV field: always quoted, quotes doubled; text made formula-safe, a plain decimal number left as it is. */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  const safe = PLAIN_NUMBER.test(s) ? s : formulaSafe(s);
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_HEADERS = [
  '序号',
  '严重程度',
  '规则',
  '说明',
  '涉及单元格',
  '应为',
  '实为',
  '差额',
  '舍位容差',
  '建议',
  '已说明原因',
] as const;

export function reportCsv(result: CheckResult): string {
  const lines = [CSV_HEADERS.map(csvField).join(',')];
  result.findings.forEach((f, i) => {
    const j = findingJson(f);
    lines.push(
      [
        i + 1,
        f.waiver ? `${SEVERITY_NAMES[f.severity]}（已说明）` : SEVERITY_NAMES[f.severity],
        j.rule,
        j.message,
        j.cells.join('、'),
        j.expected,
        j.actual,
        j.difference,
        j.tolerance,
        j.suggestion ?? '',
        f.waiver ? `${f.waiver.reason}${f.waiver.by ? `（${f.waiver.by}，${f.waiver.at}）` : ''}` : '',
      ]
        .map(csvField)
        .join(','),
    );
  });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

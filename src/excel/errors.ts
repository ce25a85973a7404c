/**
 * Office.js errors in the user's words. Microsoft: "Error messages are not intended for end users. Use the error
 * code and appropriate business logic to determine the error message your add-in shows" (Learn, "Error handling
 * with the application-specific JavaScript APIs"); `error.message` is localized developer text. So every error that
 * leaves the gateway carries a Chinese message chosen by `error.code` (Excel.ErrorCodes, OfficeExtension.ErrorCodes),
 * with what to do next, and keeps the code and Excel's own text for a bug report.
 */

/** Chinese reason and what to do, per error code. */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    'Excel 正处于单元格编辑状态（有单元格正在输入）。请按 Enter 或 Esc 结束编辑，然后重试。',
  AccessDenied:
    '工作表或工作簿受保护，Excel 拒绝修改。请在「审阅 → 撤销工作表保护 / 保护工作簿」中取消保护（需要密码时请联系设置保护的人），然后重试。',
  ItemNotFound: '找不到要操作的工作表或区域：它可能已被改名或删除。请按「重新读取工作簿」后重试。',
  ItemAlreadyExists: '工作簿中已有同名的工作表。请按「重新读取工作簿」后重试。',
  RequestPayloadSizeLimitExceeded:
    '一次发送给 Excel 的数据超过了网页版 Excel 的 5 MB 上限。请重试（本工具会分批发送）；如仍失败，请改用桌面版 Excel 或网页版工具。',
  ResponsePayloadSizeLimitExceeded:
    'Excel 一次返回的数据超过了网页版 Excel 的 5 MB 上限。请重试；如仍失败，请删除多余的空行空列，或改用桌面版 Excel 或网页版工具。',
  InvalidOperation:
    'Excel 不允许这个操作（例如隐藏的工作表不能激活、深度隐藏的工作表不能删除）。请按「重新读取工作簿」后重试。',
  InvalidArgument: 'Excel 认为请求的参数无效（可能是区域地址超出工作表范围）。请按「重新读取工作簿」后重试。',
  InvalidReference: 'Excel 认为引用的区域无效。请按「重新读取工作簿」后重试。',
  InvalidSelection: '当前选择不是一个单元格区域（可能选中了图表、形状或多个区域）。请选中一个区域后重试。',
  MergedRangeConflict: '要写入的区域与合并单元格冲突。请检查相应表格的合并单元格后重试。',
  FilteredRangeConflict: '要写入的区域处于筛选状态。请先清除筛选（数据 → 清除）后重试。',
  PivotTableRangeConflict: '要写入的区域与数据透视表重叠。请移开数据透视表后重试。',
  InsertDeleteConflict: '要写入的区域与插入或删除行列的操作冲突。请稍候重试。',
  RangeExceedsLimit: '区域的单元格数超过了 Excel 单次操作的上限。请删除多余的行列后重试。',
  OperationCellsExceedLimit: '操作涉及的单元格数超过了 Excel 的上限。请删除多余的行列后重试。',
  FormulaLengthExceedsLimit: '公式长度超过了 Excel 的上限。',
  Conflict: '工作簿正被他人同时编辑，发生冲突。请稍候重试。',
  RequestAborted: 'Excel 中止了请求（可能正忙或正在保存）。请稍候重试。',
  ActivityLimitReached: 'Excel 暂时拒绝了过多的请求。请稍候重试。',
  ApiNotFound: '当前 Excel 版本不支持本加载项需要的功能。请更新 Office，或改用网页版工具。',
  NotImplemented: '当前 Excel 版本不支持本加载项需要的功能。请更新 Office，或改用网页版工具。',
  UnsupportedFeature: '当前 Excel 版本不支持本加载项需要的功能。请更新 Office，或改用网页版工具。',
  UnsupportedOperation: '当前 Excel 版本不支持本加载项需要的功能。请更新 Office，或改用网页版工具。',
  InactiveWorkbook: '工作簿不在前台。请切换到该工作簿窗口后重试。',
  GeneralException: 'Excel 内部出错。请保存工作簿，稍候重试；如仍失败，请关闭并重新打开工作簿。',
};

/** An error from Excel with its code, shown to the user in Chinese; `detail` is Excel's own (developer) text. */
export class ExcelGatewayError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(message);
    this.name = 'ExcelGatewayError';
  }
}

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The reason in Chinese for an error code (a generic one, naming the code, for codes not listed). */
export function reasonFor(e: unknown): string {
  const code = errorCode(e);
  if (code && MESSAGES[code]) return MESSAGES[code];
  return code
    ? `Excel 报告错误（代码 ${code}）。请保存工作簿后重试；如仍失败，请把此代码反馈给开发者。`
    : `操作失败：${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The error the gateway throws: `step` says what was being done ("读取工作表内容"), then the reason by code. Our own
 * errors (already Chinese, no code) and timeouts pass through unchanged.
 */
export function explain(e: unknown, step: string): Error {
  if (e instanceof ExcelGatewayError || (e instanceof Error && e.name === 'ExcelTimeoutError')) return e;
  const code = errorCode(e);
  if (!code && e instanceof Error) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new ExcelGatewayError(`${step}失败：${reasonFor(e)}（Excel 错误代码 ${code ?? '无'}）`, code, detail);
}

/** Is this Excel's refusal of a too-large request or response (Excel on the web's 5 MB limit)? */
export function isPayloadError(e: unknown): boolean {
  const code = errorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

import { GridReadError } from './limits';

/**
 * Legacy .xls (Excel 97-2003, BIFF8) — still what many 决算软件 export and many published attachments are. SheetJS
 * Community Edition (npm `@e965/xlsx`, loaded only when such a file arrives: a lazy chunk on the web page) reads
 * it and writes the same workbook as .xlsx; from then on the tool works on those .xlsx bytes like any other file
 * (the lean reader for the Grid, ExcelJS for writing), so whatever it writes is an .xlsx and the caller says so.
 * An encrypted .xls (a FILEPASS record) is refused with the same message as an encrypted .xlsx.
 */

/** Why a file was converted: the note the CLI prints and the web page shows. */
export function xlsNote(name: string): string {
  return `${name} 是旧版 Excel 97-2003（.xls）文件，已转换为 .xlsx 读取；写出的结果均为 .xlsx 文件（legacy .xls read via conversion; output is written as .xlsx）`;
}

export function isXlsName(name: string): boolean {
  return /\.xls$/i.test(name);
}

/** The .xlsx name a converted .xls is saved under ("表.xls" → "表.xlsx"). */
export function xlsxNameOf(name: string): string {
  return isXlsName(name) ? name.replace(/\.xls$/i, '.xlsx') : name;
}

export async function xlsToXlsx(buf: Uint8Array, name: string): Promise<Uint8Array> {
  const XLSX = await import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx');
  let out: unknown;
  try {
    const wb = XLSX.read(buf, { type: 'array', cellFormula: true, cellNF: true, cellDates: false, dense: true });
    out = XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: true, compression: true });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    if (/password|encrypt/i.test(why))
      throw new GridReadError(
        'encrypted',
        `${name} 设有打开密码（已加密），请在 Excel 中“文件 > 信息 > 保护工作簿”取消密码后另存为 .xlsx 再试（password-protected workbook: remove the password and save again）`,
      );
    throw new GridReadError(
      'corrupt',
      `${name} 是旧版 .xls 文件，但已损坏或无法识别，请在 Excel 中打开后另存为 .xlsx 再试（corrupt legacy .xls: ${why.replace(/[（）\r\n]+/g, ' ')}）`,
    );
  }
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

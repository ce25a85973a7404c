import type ExcelJS from 'exceljs';

/**
 * ExcelJS for the reviewer's workbooks, loaded on first use: in the CLI a require, on the web page the same lazy
 * "exceljs" chunk as src/io/workbook.ts (a static import would put ExcelJS in the batch chunk and clash with it).
 */
export async function loadExcelJS(): Promise<typeof ExcelJS> {
  const { default: ExcelJSModule } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  return ExcelJSModule;
}

import { ExcelGatewayError, explain, isPayloadError, reasonFor } from '../../src/excel/errors';
import { ExcelTimeoutError } from '../../src/excel/timeout';
import { excelError } from './fake-excel';

/** Excel's error codes become Chinese reasons with what to do; Excel's own message is kept only as detail. */
describe('explain', () => {
  it.each([
    ['InvalidOperationInCellEditMode', '单元格编辑状态'],
    ['AccessDenied', '受保护'],
    ['ItemNotFound', '已被改名或删除'],
    ['RequestPayloadSizeLimitExceeded', '5 MB'],
    ['ResponsePayloadSizeLimitExceeded', '5 MB'],
    ['GeneralException', 'Excel 内部出错'],
  ])('%s → a Chinese reason (%s), the step, and the code', (code, words) => {
    const e = explain(excelError(code, 'The developer text in English.'), '读取工作表内容');
    expect(e).toBeInstanceOf(ExcelGatewayError);
    expect(e.message.startsWith('读取工作表内容失败：')).toBe(true);
    expect(e.message).toContain(words);
    expect(e.message).toContain(`Excel 错误代码 ${code}`);
    expect(e.message).not.toContain('developer text');
    expect((e as ExcelGatewayError).detail).toBe('The developer text in English.');
  });

  it('an unknown code is named, never hidden', () => {
    expect(reasonFor(excelError('SomethingNew'))).toContain('代码 SomethingNew');
  });

  it('passes our own Chinese errors and timeouts through unchanged', () => {
    const own = new Error('工作簿中已有工作表 「x」，未做任何修改。');
    expect(explain(own, '写入')).toBe(own);
    const t = new ExcelTimeoutError('读取', 10);
    expect(explain(t, '写入')).toBe(t);
  });

  it('recognises the payload refusals', () => {
    expect(isPayloadError(excelError('ResponsePayloadSizeLimitExceeded'))).toBe(true);
    expect(isPayloadError(excelError('AccessDenied'))).toBe(false);
  });
});

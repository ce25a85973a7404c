/**
 * @jest-environment jsdom
 */
import { downloadBytes, downloadsWork, macDownloadMessage, MIME } from '../../src/taskpane/download';

/**
 * Excel for Mac ignores blob downloads (office-js#2700, #3385, #4681): there downloadBytes says what to do instead
 * of silently doing nothing; elsewhere it clicks a download link.
 */
const setPlatform = (platform: string | undefined) => {
  (globalThis as { Office?: unknown }).Office =
    platform === undefined ? undefined : { context: { diagnostics: { platform } } };
};

afterEach(() => setPlatform(undefined));

test('Excel for Mac: no download link is clicked; the error names the alternatives and the web page', () => {
  setPlatform('Mac');
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  expect(downloadsWork()).toBe(false);
  expect(() => downloadBytes('<html></html>', 'r.html', MIME.html)).toThrow('Excel for Mac 的任务窗格不能下载文件');
  expect(click).not.toHaveBeenCalled();
  expect(macDownloadMessage()).toContain('插入为工作表');
  expect(macDownloadMessage()).toContain('复制文字');
  expect(macDownloadMessage()).toMatch(/http:\/\/localhost\/index\.html/);
  click.mockRestore();
});

test.each(['PC', 'OfficeOnline', undefined])('platform %s (or outside Office): the link is clicked', (p) => {
  setPlatform(p);
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => 'blob:x';
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  expect(downloadsWork()).toBe(true);
  downloadBytes('x', 'a.txt', 'text/plain');
  expect(click).toHaveBeenCalledTimes(1);
  click.mockRestore();
});

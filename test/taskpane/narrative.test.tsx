/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { blobBytes, downloads } from './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell, refToString } from '../../src/core/grid/grid';
import { draftNarrative, partThreeTitle } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { draftTokens, paragraphText } from '../../src/core/narrative/types';
import { readDocxText } from '../../src/io/docx-text';
import ExcelJS from 'exceljs';
import { gridFromWorkbook } from '../../src/io/workbook';
import { FileGateway } from '../../src/web/file-gateway';
import { idle, openSample, openTab, renderPane, sampleBytes, SAMPLES } from './harness';

describe.each(SAMPLES)('说明 on %s', (sample) => {
  test('every figure of the draft is highlighted with its source cells; clicking one selects them', async () => {
    const gateway = await openSample(sample);
    const draft = draftNarrative(analyseGrid(await gateway.read()).disclosure);
    const tokens = draftTokens(draft.paragraphs);
    const select = jest.spyOn(gateway, 'select');
    await renderPane(gateway);
    const panel = await openTab('narrative');

    const shown = within(panel).getAllByTestId('figure-token');
    expect(shown.map((b) => b.textContent)).toEqual(tokens.map((t) => t.text));
    shown.forEach((b, i) => {
      const refs = tokens[i].sources.map(refToString);
      expect(b.dataset.sources).toBe(refs.join(','));
      for (const r of refs) expect(b.title).toContain(r);
    });
    expect(within(panel).getAllByTestId('placeholder-item')).toHaveLength(draft.placeholders.length);
    expect(screen.getByTestId('placeholder-count').textContent).toBe(String(draft.placeholders.length));

    const i = tokens.findIndex((t) => t.sources.length > 1);
    fireEvent.click(shown[i]);
    await waitFor(() => expect(select).toHaveBeenCalledWith(tokens[i].sources));

    // Pointing at a figure (mouse or keyboard focus) previews its cells; leaving clears the preview.
    const pointed: string[][] = [];
    gateway.onPreview((refs) => pointed.push(refs.map(refToString)));
    fireEvent.mouseEnter(shown[0]);
    fireEvent.mouseLeave(shown[0]);
    fireEvent.focus(shown[1]);
    expect(pointed).toEqual([tokens[0].sources.map(refToString), [], tokens[1].sources.map(refToString)]);
  });
});

test('the profile choice redrafts in the Shanghai format', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const disclosure = analyseGrid(await gateway.read()).disclosure;
  const shanghai = draftTokens(draftNarrative(disclosure, { profile: 'shanghai-2024' }).paragraphs);
  await renderPane(gateway);
  const panel = await openTab('narrative');
  fireEvent.click(within(panel).getByLabelText('上海 2024 模板（十一部分说明）'));
  await waitFor(() =>
    expect(
      within(panel)
        .getAllByTestId('figure-token')
        .map((b) => b.textContent),
    ).toEqual(shanghai.map((t) => t.text)),
  );
});

test('insert as a 情况说明 sheet, copy the text and download the .docx', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const draft = draftNarrative(analyseGrid(await gateway.read()).disclosure);
  await renderPane(gateway);
  const panel = await openTab('narrative');

  fireEvent.click(within(panel).getByRole('button', { name: '插入为「情况说明」工作表' }));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已写入：情况说明工作表'));
  await idle();
  let sheet = findSheet(await gateway.read(), '情况说明')!;
  expect(sheet).toBeDefined();
  // Row 1 is the part's title; the paragraphs follow.
  expect(getCell(sheet, 1, 1)?.value).toBe(partThreeTitle(draft));
  expect(getCell(sheet, 2, 1)?.value).toBe(paragraphText(draft.paragraphs[0]));
  expect(getCell(sheet, draft.paragraphs.length + 1, 1)?.value).toBe(paragraphText(draft.paragraphs.at(-1)!));
  // Again: the sheet exists now and is rewritten in place.
  fireEvent.click(within(panel).getByRole('button', { name: '插入为「情况说明」工作表' }));
  await idle();
  expect(screen.queryByTestId('error')).toBeNull();
  sheet = findSheet(await gateway.read(), '情况说明')!;
  expect(getCell(sheet, 3, 1)?.value).toBe(paragraphText(draft.paragraphs[1]));

  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (t: string) => void copied.push(t) },
  });
  fireEvent.click(within(panel).getByRole('button', { name: '复制文字' }));
  await waitFor(() => expect(copied).toEqual([renderText(draft)]));

  const count = downloads.length;
  fireEvent.click(within(panel).getByRole('button', { name: '下载 Word (.docx)' }));
  await waitFor(() => expect(downloads.length).toBe(count + 1), { timeout: 20000 });
  const d = downloads.at(-1)!;
  expect(d.name).toBe('heshan-jdfw-2021-情况说明.docx');
  const text = await readDocxText(await blobBytes(d.blob));
  expect(text).toContain(paragraphText(draft.paragraphs.find((p) => p.role === 'text')!).slice(0, 30));
});

test('the whole disclosure document downloads as published: parts in order, the tables with the workbook’s numbers', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const disclosure = analyseGrid(await gateway.read()).disclosure;
  await renderPane(gateway);
  const panel = await openTab('narrative');
  const count = downloads.length;
  fireEvent.click(within(panel).getByRole('button', { name: '下载完整公开文档 (.docx)' }));
  await waitFor(() => expect(downloads.length).toBe(count + 1), { timeout: 60000 });
  const d = downloads.at(-1)!;
  expect(d.name).toBe('heshan-zfb-2021-部门决算公开.docx');
  const text = await readDocxText(await blobBytes(d.blob));
  const at = ['第一部分', '第二部分', '第三部分', '第四部分'].map((p) => text.lastIndexOf(p));
  expect(at.every((x, i) => x >= 0 && (i === 0 || x > at[i - 1]))).toBe(true);
  expect(text).toContain('公开01表');
  expect(text).toContain(disclosure.tables.T01!.items['income.grand'].value.toFixed(2));
}, 120000);

test('each gap to fill leads to its row of the 补充信息 sheet: clicking selects that cell', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const disclosure = analyseGrid(await gateway.read()).disclosure;
  const draft = draftNarrative(disclosure);
  const rows = disclosure.supplementary?.rows ?? {};
  const withRow = draft.placeholders.filter((p) => rows[p.key]);
  const withoutRow = draft.placeholders.filter((p) => !rows[p.key]);
  expect(withRow.length).toBeGreaterThan(0);
  const select = jest.spyOn(gateway, 'select');
  await renderPane(gateway);
  const panel = await openTab('narrative');
  const items = within(panel).getAllByTestId('placeholder-item');
  expect(within(panel).queryAllByTestId('placeholder-locate')).toHaveLength(withRow.length);
  expect(within(panel).queryAllByTestId('placeholder-goto')).toHaveLength(withoutRow.length);

  const i = draft.placeholders.indexOf(withRow[0]);
  const cell = rows[withRow[0].key];
  const link = within(items[i]).getByTestId('placeholder-locate');
  expect(link.textContent).toBe(`在补充信息中填写（${refToString(cell)}）`);
  expect(findSheet(await gateway.read(), cell.sheet)).toBeDefined();
  fireEvent.click(link);
  await waitFor(() => expect(select).toHaveBeenCalledWith([cell]));

  expect(withoutRow).toEqual([]); // the sample's 补充信息 sheet carries every line
});

test('without a 补充信息 sheet, a gap leads to the 补充信息 step, where the sheet is created', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sampleBytes(SAMPLES[0]) as unknown as ArrayBuffer);
  const supp = analyseGrid(gridFromWorkbook(wb)).disclosure.supplementary!.sheet;
  wb.removeWorksheet(wb.getWorksheet(supp)!.id);
  const gateway = await FileGateway.open(new Uint8Array(await wb.xlsx.writeBuffer()), 'no-supp.xlsx');
  const draft = draftNarrative(analyseGrid(await gateway.read()).disclosure);
  expect(draft.placeholders.length).toBeGreaterThan(0);
  await renderPane(gateway);
  const panel = await openTab('narrative');
  expect(within(panel).queryAllByTestId('placeholder-locate')).toHaveLength(0);
  const gotos = within(panel).getAllByTestId('placeholder-goto');
  expect(gotos).toHaveLength(draft.placeholders.length);
  expect(gotos[0].textContent).toBe('到「补充信息」添加此行');
  fireEvent.click(gotos[0]);
  await waitFor(() => expect(screen.getByTestId('panel-supplementary').hidden).toBe(false));
  // The step's view loads lazily: wait for it.
  expect(
    await within(screen.getByTestId('panel-supplementary')).findByRole(
      'button',
      { name: '创建「补充信息」工作表' },
      { timeout: 20000 },
    ),
  ).toBeTruthy();
});

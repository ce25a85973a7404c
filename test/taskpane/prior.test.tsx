/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { PRIOR_KEYS } from '../../src/core/prior';
import type { SampleData } from '../../scripts/samples/types';
import { FileGateway } from '../../src/web/file-gateway';
import { priorPairData, writeSample } from '../../scripts/gen-unit-set';
import { idle, openTab, renderPane, within } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-pane-prior-'));
const pair = priorPairData();
/** Every 上年 line of this year's workbook: the fixed ones and one per 项 of this year's 公开05表. */
const ALL_KEYS = [...PRIOR_KEYS, ...pair.current.t05.map((l) => `prior.subject.${l.code}`)];
let lastFile: File;
let thisBytes: Uint8Array;

async function gatewayFor(data: SampleData, name: string): Promise<FileGateway> {
  const file = await writeSample(join(dir, name), data, 'jdfw');
  const gateway = await FileGateway.open(new Uint8Array(readFileSync(file)), name);
  await gateway.loadForWriting();
  return gateway;
}

beforeAll(async () => {
  // Last year in the national export (元), this year in another layout (万元): matched by 科目, not by cell.
  const last = await writeSample(join(dir, 'last-2023.xlsx'), pair.last, 'national');
  lastFile = new File([readFileSync(last)], 'last-2023.xlsx');
  thisBytes = new Uint8Array(readFileSync(await writeSample(join(dir, 'this-2024.xlsx'), pair.current, 'jdfw')));
});

async function chooseLastYear(file: File): Promise<HTMLElement> {
  const panel = await openTab('prior');
  fireEvent.change(within(panel).getByTestId('prior-file'), { target: { files: [file] } });
  await idle();
  return panel;
}

const entries = async (g: FileGateway) => analyseGrid(await g.read()).disclosure.supplementary?.entries ?? {};

test('导入上年决算: lists every 上年 line with its value and source cell, writes them, undo removes them', async () => {
  const gateway = await FileGateway.open(thisBytes, 'this-2024.xlsx');
  await gateway.loadForWriting();
  await renderPane(gateway);
  const panel = await chooseLastYear(lastFile);
  await within(panel).findByTestId('prior-summary');
  expect(within(panel).getByTestId('prior-source').textContent).toBe('上年工作簿：last-2023.xlsx（2023 年度）');

  const fills = within(panel).getAllByTestId('prior-fill');
  expect(fills.map((f) => f.dataset.key).sort()).toEqual([...ALL_KEYS].sort());
  expect(Number(within(panel).getByTestId('prior-fill-count').textContent)).toBe(ALL_KEYS.length);
  const shown = (key: string) => fills.find((f) => f.dataset.key === key)!.textContent!;
  // Values from the generator's own data; the source is last year's cell.
  const income = Dec.from(pair.last.t01['income.total']).toFixed(2);
  expect(shown('prior.income.total')).toMatch(new RegExp(`${income} 万元 ← 来自上年 公开01表!C\\d+`));
  const item = pair.current.t05[0];
  const lastItem = pair.last.t05.find((l) => l.code === item.code)!;
  expect(shown(`prior.subject.${item.code}`)).toContain(
    `${Dec.from(lastItem.v.total!).toFixed(2)} 万元 ← 来自上年 公开05表!`,
  );
  expect(shown('prior.threePublic.reception.batches')).toContain(
    `${pair.last.supplementary['threePublic.reception.batches']} ← 来自上年 补充信息!`,
  );
  // The 科目 renamed between the years.
  expect(
    within(panel)
      .getAllByTestId('prior-change')
      .map((c) => c.textContent),
  ).toContain(`${pair.renamed} 名称变更：${pair.last.names[pair.renamed]} → ${pair.current.names[pair.renamed]}`);
  expect(within(panel).queryAllByTestId('prior-conflict')).toEqual([]);

  fireEvent.click(within(panel).getByTestId('prior-apply'));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已写入：导入上年决算'));
  await idle();
  const after = await entries(gateway);
  expect(after['prior.income.total']?.figure?.value.toFixed(2)).toBe(income);
  expect(after[`prior.subject.${item.code}`]?.figure?.value.toFixed(2)).toBe(Dec.from(lastItem.v.total!).toFixed(2));
  expect(after['prior.threePublic.reception.batches']?.number?.toFixed()).toBe(
    String(pair.last.supplementary['threePublic.reception.batches']),
  );
  // Read again after the write: every line is now there and the same, nothing left to write.
  await waitFor(() => expect(within(panel).getByTestId('prior-fill-count').textContent).toBe('0'));
  expect(within(panel).getByTestId('prior-summary').textContent).toContain(`${ALL_KEYS.length} 个已有且一致`);

  fireEvent.click(within(panel).getByTestId('prior-undo'));
  await idle();
  const undone = await entries(gateway);
  for (const key of ALL_KEYS) expect([key, undone[key]]).toEqual([key, undefined]);
});

test('a typed 上年 value that differs is a conflict, shown with both values and never overwritten', async () => {
  const typed: SampleData = {
    ...pair.current,
    supplementary: { ...pair.current.supplementary, 'prior.expense.total': '123.45' },
  };
  const gateway = await gatewayFor(typed, 'typed-2024.xlsx');
  await renderPane(gateway);
  const panel = await chooseLastYear(lastFile);
  const conflict = await within(panel).findByTestId('prior-conflict');
  expect(conflict.dataset.key).toBe('prior.expense.total');
  expect(conflict.textContent).toContain(
    `现有 123.45 · 上年决算 ${Dec.from(pair.last.t01['expense.total']).toFixed(2)} 万元`,
  );
  expect(
    within(panel)
      .getAllByTestId('prior-fill')
      .map((f) => f.dataset.key),
  ).not.toContain('prior.expense.total');
  fireEvent.click(within(panel).getByTestId('prior-apply'));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('已写入：导入上年决算'));
  await idle();
  expect((await entries(gateway))['prior.expense.total']?.figure?.value.toFixed(2)).toBe('123.45');
});

test('a workbook of this year (not an earlier one) is refused with the years named, and nothing is offered', async () => {
  const gateway = await FileGateway.open(thisBytes, 'this-2024.xlsx');
  await renderPane(gateway);
  const panel = await chooseLastYear(new File([thisBytes as BlobPart], 'this-2024.xlsx'));
  expect((await within(panel).findByTestId('prior-refused')).textContent).toContain(
    'this-2024.xlsx 是 2024 年度的决算，不早于本年（2024 年度）',
  );
  expect(within(panel).queryByTestId('prior-apply')).toBeNull();
});

test('a file that is not a workbook is reported, not thrown', async () => {
  const gateway = await FileGateway.open(thisBytes, 'this-2024.xlsx');
  await renderPane(gateway);
  const panel = await chooseLastYear(new File(['不是工作簿'], 'notes.xlsx'));
  expect((await screen.findByTestId('error')).textContent).toContain('无法读取上年决算工作簿');
  expect(within(panel).queryByTestId('prior-summary')).toBeNull();
});

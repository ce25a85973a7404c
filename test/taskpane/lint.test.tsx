/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import './setup';
import { readFileSync } from 'fs';
import { join } from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyseGrid } from '../../src/core/engine';
import { lintNarrative, RULES } from '../../src/core/lint';
import { draftNarrative } from '../../src/core/narrative/draft';
import { narrativeDocx } from '../../src/io/docx';
import { openSample, openTab, renderPane, SAMPLES } from './harness';

/** Section 五 of seed 000 (赫山区人民政府办公室 2021) as published: 占本年支出合计的100% is wrong by the workbook. */
const SEED_000 = readFileSync(join(__dirname, '../fixtures/lint/seed-000-heshan-zfb-2021.txt'), 'utf8');
const FIVE = SEED_000.slice(SEED_000.indexOf('## **五、'), SEED_000.indexOf('## **六、'));

function paste(panel: HTMLElement, text: string) {
  fireEvent.change(within(panel).getByLabelText('情况说明文字（粘贴，或载入 .txt / .docx 文件）'), {
    target: { value: text },
  });
}

test('a pasted seed paragraph: findings with their quotes, checked against the workbook', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const disclosure = analyseGrid(await gateway.read()).disclosure;
  const expected = lintNarrative(FIVE, { disclosure });
  await renderPane(gateway);
  const panel = await openTab('lint');
  paste(panel, FIVE);
  fireEvent.click(within(panel).getByRole('button', { name: '开始核对' }));

  const rows = await within(panel).findAllByTestId('lint-finding');
  const key = (rule: string | undefined, quote: string | null) => `${rule}|${quote}`;
  expect(rows.map((r) => key(r.dataset.rule, within(r).getByTestId('lint-quote').textContent)).sort()).toEqual(
    expected.findings.map((f) => key(f.rule, f.quote)).sort(),
  );
  // Rule names in Chinese (the lint rule's title), never the id.
  for (const r of rows) {
    const label = within(r).getByTestId('lint-rule').textContent!;
    expect(label).toContain(RULES.find((x) => x.id === r.dataset.rule)!.title);
    expect(label).not.toContain(r.dataset.rule!);
  }
  for (const f of expected.findings) expect(FIVE.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
  const share = rows.find((r) => r.dataset.rule === 'share-percent')!;
  expect(share.dataset.severity).toBe('error');
  expect(share.textContent).toContain('应为 97.14%');
  expect(share.textContent).toContain('实为 100%');
  expect(screen.getByTestId('lint-summary').textContent).toBe(
    `读到数字 ${expected.claims} 个，核对无误 ${expected.verified} 个，发现问题 ${expected.findings.length} 条。`,
  );

  // Without the workbook the 100% cannot be caught (the text alone does not state 支出合计).
  fireEvent.click(within(panel).getByLabelText('同时与工作簿中的数据核对'));
  fireEvent.click(within(panel).getByRole('button', { name: '开始核对' }));
  await waitFor(() =>
    expect(
      within(panel)
        .queryAllByTestId('lint-finding')
        .map((r) => r.dataset.rule),
    ).toEqual(lintNarrative(FIVE).findings.map((f) => f.rule)),
  );
  expect(
    within(panel)
      .queryAllByTestId('lint-finding')
      .some((r) => r.dataset.rule === 'share-percent'),
  ).toBe(false);
});

test('loads a .txt (UTF-8) and a .docx file into the text box', async () => {
  const gateway = await openSample(SAMPLES[1]);
  const draft = draftNarrative(analyseGrid(await gateway.read()).disclosure);
  await renderPane(gateway);
  const panel = await openTab('lint');
  const box = within(panel).getByLabelText('情况说明文字（粘贴，或载入 .txt / .docx 文件）') as HTMLTextAreaElement;
  const input = within(panel).getByLabelText('选择 .txt 或 .docx 文件');

  fireEvent.change(input, { target: { files: [new File([FIVE], '五.txt', { type: 'text/plain' })] } });
  await waitFor(() => expect(box.value).toBe(FIVE));
  expect(screen.getByTestId('notice').textContent).toContain('已载入 五.txt。');

  const docx = await narrativeDocx(draft);
  fireEvent.change(input, { target: { files: [new File([docx as BlobPart], '说明.docx')] } });
  await waitFor(() => expect(box.value).toContain('收入支出决算总体情况说明'), { timeout: 20000 });
  fireEvent.click(within(panel).getByRole('button', { name: '开始核对' }));
  const expected = lintNarrative(box.value, { disclosure: analyseGrid(await gateway.read()).disclosure });
  await waitFor(() => expect(within(panel).queryAllByTestId('lint-finding')).toHaveLength(expected.findings.length));
});

test('clicking the quote of a finding selects that sentence in the text box; after an edit it waits for a new check', async () => {
  const gateway = await openSample(SAMPLES[0]);
  const disclosure = analyseGrid(await gateway.read()).disclosure;
  const share = lintNarrative(FIVE, { disclosure }).findings.find((f) => f.rule === 'share-percent')!;
  await renderPane(gateway);
  const panel = await openTab('lint');
  paste(panel, FIVE);
  fireEvent.click(within(panel).getByRole('button', { name: '开始核对' }));
  const row = (await within(panel).findAllByTestId('lint-finding')).find((r) => r.dataset.rule === 'share-percent')!;
  const box = within(panel).getByLabelText('情况说明文字（粘贴，或载入 .txt / .docx 文件）') as HTMLTextAreaElement;
  fireEvent.click(within(row).getByTestId('lint-show'));
  expect(document.activeElement).toBe(box);
  expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe(share.quote);
  expect(box.selectionStart).toBe(share.offset);

  paste(panel, `${FIVE}补充一句。`);
  expect((within(row).getByTestId('lint-show') as HTMLButtonElement).disabled).toBe(true);

  // The whole published 情况说明: errors are listed first, then warnings, 舍位差异, 提示.
  paste(panel, SEED_000);
  fireEvent.click(within(panel).getByRole('button', { name: '开始核对' }));
  const all = lintNarrative(SEED_000, { disclosure }).findings;
  await waitFor(() => expect(within(panel).getAllByTestId('lint-finding')).toHaveLength(all.length));
  const rank = within(panel)
    .getAllByTestId('lint-finding')
    .map((r) => ['error', 'warning', 'rounding', 'info'].indexOf(r.dataset.severity!));
  expect(rank).toEqual([...rank].sort((a, b) => a - b));
  expect(new Set(rank).size).toBeGreaterThan(1);
});

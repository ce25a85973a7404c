import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { collectInputs } from '../../src/batch/inputs';
import { runBatch } from '../../src/batch/pool';
import type { UnitReview } from '../../src/batch/types';
import { chooseFiles } from '../../src/web/batch/choose';
import { reviewFiles } from '../../src/web/batch/pool';
import { filterRows, sortRows, summaryRows } from '../../src/web/batch/rows';
import { cleanUnit, mutatedZfb, roundedJdfw, truncated } from './units';

/**
 * The web page's batch without a browser: the files chosen (Node's File), reviewed by the page's own code on its
 * main-thread path (no Worker here), compared with the CLI's review of the same files on disk.
 */

const NARRATIVE = '一、收入支出决算总体情况\n2021年度本年收入合计149.23万元，本年支出合计198.68万元。\n';
const root = mkdtempSync(join(tmpdir(), 'juesuan-web-batch-'));
const dir = join(root, 'units');
let files: File[];

/** A File as a folder choice gives it: webkitRelativePath is the path inside the chosen folder. */
function chosen(path: string, bytes: Uint8Array | string): File {
  const f = new File([bytes as BlobPart], path.replace(/^.*\//, ''));
  Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
}

beforeAll(async () => {
  mkdirSync(dir);
  const contents: [string, Uint8Array | string][] = [
    ['zfb.xlsx', await mutatedZfb()],
    ['jdfw.xlsx', await roundedJdfw()],
    ['jdfw.txt', NARRATIVE],
    ['clean.xlsx', await cleanUnit()],
    ['broken.xlsx', truncated()],
  ];
  for (const [name, bytes] of contents) writeFileSync(join(dir, name), bytes);
  files = [
    ...contents.map(([name, bytes]) => chosen(`units/${name}`, bytes)),
    // Another folder's narrative of the same name is not jdfw's; a lock file is no workbook.
    chosen('other/jdfw.docx', 'x'),
    chosen('units/~$zfb.xlsx', 'lock'),
  ];
});

describe('choosing files on the web page', () => {
  it('takes the workbooks sorted by path, each with the narrative of its name in its folder', () => {
    const batch = chooseFiles(files);
    expect(batch.map((b) => [b.display, b.narrative?.webkitRelativePath])).toEqual([
      ['units/broken.xlsx', undefined],
      ['units/clean.xlsx', undefined],
      ['units/jdfw.xlsx', 'units/jdfw.txt'],
      ['units/zfb.xlsx', undefined],
    ]);
  });
});

describe("the page's review", () => {
  let web: UnitReview[];
  let cli: UnitReview[];
  const progress: number[] = [];
  beforeAll(async () => {
    web = await reviewFiles(chooseFiles(files), { onProgress: (done) => progress.push(done) });
    cli = await runBatch(await collectInputs(['units'], root), { jobs: 1, lint: true });
  });
  const strip = (rs: UnitReview[]) =>
    rs.map(({ ms: _ms, ...r }) => ({ ...r, readError: r.readError?.split(`${root}/`).join('') }));

  it('is the review the CLI gives for the same files, reported file by file', () => {
    expect(progress).toEqual([1, 2, 3, 4]);
    const w = strip(web);
    const c = strip(cli).map((r) =>
      r.readError ? { ...r, findings: [{ ...r.findings[0], message: r.readError }] } : r,
    );
    expect(w).toEqual(c);
    expect(web.map((r) => r.status)).toEqual(['无法读取', '可提交', '需修改', '需修改']);
  });

  it('sorts and filters the summary rows, 未提交 units included', () => {
    const rows = summaryRows(web, ['示例丙单位']);
    expect(rows.map((r) => r.status)).toEqual(['无法读取', '可提交', '需修改', '需修改', '未提交']);
    const byErrors = sortRows(rows, { key: 'error', descending: true }).map((r) => r.error ?? -1);
    expect(byErrors).toEqual([...byErrors].sort((a, b) => b - a));
    expect(byErrors[0]).toBeGreaterThan(0);
    // Worst first by status; ties keep the files' order.
    expect(sortRows(rows, { key: 'status', descending: false }).map((r) => r.status)).toEqual([
      '无法读取',
      '未提交',
      '需修改',
      '需修改',
      '可提交',
    ]);
    expect(filterRows(rows, { status: '需修改', text: '' }).map((r) => r.file)).toEqual([
      'units/jdfw.xlsx',
      'units/zfb.xlsx',
    ]);
    expect(filterRows(rows, { status: '全部', text: '赫山区人民政府' }).map((r) => r.file)).toEqual(['units/zfb.xlsx']);
    expect(rows.find((r) => r.file === 'units/jdfw.xlsx')!.narrative).toBe('jdfw.txt（核对 1/2）');
  });
});

import { mkdtemp, readFile, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { draftCommand } from '../../src/cli/commands/draft';
import { parseArgs } from '../../src/cli/command';
import { run } from '../../src/cli/main';
import { captureIO } from './io';

const SAMPLE = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');

async function runDraft(argv: string[]) {
  const io = captureIO();
  let code: number;
  try {
    code = await draftCommand.run(parseArgs(argv), io);
  } catch (e) {
    // CliError: main prints the message and exits with its code; reproduce that here.
    io.err((e as Error).message);
    code = (e as { exitCode?: number }).exitCode ?? -1;
  }
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('juesuan draft', () => {
  test('prints the draft of the sample workbook', async () => {
    const r = await runDraft([SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('一、收入支出决算总体情况说明');
    expect(r.out).toContain('2021年度收入1217.92万元，年初结转和结余238.73万元，总计1456.65万元');
    expect(r.err).toMatch(/待填写 \d+ 处/);
  });

  test('--profile shanghai-2024 writes Markdown; the gaps are listed on the console, in the file with --gaps', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'juesuan-draft-'));
    const out = join(dir, 'draft.md');
    const r = await runDraft([SAMPLE, '--profile', 'shanghai-2024', '-o', out]);
    expect(r.code).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toContain('## 十一、其他重要事项的情况说明');
    expect(md).not.toContain('待填写事项');
    expect(r.out).toContain('一、收入支出决算总体情况说明：上年收入支出总计');
    expect(r.out).not.toContain('prior.grand');
    await runDraft([SAMPLE, '--profile', 'shanghai-2024', '-o', out, '--gaps']);
    const withGaps = await readFile(out, 'utf8');
    expect(withGaps).toContain('## 待填写事项');
    expect(withGaps).toContain('一、收入支出决算总体情况说明：上年收入支出总计');
    expect(withGaps).not.toContain('prior.grand');
  });

  test('-o out.docx --full writes a Word document with all parts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'juesuan-draft-'));
    const out = join(dir, 'out.docx');
    const r = await runDraft([SAMPLE, '-o', out, '--full']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入');
    const xml = await (await JSZip.loadAsync(await readFile(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('第四部分 名词解释');
    expect(xml).toContain('1217.92');
  });

  test('unreadable input: exit 2 with a one-line Chinese+English reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'juesuan-draft-'));
    const bad = join(dir, 'bad.xlsx');
    await writeFile(bad, 'a,b\n1,2\n');
    for (const file of [bad, join(dir, 'missing.xlsx')]) {
      const io = captureIO();
      const code = await run(['draft', file], io);
      expect(code).toBe(2);
      const line = io.stderr().trim();
      expect(line.split('\n')).toHaveLength(1);
      expect(line).toMatch(/[\u4e00-\u9fff].*\([a-z]|（[a-zA-Z]/);
    }
  });

  test('unknown profile and unsupported output are usage errors (exit 2)', async () => {
    expect((await runDraft([SAMPLE, '--profile', 'beijing'])).code).toBe(2);
    expect((await runDraft([SAMPLE, '-o', 'x.pdf'])).code).toBe(2);
    expect((await runDraft([])).code).toBe(2);
  });
});

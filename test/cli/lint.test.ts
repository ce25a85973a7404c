import { mkdtemp, writeFile } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { lintCommand } from '../../src/cli/commands/lint';
import { parseArgs } from '../../src/cli/command';
import { captureIO } from './io';

const ROOT = join(__dirname, '../..');
const SEED_004 = join(ROOT, 'test/fixtures/lint/seed-004-heshan-jdfw-2021.txt');

async function runLint(argv: string[]) {
  const io = captureIO();
  let code: number;
  try {
    code = await lintCommand.run(parseArgs(argv), io);
  } catch (e) {
    // CliError: main prints the message and exits with its code; reproduce that here.
    io.err((e as Error).message);
    code = (e as { exitCode?: number }).exitCode ?? -1;
  }
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('juesuan lint', () => {
  test('--json prints findings, claims and verified; exit 1 when errors are found', async () => {
    const r = await runLint([SEED_004, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.claims).toBeGreaterThan(100);
    expect(json.verified).toBeGreaterThan(0);
    const f = json.findings.find(
      (x: { rule: string; section: string }) => x.rule === 'change-percent' && x.section === '十',
    );
    expect(f).toMatchObject({
      severity: 'error',
      quote: '增加 47.07 万元，增长 52.83%',
      expected: '57.34%',
      actual: '52.83%',
      suggestion: '增加 47.07 万元，增长 57.34%',
    });
    expect(typeof f.message).toBe('string');
    for (const x of json.findings) expect(['error', 'warning', 'rounding', 'info']).toContain(x.severity);
  });

  test('without --json: a readable Chinese list grouped by section, with a summary', async () => {
    const r = await runLint([SEED_004]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^一、\n {2}\[警告\] “收入总计 149\.23 万元”/);
    expect(r.out).toContain('\n十、\n  [错误] “增加 47.07 万元，增长 52.83%”：增减幅度应为 57.34%');
    // 5 in part 三's figures, 2 zero bases (占 0 万元总额的 0%) in 十二, 1 "68.8% 万元" in 第五部分 (附件).
    expect(r.out).toContain('\n第五部分\n  [错误] “68.8% 万元”');
    expect(r.out).toMatch(/共读取 \d+ 个数字，核对无误 \d+ 个；错误 8 条/);
  });

  test('a text without errors exits 0; a .docx is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lint-'));
    const ok = join(dir, 'ok.txt');
    await writeFile(
      ok,
      '一、收入支出决算总体情况说明\n2021年度收入100.00万元，年初结转和结余20.00万元，总计120.00万元。',
    );
    const r = await runLint([ok]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('未发现问题');
    const doc = new Document({
      sections: [
        {
          children: [
            '一、收入支出决算总体情况说明',
            '2021年度收入100.00万元，年初结转和结余20.00万元，总计130.00万元。',
          ].map((t) => new Paragraph({ children: [new TextRun(t)] })),
        },
      ],
    });
    const docx = join(dir, 'n.docx');
    await writeFile(docx, await Packer.toBuffer(doc));
    const d = await runLint([docx, '--json']);
    expect(d.code).toBe(1);
    expect(JSON.parse(d.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['sum-total']);
  });

  test('--workbook compares with the sample workbook', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lint-'));
    const five = join(dir, 'five.txt');
    await writeFile(
      five,
      '五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n2021年度财政拨款支出1305.63万元，占本年支出合计的100%。',
    );
    expect((await runLint([five])).code).toBe(0);
    const r = await runLint([five, '--workbook', join(ROOT, 'samples/heshan-zfb-2021.xlsx'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings[0]).toMatchObject({ rule: 'share-percent', expected: '97.14%' });
  });

  test('unreadable input exits 2 with a one-line Chinese + English reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lint-'));
    const missing = await runLint([join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim()).toMatch(/^找不到文件：.*（file not found）$/);
    const bin = join(dir, 'x.bin');
    await writeFile(bin, Buffer.from([0, 1, 2, 3, 255, 0]));
    const b = await runLint([bin]);
    expect(b.code).toBe(2);
    expect(b.err.trim()).toMatch(/不是文本或 Word 文件（not a text or \.docx file）$/);
    const fakeDocx = join(dir, 'x.docx');
    await writeFile(fakeDocx, 'not a zip');
    const f = await runLint([fakeDocx]);
    expect(f.code).toBe(2);
    expect(f.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(f.err).toMatch(/not a valid \.docx/);
    const pdf = join(dir, 'x.pdf');
    await writeFile(pdf, '%PDF-1.7\n...');
    expect((await runLint([pdf])).code).toBe(2);
    expect((await runLint([])).code).toBe(2);
    const badWb = await runLint([SEED_004, '--workbook', join(dir, 'none.xlsx')]);
    expect(badWb.code).toBe(2);
  });
});

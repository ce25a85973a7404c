import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { parseArgs } from '../../src/cli/command';
import { lintCommand } from '../../src/cli/commands/lint';
import { priorCommand } from '../../src/cli/commands/prior';
import { Dec } from '../../src/core/decimal/dec';
import { analyseGrid } from '../../src/core/engine';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { readGridFromFile } from '../../src/io/xlsx';
import { captureIO } from '../cli/io';
import { priorPairData, writeSample } from '../../scripts/gen-unit-set';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-lint-prior-'));
const pair = priorPairData();
let last: string;
let current: string;
let text: string;

const lint = async (...argv: string[]) => {
  const io = captureIO();
  const code = await lintCommand.run(parseArgs([...argv, '--json']), io);
  return { code, json: JSON.parse(io.stdout()), err: io.stderr() };
};

beforeAll(async () => {
  last = await writeSample(join(dir, 'last.xlsx'), pair.last);
  // This year's workbook has no 上年 line: only --prior can tell what last year's figures were.
  current = await writeSample(join(dir, 'this.xlsx'), pair.current, 'jdfw');
  const imported = join(dir, 'imported.xlsx');
  expect((await priorCommand.run(parseArgs([current, '--from', last, '-o', imported]), captureIO())) === 0).toBe(true);
  text = renderText(draftNarrative(analyseGrid(await readGridFromFile(imported)).disclosure));
});

describe('juesuan lint --prior', () => {
  it('accepts a narrative whose year-on-year figures are last year’s', async () => {
    const file = join(dir, 'right.txt');
    writeFileSync(file, text);
    const r = await lint(file, '--workbook', current, '--prior', last);
    expect(r.json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('finds a wrong 上年数 even when 增减额 and 增减率 were computed from it consistently', async () => {
    const cur = Dec.from(pair.current.t01['income.total']);
    const right = Dec.from(pair.last.t01['income.total']);
    const wrong = right.sub(Dec.from('88.06'));
    const diff = cur.sub(wrong).abs();
    const pct = diff.mul(Dec.HUNDRED).div(wrong, 2);
    const word = cur.lt(wrong) ? ['减少', '下降'] : ['增加', '增长'];
    const sentence = new RegExp(`与2023年度收入${right.toFixed(2)}万元相比，[^，]+，[^，]+%`);
    expect(text).toMatch(sentence);
    const tampered = text.replace(
      sentence,
      `与2023年度收入${wrong.toFixed(2)}万元相比，${word[0]}${diff.toFixed(2)}万元，${word[1]}${pct.toFixed(2)}%`,
    );
    const file = join(dir, 'wrong.txt');
    writeFileSync(file, tampered);
    const without = await lint(file, '--workbook', current);
    expect(without.json.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const withPrior = await lint(file, '--workbook', current, '--prior', last);
    const errors = withPrior.json.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((f: { quote: string }) => f.quote.includes(wrong.toFixed(2)))).toBe(true);
    expect(withPrior.code).toBe(1);
  });

  it('checks the change of each 项 of 公开05表 on last year (上年决算数 per 科目)', async () => {
    // The first 项 whose 合计 changed between the generated years: the draft states its change on last year.
    const line = pair.current.t05.find((l) => {
      const p = pair.last.t05.find((x) => x.code === l.code);
      return p && !Dec.from(p.v.total ?? '0').eq(Dec.from(l.v.total ?? '0'));
    })!;
    const before = Dec.from(pair.last.t05.find((x) => x.code === line.code)!.v.total ?? '0');
    const diff = Dec.from(line.v.total ?? '0').sub(before);
    const said = `较上年${diff.sign() > 0 ? '增加' : '减少'}${diff.abs().toFixed(2)}万元`;
    expect(text).toContain(said);
    const wrongDiff = diff.abs().add(Dec.from('10'));
    const file = join(dir, 'wrong-subject.txt');
    writeFileSync(file, text.replace(said, said.replace(diff.abs().toFixed(2), wrongDiff.toFixed(2))));
    const wrongOf = async (...argv: string[]) =>
      (await lint(file, '--workbook', current, ...argv)).json.findings.filter(
        (f: { severity: string; quote: string }) => f.severity === 'error' && f.quote.includes(wrongDiff.toFixed(2)),
      );
    expect(await wrongOf('--prior', last)).not.toEqual([]);
    // What the error is about: the 项's 上年决算数 from last year's 公开05表.
    expect(JSON.stringify(await wrongOf('--prior', last))).toContain(line.code);
  });

  it('needs --workbook', async () => {
    await expect(lintCommand.run(parseArgs([join(dir, 'right.txt'), '--prior', last]), captureIO())).rejects.toThrow(
      /--prior 需要同时给出本年工作簿 --workbook/,
    );
  });
});

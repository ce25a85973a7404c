import { copyFileSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseArgs, type Command } from '../../src/cli/command';
import { draftCommand } from '../../src/cli/commands/draft';
import { fillCommand } from '../../src/cli/commands/fill';
import { mapCommand } from '../../src/cli/commands/map';
import { undoCommand } from '../../src/cli/commands/undo';
import { waiveCommand } from '../../src/cli/commands/waive';
import { checkCommand } from '../../src/cli/commands/check';
import { run } from '../../src/cli/main';
import { derivations } from '../../src/core/derive/relations';
import { analyseGrid } from '../../src/core/engine';
import { readWorkbookFile } from '../../src/io/xlsx';
import { captureIO } from './io';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-write-'));
const ZFB = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');
const JDFW = join(__dirname, '../../samples/heshan-jdfw-2021.xlsx');

async function exec(cmd: Command, ...argv: string[]) {
  const io = captureIO();
  const code = await cmd.run(parseArgs(argv), io);
  return { code, out: io.stdout() };
}

/** Every sheet (name, state) and every cell's value, formula and number format. */
async function snapshot(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: Record<string, unknown[]> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if ((cell.value ?? null) !== null || cell.numFmt)
          cells[`${ws.name}!${r},${c}`] = [cell.value ?? null, cell.formula ?? null, cell.numFmt ?? null];
      }),
    ),
  );
  return { sheets: wb.worksheets.map((w) => `${w.name}:${w.state}`), cells };
}

/** A copy of the sample with every derivable cell blanked (what fill will write). */
async function blanked(file: string, name: string): Promise<string> {
  const { grid, workbook } = await readWorkbookFile(file);
  for (const d of derivations(analyseGrid(grid).mapping))
    workbook.getWorksheet(d.target.sheet)!.getCell(d.target.row, d.target.col).value = null;
  const out = join(dir, name);
  await workbook.xlsx.writeFile(out);
  return out;
}

describe('juesuan undo', () => {
  test('fill then undo gives back the input exactly, cell by cell', async () => {
    const input = await blanked(ZFB, 'zfb-blank.xlsx');
    const filled = join(dir, 'zfb-filled.xlsx');
    const restored = join(dir, 'zfb-restored.xlsx');
    expect((await exec(fillCommand, input, '-o', filled)).code).toBe(0);
    expect(await snapshot(filled)).not.toEqual(await snapshot(input));
    const u = await exec(undoCommand, filled, '-o', restored, '--json');
    expect(u.code).toBe(0);
    expect(JSON.parse(u.out).restored.length).toBeGreaterThan(10);
    expect(await snapshot(restored)).toEqual(await snapshot(input));
  });

  test('a cell changed by hand after the fill is kept and listed', async () => {
    const input = await blanked(JDFW, 'jdfw-blank.xlsx');
    const filled = join(dir, 'jdfw-filled.xlsx');
    await exec(fillCommand, input, '-o', filled, '--values');
    const { grid, workbook } = await readWorkbookFile(filled);
    const target = derivations(analyseGrid(grid).mapping).find((d) => d.table === 'T05')!.target;
    workbook.getWorksheet(target.sheet)!.getCell(target.row, target.col).value = 4242;
    const edited = join(dir, 'jdfw-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const restored = join(dir, 'jdfw-restored.xlsx');
    const u = await exec(undoCommand, edited, '-o', restored, '--json');
    const ref = `${target.sheet}!${String.fromCharCode(64 + target.col)}${target.row}`;
    expect(JSON.parse(u.out).keptChanged).toEqual([ref]);
    const after = await snapshot(restored);
    expect(after.cells[`${target.sheet}!${target.row},${target.col}`]).toEqual([4242, null, expect.anything()]);
    expect(after.sheets).not.toContain('_juesuan_undo:veryHidden');
  });

  test('a workbook without undo information: exit 2 with a reason', async () => {
    const io = captureIO();
    const code = await run(['undo', ZFB, '-o', join(dir, 'x.xlsx')], io);
    expect(code).toBe(2);
    expect(io.stderr()).toMatch(/没有可撤销的写入记录/);
  });
});

describe('juesuan waive', () => {
  test('a warning accepted with a reason shows in check as 已说明 and survives reopening', async () => {
    const out = join(dir, 'waived.xlsx');
    const w = await exec(
      waiveCommand,
      ZFB,
      '-o',
      out,
      '--rule',
      'plaus-other-share',
      '--reason',
      '其他支出为一次性项目',
      '--by',
      '张会计',
    );
    expect(w.code).toBe(0);
    const c = await exec(checkCommand, out, '--json');
    const f = JSON.parse(c.out).findings.find((x: { rule: string }) => x.rule === 'plaus-other-share');
    expect(f.waiver).toMatchObject({ reason: '其他支出为一次性项目', by: '张会计' });
    expect(JSON.parse(c.out).summary.accepted).toBe(1);
  });

  test('several findings of one rule need --cell; the one named is accepted', async () => {
    const io = captureIO();
    expect(
      await run(['waive', ZFB, '-o', join(dir, 'w2.xlsx'), '--rule', 'plaus-budget-variance', '--reason', 'x'], io),
    ).toBe(2);
    expect(io.stderr()).toMatch(/请用 --cell 指明/);
    const one = await exec(
      waiveCommand,
      ZFB,
      '-o',
      join(dir, 'w3.xlsx'),
      '--rule',
      'plaus-budget-variance',
      '--cell',
      '公开05表!C7',
      '--reason',
      '年中追加预算',
    );
    expect(one.out).toMatch(/已为 plaus-budget-variance/);
  });

  test('a waiver whose finding was corrected since is listed as stale and dropped with --drop-stale', async () => {
    const waived = join(dir, 'stale-1.xlsx');
    await exec(
      waiveCommand,
      ZFB,
      '-o',
      waived,
      '--rule',
      'plaus-budget-variance',
      '--cell',
      '公开05表!C7',
      '--reason',
      'x',
    );
    // The accountant sets the 年初预算 of that 项 to what was spent: the warning goes, the waiver stays behind.
    const { grid, workbook } = await readWorkbookFile(waived);
    const f = JSON.parse((await exec(checkCommand, waived, '--json')).out).findings.find(
      (x: { waiver?: unknown }) => x.waiver,
    );
    // 补充信息 is in 万元 whatever the tables' unit: the finding's actual is the 决算 in 万元.
    const budgetRef: string = f.cells.find((c: string) => c.startsWith('补充信息'));
    const [sheet, addr] = budgetRef.split('!');
    expect(grid.sheets.some((x) => x.name === sheet)).toBe(true);
    workbook.getWorksheet(sheet)!.getCell(addr).value = Number(f.actual);
    const corrected = join(dir, 'stale-2.xlsx');
    await workbook.xlsx.writeFile(corrected);

    const list = await exec(waiveCommand, corrected, '--list');
    expect(list.out).toContain(
      '另有 1 条已保存的说明所对应的问题已不存在（有关数字已更改），可用 --drop-stale -o <out.xlsx> 清除。',
    );
    const cleaned = join(dir, 'stale-3.xlsx');
    const drop = await exec(waiveCommand, corrected, '-o', cleaned, '--drop-stale');
    expect(drop.code).toBe(0);
    expect(drop.out).toContain('已清除 1 条过期说明。');
    expect((await exec(waiveCommand, cleaned, '--list')).out).not.toContain('另有');
    const again = await exec(waiveCommand, cleaned, '-o', join(dir, 'stale-4.xlsx'), '--drop-stale');
    expect(again.out).toContain('中没有过期的说明，未写入文件。');
  });
});

describe('juesuan map --set / --clear', () => {
  test('a table whose title nobody recognises is mapped by the stored correction, and the correction can be removed', async () => {
    const { workbook } = await readWorkbookFile(ZFB);
    workbook.getWorksheet('公开05表')!.getCell('A1').value = '附表五';
    const garbled = join(dir, 'garbled.xlsx');
    await workbook.xlsx.writeFile(garbled);
    const before = JSON.parse((await exec(mapCommand, garbled, '--json')).out);
    expect(before.tables.find((t: { id: string }) => t.id === 'T05').found).toBe(false);

    const fixed = join(dir, 'fixed.xlsx');
    const set = await exec(mapCommand, garbled, '--set', 'T05=公开05表!A1:E26', '-o', fixed);
    expect(set.out).toMatch(/已保存更正/);
    const after = JSON.parse((await exec(mapCommand, fixed, '--json')).out);
    expect(after.tables.find((t: { id: string }) => t.id === 'T05')).toMatchObject({
      found: true,
      sheet: '公开05表',
      range: 'A1:E26',
    });

    const cleared = join(dir, 'cleared.xlsx');
    await exec(mapCommand, fixed, '--clear', 'T05', '-o', cleared);
    const again = JSON.parse((await exec(mapCommand, cleared, '--json')).out);
    expect(again.tables.find((t: { id: string }) => t.id === 'T05').found).toBe(false);
  });

  test('a correction naming a missing sheet is refused with exit 2', async () => {
    const io = captureIO();
    expect(await run(['map', ZFB, '--set', 'T05=不存在!A1:E26', '-o', join(dir, 'm.xlsx')], io)).toBe(2);
    expect(io.stderr()).toMatch(/工作表“不存在”不存在/);
  });
});

describe('juesuan draft -o out.xlsx', () => {
  test('writes a 情况说明 sheet into a copy, refuses to replace it without --replace, undo removes it', async () => {
    const input = join(dir, 'draft-in.xlsx');
    copyFileSync(ZFB, input);
    const original = readFileSync(input);
    const out = join(dir, 'draft-out.xlsx');
    expect((await exec(draftCommand, input, '-o', out)).code).toBe(0);
    expect(readFileSync(input).equals(original)).toBe(true);
    const snap = await snapshot(out);
    expect(snap.sheets).toContain('情况说明:visible');
    expect(String(snap.cells['情况说明!1,1']?.[0] ?? '')).toMatch(/^第三部分 /); // the title row
    expect(String(snap.cells['情况说明!2,1']?.[0] ?? '')).toMatch(/^一、/);

    const io = captureIO();
    expect(await run(['draft', out, '-o', join(dir, 'draft-2.xlsx')], io)).toBe(2);
    expect(io.stderr()).toMatch(/--replace/);
    expect((await exec(draftCommand, out, '-o', join(dir, 'draft-3.xlsx'), '--replace')).code).toBe(0);

    const undone = join(dir, 'draft-undone.xlsx');
    await exec(undoCommand, out, '-o', undone);
    expect(await snapshot(undone)).toEqual(await snapshot(input));
  });
});

import { writeFile } from 'fs/promises';
import { extname, resolve } from 'path';
import { analyseGrid } from '../../core/engine';
import { draftNarrative } from '../../core/narrative/draft';
import { glossary, glossaryLines } from '../../core/narrative/glossary';
import { placeholderLines, renderMarkdown, renderText } from '../../core/narrative/render-text';
import type { ProfileId } from '../../core/model/types';
import { PROFILE_IDS, chineseNumeral, getProfile } from '../../core/profiles/profiles';
import { fullDisclosureDocx, narrativeDocx } from '../../io/docx';
import { GridReadError, readGridFromFile } from '../../io/xlsx';
import { findSheet } from '../../core/grid/grid';
import { NARRATIVE_SHEET_NAME, narrativeSheetPlan } from '../../core/narrative/sheet-plan';
import type { Draft } from '../../core/narrative/types';
import { CliError, flagString, type CliIO, type Command, type ParsedArgs } from '../command';
import { openForWrite, writePlan } from '../write-workbook';

/**
 * juesuan draft <file.xlsx> [--profile …] [-o out.docx|out.md|out.txt|out.xlsx] [--full] [--gaps] [--replace]
 * Drafts 第三部分 情况说明 from the workbook's tables and 补充信息; without -o prints the text. --full writes the whole
 * disclosure (cover, 目录, 第一部分 to 第四部分/第五部分, the nine tables as printed) to .docx, or adds 第四部分 名词解释 to
 * text output. The gaps left to fill are listed on the console; --gaps also lists them at the end of the .docx. With -o out.xlsx the draft goes
 * into a 情况说明 sheet of a copy of the workbook (an existing 情况说明 sheet is replaced only with --replace).
 */
export const draftCommand: Command = {
  name: 'draft',
  summary: '根据决算表起草第三部分情况说明，可导出 Word（draft the narrative, part 三, from the tables; export .docx）',
  usage:
    'juesuan draft <file.xlsx> [--profile hunan-2021|shanghai-2024] [-o out.docx|out.md|out.txt|out.xlsx] [--full] [--gaps] [--replace]',
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new CliError('请指定工作簿文件（missing workbook file）。用法：' + this.usage);
    const profileFlag = flagString(args, 'profile');
    if (profileFlag && !getProfile(profileFlag))
      throw new CliError(`未知的模板：${profileFlag}，可选 ${PROFILE_IDS.join(' / ')}（unknown profile）`);
    let grid;
    try {
      grid = await readGridFromFile(resolve(io.cwd, file));
    } catch (e) {
      if (e instanceof GridReadError) throw new CliError(e.message.split('\n')[0]);
      throw new CliError(
        `无法读取 ${file}（cannot read file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
      );
    }
    const { disclosure } = analyseGrid(grid);
    const draft = draftNarrative(disclosure, { profile: profileFlag as ProfileId | undefined });
    const full = args.flags.full === true;
    const glossaryText = () =>
      [
        '',
        '第四部分 名词解释',
        ...glossaryLines(glossary(disclosure, draft.profile), draft.profile, chineseNumeral),
      ].join('\n') + '\n';
    const out = flagString(args, 'o', 'output');
    const summary = `第三部分 ${draft.paragraphs.length} 段，待填写 ${draft.placeholders.length} 处（${draft.paragraphs.length} paragraphs, ${draft.placeholders.length} placeholders to fill）`;
    if (!out) {
      io.out(renderText(draft) + (full ? glossaryText() : ''));
      io.err(summary);
      return 0;
    }
    const ext = extname(out).toLowerCase();
    if (ext === '.xlsx') return intoSheet(args, io, draft, summary);
    let content: Uint8Array | string;
    const placeholderList = args.flags.gaps === true;
    if (ext === '.docx')
      content = full
        ? await fullDisclosureDocx(disclosure, draft, { placeholderList })
        : await narrativeDocx(draft, { placeholderList });
    else if (ext === '.md') content = renderMarkdown(draft, { gaps: placeholderList }) + (full ? glossaryText() : '');
    else if (ext === '.txt') content = renderText(draft) + (full ? glossaryText() : '');
    else throw new CliError(`不支持的输出格式：${out}，请用 .docx / .md / .txt / .xlsx（unsupported output format）`);
    try {
      await writeFile(resolve(io.cwd, out), content);
    } catch (e) {
      throw new CliError(
        `无法写入 ${out}（cannot write file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
      );
    }
    io.out(`已写入 ${out}：${summary}`);
    for (const line of gapLines(draft)) io.out(line);
    return 0;
  },
};

/** What is left to fill, in words (never the 补充信息 keys). */
function gapLines(draft: Draft): string[] {
  if (draft.placeholders.length === 0) return [];
  return ['待填写（remaining gaps）：', ...placeholderLines(draft).map((l) => `  ${l}`)];
}

/** Writes the draft into the 情况说明 sheet of a copy of the workbook (undo kept in the file). */
async function intoSheet(args: ParsedArgs, io: CliIO, draft: Draft, summary: string): Promise<number> {
  const w = await openForWrite(args, io, 'juesuan draft <in.xlsx> -o <out.xlsx> [--replace]');
  const existing = findSheet(w.grid, NARRATIVE_SHEET_NAME);
  if (existing && args.flags.replace !== true)
    throw new CliError(
      `工作表“${NARRATIVE_SHEET_NAME}”已存在，为免覆盖手工修改，未写入；如需重新生成请加 --replace（sheet exists; add --replace）`,
    );
  await writePlan(w, narrativeSheetPlan(draft, { exists: !!existing, previousRows: existing?.rows.length ?? 0 }), io);
  io.out(`已将情况说明写入 ${w.output} 的“${NARRATIVE_SHEET_NAME}”工作表：${summary}`);
  return 0;
}

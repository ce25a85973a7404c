import { resolve } from 'path';
import { collectInputs } from '../../batch/inputs';
import { defaultJobs, runBatch } from '../../batch/pool';
import { progressReporter } from '../../batch/progress';
import { batchExitCode, batchJson } from '../../batch/summary';
import { compareReviews, type UnitComparison } from '../../batch/reviewer/compare';
import { matchExpected } from '../../batch/reviewer/expected';
import {
  besideReview,
  readExpectedFile,
  readPreviousFile,
  ReviewerFileError,
  writeReviewerFiles,
} from '../../batch/reviewer/files';
import { TABLE_COUNT, type UnitReview } from '../../batch/types';
import { CliError, flagString, type CliIO, type Command } from '../command';
import { table } from '../format';

const USAGE =
  'juesuan batch <文件夹|文件…> [-o review.xlsx] [--lint] [--expected 应报单位.txt] [--previous 上轮审核表.xlsx] [--jobs N] [--json]';

function jobsFlag(value: string | boolean | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 64))
    throw new CliError('--jobs 应为 1 到 64 之间的整数（--jobs must be an integer from 1 to 64）');
  return n;
}

function summaryText(reviews: readonly UnitReview[]): string {
  const rows = reviews.map((r) => [
    r.unitName ?? '',
    r.file,
    r.readError ? '' : `${r.tablesFound}/${TABLE_COUNT}`,
    r.readError ? '' : String(r.counts.error),
    r.readError ? '' : String(r.counts.warning),
    r.status,
  ]);
  return table(['单位', '文件', '表', '错误', '警告', '状态'], rows);
}

function closingLine(reviews: readonly UnitReview[], output: string | undefined, notices: number): string {
  const n = (s: UnitReview['status']) => reviews.filter((r) => r.status === s).length;
  const beside = output ? besideReview(output) : undefined;
  return (
    `共 ${reviews.length} 个工作簿：可提交 ${n('可提交')}，需修改 ${n('需修改')}，无法读取 ${n('无法读取')}。` +
    (beside
      ? `审核表已写入 ${output}，检查表 ${beside.checklist}` +
        (notices ? `，${notices} 份整改通知在 ${beside.notices}` : '')
      : '（加 -o review.xlsx 写出审核表、检查表和整改通知）')
  );
}

/** A flag that needs a file name. */
function fileFlag(args: Parameters<Command['run']>[0], name: string, what: string): string | undefined {
  if (args.flags[name] === true) throw new CliError(`--${name} 后须写${what}文件名（--${name} needs a file name）`);
  return flagString(args, name);
}

function progressSink(io: CliIO) {
  const tty = io.isTTY && Boolean(process.stderr.isTTY);
  return { isTTY: tty, write: (t: string) => process.stderr.write(t), line: (t: string) => io.err(t) };
}

/**
 * juesuan batch: a 财政局 reviewer's run over many departments' workbooks — map, check and (--lint) the narrative
 * beside each — in worker threads, with one review workbook. Exit 0 no unit has errors, 1 some unit has errors or
 * could not be read, 2 no input or bad usage.
 */
export const batchCommand: Command = {
  name: 'batch',
  summary: '批量审核多个单位的工作簿（及同名情况说明），生成审核汇总表（batch review for 财政局 reviewers）',
  usage: USAGE,
  async run(args, io) {
    const output = flagString(args, 'o', 'output');
    if (args.flags.o === true || args.flags.output === true)
      throw new CliError(`-o 后须写审核表文件名（-o needs a file name）。用法：${USAGE}`);
    if (output !== undefined && !/\.xlsx$/i.test(output))
      throw new CliError('审核表须为 .xlsx 文件（-o must end in .xlsx）');
    const jobs = jobsFlag(args.flags.jobs);
    const expectedFile = fileFlag(args, 'expected', '应报单位名单');
    const previousFile = fileFlag(args, 'previous', '上轮审核表');
    let expected: string[] | undefined;
    let previous: Awaited<ReturnType<typeof readPreviousFile>> | undefined;
    try {
      if (expectedFile) expected = await readExpectedFile(resolve(io.cwd, expectedFile));
      if (previousFile) previous = await readPreviousFile(resolve(io.cwd, previousFile));
    } catch (e) {
      if (e instanceof ReviewerFileError) throw new CliError(e.message);
      throw e;
    }
    if (args.positional.length === 0)
      throw new CliError(`请指定文件夹或工作簿（missing folder or files）。用法：${USAGE}`);
    const exclude = [output, output && besideReview(output).checklist, previousFile].filter((p): p is string => !!p);
    const inputs = await collectInputs(args.positional, io.cwd, exclude);
    if (inputs.length === 0)
      throw new CliError(`没有找到 .xlsx 工作簿（no workbooks found in ${args.positional.join(' ')}）`);
    const lint = args.flags.lint === true;
    const progress = progressReporter(progressSink(io));
    const all = await runBatch(inputs, { jobs, lint, onProgress: progress.update });
    progress.end();
    const skipped = all.filter((r) => r.skipped);
    if (skipped.length) io.err(`已跳过 ${skipped.length} 个审核表文件：${skipped.map((r) => r.file).join('、')}`);
    const reviews = all.filter((r) => !r.skipped);
    if (reviews.length === 0) throw new CliError('没有找到单位的决算工作簿（no unit workbooks found）');
    const missing = expected ? matchExpected(reviews, expected).missing : undefined;
    if (missing?.length) io.err(`应报单位中 ${missing.length} 个未提交：${missing.join('、')}`);
    const comparisons: UnitComparison[] | undefined = previous ? compareReviews(reviews, previous) : undefined;
    let notices = 0;
    if (output) {
      const now = new Date();
      try {
        const info = { reviewedAt: now.toISOString(), lint, missing, comparisons };
        await (await import('../../batch/review-xlsx')).writeReviewXlsx(resolve(io.cwd, output), reviews, info);
        notices = await writeReviewerFiles(resolve(io.cwd, output), reviews, { lint, date: now, comparisons });
      } catch (e) {
        throw new CliError(
          `无法写入 ${output}（cannot write file: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`,
        );
      }
    }
    if (args.flags.json === true)
      io.out(JSON.stringify({ ...batchJson(reviews, output), ...(missing ? { missing } : {}) }, null, 2));
    else io.out(`${summaryText(reviews)}\n${closingLine(reviews, output, notices)}`);
    return batchExitCode(reviews);
  },
};

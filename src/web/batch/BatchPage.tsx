import {
  Body1,
  Button,
  Caption1,
  Field,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Subtitle2,
  Text,
  Textarea,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { compareReviews, type PreviousReview } from '../../batch/reviewer/compare';
import { matchExpected, parseExpectedUnits } from '../../batch/reviewer/expected';
import { noticeFileName } from '../../batch/reviewer/notice';
import type { UnitReview } from '../../batch/types';
import { downloadBytes, MIME } from '../../taskpane/download';
import { chooseFiles } from './choose';
import {
  checklistBytes,
  noticesZip,
  noticeUnits,
  OUTPUT_NAMES,
  readPreviousFile,
  reviewWorkbookBytes,
  unitNotice,
  type BatchOutcome,
} from './outputs';
import { reviewFiles } from './pool';
import { filterRows, sortRows, summaryRows, type Filter, type RowStatus, type Sort, type SortKey } from './rows';
import { spawnReviewWorker } from './spawn';
import { UnitFindings } from './UnitFindings';

/**
 * 批量审核 on the web page, for a 财政局 reviewer: choose many units' workbooks (or a whole folder, with the
 * 情况说明 of the same names), review them in Web Workers with progress, read the summary table (sort, filter),
 * open any unit, and download the review workbook, the 决算公开检查表 and the 整改通知 — as `juesuan batch` writes
 * them. Nothing leaves the machine.
 */

const useStyles = makeStyles({
  page: { minHeight: '100vh', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  grow: { flexGrow: 1 },
  // minmax(0, 1fr): the wide table scrolls in its own box instead of widening the page (no sideways scroll).
  main: {
    maxWidth: '1200px',
    margin: '0 auto',
    padding: '16px',
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: '16px',
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  options: { display: 'grid', gap: '12px', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  // relative: the visually hidden caption and header text (position absolute) scroll and clip with the table.
  scroller: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: '4px 8px',
      textAlign: 'left',
      verticalAlign: 'top',
    },
    '& td.num, & th.num': { textAlign: 'right' },
  },
  sortButton: { minWidth: 0, padding: '0 4px', fontWeight: tokens.fontWeightSemibold },
  status: { fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

const COLUMNS: { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'unit', label: '单位' },
  { key: 'file', label: '文件' },
  { key: 'year', label: '年度', num: true },
  { key: 'status', label: '状态' },
  { key: 'error', label: '错误', num: true },
  { key: 'warning', label: '警告', num: true },
  { key: 'rounding', label: '舍位差异', num: true },
  { key: 'missing', label: '缺少的表' },
];

const STATUSES: (RowStatus | '全部')[] = ['全部', '需修改', '无法读取', '可提交', '未提交'];

interface Progress {
  readonly done: number;
  readonly total: number;
  readonly last?: string;
}

export function BatchPage({ onClose }: { onClose: () => void }) {
  const styles = useStyles();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);
  const previousInput = useRef<HTMLInputElement>(null);
  const expectedInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress>();
  const [reviews, setReviews] = useState<{ list: UnitReview[]; lint: boolean; at: Date; skipped: number }>();
  const [expectedText, setExpectedText] = useState('');
  const [previous, setPrevious] = useState<{ name: string; review: PreviousReview }>();
  const [error, setError] = useState<string>();
  const [sort, setSort] = useState<Sort>({ key: 'status', descending: false });
  const [filter, setFilter] = useState<Filter>({ status: '全部', text: '' });
  const [open, setOpen] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (list: FileList | null) => {
    const files = chooseFiles(list ? Array.from(list) : []);
    setError(undefined);
    if (files.length === 0) {
      setError('所选文件中没有 .xlsx / .xls 工作簿。');
      return;
    }
    setOpen(undefined);
    setReviews(undefined);
    setProgress({ done: 0, total: files.length });
    const all = await reviewFiles(files, {
      spawn: typeof Worker === 'undefined' ? undefined : spawnReviewWorker,
      onProgress: (done, total, r) => setProgress({ done, total, last: r.file }),
    });
    const list2 = all.filter((r) => !r.skipped);
    setReviews({
      list: list2,
      lint: files.some((f) => f.narrative),
      at: new Date(),
      skipped: all.length - list2.length,
    });
    setProgress(undefined);
  };

  const outcome = useMemo((): BatchOutcome | undefined => {
    if (!reviews) return undefined;
    const expected = parseExpectedUnits(expectedText);
    return {
      reviews: reviews.list,
      lint: reviews.lint,
      reviewedAt: reviews.at,
      ...(expected.length ? { missing: matchExpected(reviews.list, expected).missing } : {}),
      ...(previous ? { comparisons: compareReviews(reviews.list, previous.review) } : {}),
    };
  }, [reviews, expectedText, previous]);

  const rows = useMemo(
    () => (outcome ? summaryRows(outcome.reviews, outcome.missing, outcome.comparisons) : []),
    [outcome],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const opened = rows.find((r) => r.key === open && r.review);

  const save = async (make: () => Promise<Uint8Array>, name: string, mime: string) => {
    setBusy(true);
    try {
      downloadBytes(await make(), name, mime);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const choosePrevious = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPrevious({ name: file.name, review: await readPreviousFile(file) });
      setError(undefined);
    } catch (e) {
      setError(`无法读取上轮审核表“${file.name}”：${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const count = (s: RowStatus) => rows.filter((r) => r.status === s).length;
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.grow}>
          决算公开助手 · 批量审核
        </Subtitle2>
        <Button onClick={onClose} data-testid="batch-close">
          返回
        </Button>
      </header>
      <main className={styles.main} data-testid="batch-page">
        <Body1>
          选择各单位报送的决算公开工作簿（可多选，或选择整个文件夹；与工作簿同名的 .docx / .txt 情况说明会一并核对）。
          文件只在本机浏览器中读取和审核，不上传到任何服务器。
        </Body1>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => filesInput.current?.click()} data-testid="batch-choose-files">
            选择工作簿（可多选）
          </Button>
          <Button onClick={() => folderInput.current?.click()} data-testid="batch-choose-folder">
            选择文件夹
          </Button>
          <input
            ref={filesInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,.xls,.docx,.txt"
            className={styles.hiddenInput}
            aria-label="选择工作簿"
            data-testid="batch-files-input"
            tabIndex={-1}
            onChange={(e) => {
              void run(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <input
            ref={(el) => {
              folderInput.current = el;
              // webkitdirectory is not in React's attribute list: set it on the element.
              if (el) el.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            className={styles.hiddenInput}
            aria-label="选择文件夹"
            data-testid="batch-folder-input"
            tabIndex={-1}
            onChange={(e) => {
              void run(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <div className={styles.options}>
          <Field
            label="应报单位名单（可选，每行一个单位；未报送的单位标为“未提交”）"
            hint={
              <Button size="small" appearance="subtle" onClick={() => expectedInput.current?.click()}>
                从 .txt 文件读取
              </Button>
            }
          >
            <Textarea
              value={expectedText}
              onChange={(_, d) => setExpectedText(d.value)}
              resize="vertical"
              data-testid="batch-expected"
            />
          </Field>
          <input
            ref={expectedInput}
            type="file"
            accept=".txt,text/plain"
            className={styles.hiddenInput}
            aria-label="应报单位名单文件"
            data-testid="batch-expected-input"
            tabIndex={-1}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void f.text().then(setExpectedText);
              e.currentTarget.value = '';
            }}
          />
          <Field label="复审：上轮审核表（可选，对比已整改、仍存在、新增）">
            <div className={styles.row}>
              <Button onClick={() => previousInput.current?.click()} data-testid="batch-choose-previous">
                选择上轮审核表
              </Button>
              {previous && (
                <>
                  <Text data-testid="batch-previous-name">{previous.name}</Text>
                  <Button size="small" onClick={() => setPrevious(undefined)}>
                    取消对比
                  </Button>
                </>
              )}
            </div>
          </Field>
          <input
            ref={previousInput}
            type="file"
            accept=".xlsx"
            className={styles.hiddenInput}
            aria-label="上轮审核表"
            data-testid="batch-previous-input"
            tabIndex={-1}
            onChange={(e) => {
              void choosePrevious(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
        {error && (
          <MessageBar intent="error" data-testid="batch-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {progress && (
          <div role="status" aria-live="polite" data-testid="batch-progress">
            <Text>
              正在审核 {progress.done}/{progress.total}
              {progress.last ? `：${progress.last}` : ''}
            </Text>
            <ProgressBar value={progress.total ? progress.done / progress.total : undefined} thickness="large" />
          </div>
        )}
        {outcome && (
          <>
            <Text role="status" data-testid="batch-counts">
              共 {outcome.reviews.length} 个工作簿：可提交 {count('可提交')}，需修改 {count('需修改')}，无法读取{' '}
              {count('无法读取')}
              {outcome.missing ? `；应报单位中未提交 ${outcome.missing.length}` : ''}
              {reviews?.skipped ? `（已跳过 ${reviews.skipped} 个审核表文件）` : ''}
            </Text>
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void save(() => reviewWorkbookBytes(outcome), OUTPUT_NAMES.review, MIME.xlsx)}
                data-testid="batch-download-review"
              >
                下载审核表（.xlsx）
              </Button>
              <Button
                disabled={busy}
                onClick={() => void save(() => checklistBytes(outcome), OUTPUT_NAMES.checklist, MIME.xlsx)}
                data-testid="batch-download-checklist"
              >
                下载决算公开检查表
              </Button>
              <Button
                disabled={busy || noticeUnits(outcome).length === 0}
                onClick={() => void save(() => noticesZip(outcome), OUTPUT_NAMES.notices, 'application/zip')}
                data-testid="batch-download-notices"
              >
                下载整改通知（{noticeUnits(outcome).length} 份，.zip）
              </Button>
            </div>
            <div className={styles.row}>
              <Field label="状态">
                <Select
                  value={filter.status}
                  onChange={(_, d) => setFilter((f) => ({ ...f, status: d.value as Filter['status'] }))}
                  data-testid="batch-filter-status"
                >
                  {STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="查找单位或文件">
                <Input
                  value={filter.text}
                  onChange={(_, d) => setFilter((f) => ({ ...f, text: d.value }))}
                  data-testid="batch-search"
                />
              </Field>
              <Caption1 data-testid="batch-shown">
                显示 {shown.length}/{rows.length} 行
              </Caption1>
            </div>
            <div className={styles.scroller}>
              <table className={styles.table} data-testid="batch-table">
                <caption className={styles.hiddenInput}>各单位审核结果</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((c) => (
                      <th
                        key={c.key}
                        className={c.num ? 'num' : undefined}
                        aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                      >
                        <Button
                          appearance="transparent"
                          size="small"
                          className={styles.sortButton}
                          onClick={() => sortBy(c.key)}
                          data-testid={`batch-sort-${c.key}`}
                        >
                          {c.label}
                          {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                        </Button>
                      </th>
                    ))}
                    <th>情况说明</th>
                    {outcome.comparisons && <th>与上轮相比</th>}
                    <th>
                      <span className={styles.hiddenInput}>操作</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.key} data-testid="batch-row" data-status={r.status} data-file={r.file}>
                      <td>{r.unit}</td>
                      <td>{r.file}</td>
                      <td className="num">{r.year ?? ''}</td>
                      <td className={`${styles.status} ${r.status === '可提交' ? styles.ok : styles.bad}`}>
                        {r.status}
                      </td>
                      <td className="num">{r.error ?? ''}</td>
                      <td className="num">{r.warning ?? ''}</td>
                      <td className="num">{r.rounding ?? ''}</td>
                      <td>{r.missingTables.join('、')}</td>
                      <td>{r.narrative}</td>
                      {outcome.comparisons && (
                        <td>
                          {r.comparison
                            ? r.comparison.inPrevious
                              ? `已整改 ${r.comparison.fixed.length}，仍存在 ${r.comparison.remaining.length}，新增 ${r.comparison.added.length}`
                              : '上轮未审核'
                            : ''}
                        </td>
                      )}
                      <td>
                        {r.review && (
                          <Button
                            size="small"
                            onClick={() => setOpen(r.key)}
                            aria-label={`查看 ${r.unit || r.file} 的全部问题`}
                            data-testid="batch-open-unit"
                          >
                            查看
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {opened?.review && (
              <UnitFindings
                review={opened.review}
                {...(opened.comparison ? { comparison: opened.comparison } : {})}
                onNotice={
                  opened.review.status === '可提交'
                    ? undefined
                    : () =>
                        downloadBytes(
                          unitNotice(outcome, opened.review!),
                          noticeFileName(opened.review!),
                          'text/plain;charset=utf-8',
                        )
                }
                onClose={() => setOpen(undefined)}
              />
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}

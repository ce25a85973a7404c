import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title2,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ConsolidateEntry } from './consolidate/ConsolidateEntry';
import { DiscardDialog } from './DiscardDialog';
import { GridPreview } from './GridPreview';
import { downloadBytes, MIME } from '../taskpane/download';
import { updatedName } from './download';
import { openWorkbook, type LoadProgress, type OpenedWorkbook } from './open-workbook';

/** 批量审核 (src/web/batch): its own lazy chunk, loaded when a reviewer opens it. */
const BatchPage = lazy(() =>
  import(/* webpackChunkName: "batch" */ './batch/BatchPage').then((m) => ({ default: m.BatchPage })),
);

/**
 * The standalone page: first paint is only this shell (React + Fluent, no ExcelJS). Opening a file shows progress,
 * then the task-pane app beside a grid preview of the workbook; 下载工作簿 saves the workbook with every applied edit.
 */

/** Below this width the grid and the pane take turns (see `work`). */
const NARROW = '@media (max-width: 899px)';
const NARROW_QUERY = '(max-width: 899px)';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

/**
 * Printing (Ctrl+P) gives the pane's current step on A4 — the findings of 校验, or the draft of 说明 — without the
 * page header, the grid, the tabs and the action buttons; a finding is not split across pages.
 */
const usePrintStyles = makeStaticStyles(`
@page { size: A4; margin: 15mm 12mm; }
@media print {
  html, body { height: auto !important; background: #fff; }
  [data-print="hide"], [data-testid="app"] > header, [data-testid="app"] [role="tablist"] { display: none !important; }
  [data-print="page"], [data-print="work"] { display: block !important; height: auto !important; }
  [data-testid="web-taskpane"] { display: block !important; overflow: visible !important; border: none !important; }
  [data-testid="web-taskpane"] li, [data-testid="web-taskpane"] h3, [data-testid="web-taskpane"] h4 { break-inside: avoid; }
  [data-testid="web-taskpane"] h3, [data-testid="web-taskpane"] h4 { break-after: avoid; }
}
`);

const useStyles = makeStyles({
  page: { height: '100vh', display: 'flex', flexDirection: 'column', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fileName: {
    flexGrow: 1,
    flexBasis: '120px',
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  landing: { maxWidth: '720px', margin: '40px auto', padding: '0 16px', display: 'grid', gap: '16px' },
  drop: {
    display: 'grid',
    justifyItems: 'center',
    gap: '12px',
    padding: '40px 16px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    textAlign: 'center',
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
  // Wide: grid and pane side by side. Below 900 px (NARROW) one of them fills the page, chosen by two tabs; nothing
  // is ever wider than the window.
  work: {
    flexGrow: 1,
    minHeight: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(360px, 440px)',
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: 'auto',
    overflowX: 'hidden',
    minHeight: 0,
    minWidth: 0,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    [NARROW]: { borderLeft: 'none' },
  },
  region: { minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' },
  hiddenNarrow: { [NARROW]: { display: 'none' } },
  switcher: {
    display: 'none',
    [NARROW]: { display: 'flex', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 8px' },
  },
  headerButtons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  skip: {
    position: 'absolute',
    left: '8px',
    top: '-48px',
    zIndex: 10,
    padding: '6px 12px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    border: `2px solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: '8px' },
  },
});

/** Which half fills a narrow screen. */
type NarrowView = 'pane' | 'grid';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string; size: number; progress: LoadProgress }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'ready'; opened: OpenedWorkbook };

const STAGE_LABEL: Record<LoadProgress['stage'], string> = {
  reading: '正在读取文件',
  code: '正在加载表格组件',
  parsing: '正在解析工作簿（大文件需要几秒到几十秒）',
};

const INTRO =
  '打开从决算软件导出的部门决算公开工作簿（.xlsx）：找到九张公开表并校验勾稽关系，填充可推算的栏目，' +
  '起草和核对情况说明，再下载更新后的工作簿和 Word 文档。';

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
}

export function WebPage() {
  useStaticStyles();
  usePrintStyles();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragOver, setDragOver] = useState(false);
  const [saving, setSaving] = useState(false);
  const [view, setView] = useState<NarrowView>('pane');
  const [confirming, setConfirming] = useState(false);
  const [batch, setBatch] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const paneRef = useRef<HTMLElement>(null);
  /** The gateway's edit count when the workbook was last downloaded: later edits are the unsaved ones. */
  const saved = useRef(0);
  /** A value typed in the grid's edit box and not yet saved (Enter): unsaved work too. */
  const typing = useRef(false);
  const onTyping = useCallback((t: boolean) => {
    typing.current = t;
  }, []);

  const open = useCallback(async (file: File) => {
    const base = { name: file.name, size: file.size };
    setState({ kind: 'loading', ...base, progress: { stage: 'reading', percent: 0 } });
    try {
      const opened = await openWorkbook(file, (progress) => setState({ kind: 'loading', ...base, progress }));
      saved.current = 0;
      typing.current = false;
      setState({ kind: 'ready', opened });
    } catch (e) {
      setState({ kind: 'error', name: file.name, message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  // Edits live only in this tab until downloaded: the browser asks before the page is closed.
  const gateway = state.kind === 'ready' ? state.opened.gateway : undefined;
  useEffect(() => {
    if (!gateway) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (gateway.editCount > saved.current || typing.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [gateway]);

  // On a narrow screen, showing cells from the pane (a finding, a figure) switches to the grid.
  useEffect(() => {
    if (!gateway) return;
    return gateway.onSelect(() => {
      if (window.matchMedia?.(NARROW_QUERY).matches) setView('grid');
    });
  }, [gateway]);

  // 打开其他工作簿 replaces this one: edits not yet downloaded would be lost, so ask first.
  const openOther = () => {
    if (gateway && (gateway.editCount > saved.current || typing.current)) setConfirming(true);
    else input.current?.click();
  };

  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void open(file);
  };

  const download = async () => {
    if (!gateway) return;
    setSaving(true);
    try {
      const edits = gateway.editCount;
      downloadBytes(await gateway.save(), updatedName(gateway.name), MIME.xlsx);
      saved.current = edits;
    } finally {
      setSaving(false);
    }
  };

  const fileInput = (
    <input
      ref={input}
      type="file"
      accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
      className={styles.hiddenInput}
      data-testid="web-file-input"
      aria-label="打开工作簿"
      onChange={(e) => {
        pick(e.currentTarget.files);
        e.currentTarget.value = '';
      }}
    />
  );

  if (state.kind === 'ready') {
    const { gateway: gw, App } = state.opened;
    const toPane = () => {
      setView('pane');
      // After the render that shows the pane on a narrow screen.
      setTimeout(() => paneRef.current?.focus(), 0);
    };
    return (
      <FluentProvider theme={webLightTheme} className={styles.page} data-print="page">
        <a
          data-print="hide"
          href="#web-taskpane"
          className={styles.skip}
          data-testid="web-skip"
          onClick={(e) => {
            e.preventDefault();
            toPane();
          }}
        >
          跳到决算公开助手
        </a>
        <header className={styles.header} data-print="hide">
          <Subtitle2 as="h1">决算公开助手</Subtitle2>
          <Text className={styles.fileName} data-testid="web-file-name" title={gw.name}>
            {gw.name}
          </Text>
          {gw.note && <Caption1 data-testid="web-file-note">{gw.note}</Caption1>}
          <div className={styles.headerButtons}>
            <Button
              appearance="primary"
              disabled={saving}
              onClick={() => void download()}
              data-testid="web-download-xlsx"
            >
              下载工作簿
            </Button>
            <Button onClick={openOther} data-testid="web-open-other">
              打开其他工作簿
            </Button>
          </div>
          {fileInput}
        </header>
        <TabList
          className={styles.switcher}
          selectedValue={view}
          onTabSelect={(_, d) => setView(d.value as NarrowView)}
          aria-label="显示"
          data-print="hide"
          data-testid="web-switcher"
        >
          <Tab value="pane" data-testid="web-show-pane">
            助手
          </Tab>
          <Tab value="grid" data-testid="web-show-grid">
            表格
          </Tab>
        </TabList>
        <main className={styles.work} data-print="work">
          <div
            className={mergeClasses(styles.region, view !== 'grid' && styles.hiddenNarrow)}
            data-print="hide"
            data-testid="web-grid-region"
          >
            <GridPreview gateway={gw} onTyping={onTyping} />
          </div>
          <aside
            ref={paneRef}
            id="web-taskpane"
            tabIndex={-1}
            className={mergeClasses(styles.pane, view !== 'pane' && styles.hiddenNarrow)}
            aria-label="决算公开助手"
            data-testid="web-taskpane"
          >
            <App gateway={gw} embedded />
          </aside>
        </main>
        <DiscardDialog
          open={confirming}
          edits={gw.editCount - saved.current}
          typing={typing.current}
          onDownload={() => {
            setConfirming(false);
            void download();
          }}
          onDiscard={() => {
            setConfirming(false);
            input.current?.click();
          }}
          onCancel={() => setConfirming(false)}
        />
      </FluentProvider>
    );
  }

  if (batch)
    return (
      <Suspense
        fallback={
          <FluentProvider theme={webLightTheme}>
            <ProgressBar aria-label="正在加载批量审核" />
          </FluentProvider>
        }
      >
        <BatchPage onClose={() => setBatch(false)} />
      </Suspense>
    );

  return (
    <FluentProvider theme={webLightTheme} className={styles.page}>
      <main className={styles.landing} data-testid="web-landing">
        <Title2 as="h1">决算公开助手</Title2>
        <Body1>{INTRO}</Body1>
        <div
          className={mergeClasses(styles.drop, dragOver && styles.dropActive)}
          data-testid="web-drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'copy';
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragOver(false);
            pick(e.dataTransfer.files);
          }}
        >
          <Button appearance="primary" size="large" onClick={() => input.current?.click()} data-testid="web-open">
            打开工作簿
          </Button>
          <Caption1>或把 .xlsx 文件拖到这里</Caption1>
          {fileInput}
        </div>
        {state.kind === 'loading' && (
          <div data-testid="web-progress" role="status" aria-live="polite">
            <Text>
              {STAGE_LABEL[state.progress.stage]}：{state.name}（{megabytes(state.size)}）
              {state.progress.percent !== undefined ? ` ${state.progress.percent}%` : '…'}
            </Text>
            <ProgressBar
              value={state.progress.percent !== undefined ? state.progress.percent / 100 : undefined}
              thickness="large"
            />
          </div>
        )}
        <ConsolidateEntry />
        {state.kind === 'error' && (
          <MessageBar intent="error" data-testid="web-error">
            <MessageBarBody>
              <MessageBarTitle>无法打开“{state.name}”</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        <div>
          <Button onClick={() => setBatch(true)} data-testid="web-batch">
            批量审核多个单位（财政局）
          </Button>
        </div>
        <Caption1 data-testid="web-privacy">
          文件只在本机浏览器中读取和处理，不上传到任何服务器；本页面不连接本站以外的任何地址。
        </Caption1>
      </main>
    </FluentProvider>
  );
}

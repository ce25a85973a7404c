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
  Text,
  Title2,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GridPreview } from './GridPreview';
import { downloadBytes, MIME } from '../taskpane/download';
import { updatedName } from './download';
import { openWorkbook, type LoadProgress, type OpenedWorkbook } from './open-workbook';

/**
 * The standalone page: first paint is only this shell (React + Fluent, no ExcelJS). Opening a file shows progress,
 * then the task-pane app beside a grid preview of the workbook; 下载工作簿 saves the workbook with every applied edit.
 */

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  page: { height: '100vh', display: 'flex', flexDirection: 'column', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fileName: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
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
  work: { flexGrow: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 440px' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, overflow: 'auto', minHeight: 0 },
});

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
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragOver, setDragOver] = useState(false);
  const [saving, setSaving] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const open = useCallback(async (file: File) => {
    const base = { name: file.name, size: file.size };
    setState({ kind: 'loading', ...base, progress: { stage: 'reading', percent: 0 } });
    try {
      const opened = await openWorkbook(file, (progress) => setState({ kind: 'loading', ...base, progress }));
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
      if (gateway.editCount > 0) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [gateway]);

  const pick = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void open(file);
  };

  const download = async () => {
    if (!gateway) return;
    setSaving(true);
    try {
      downloadBytes(await gateway.save(), updatedName(gateway.name), MIME.xlsx);
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
    return (
      <FluentProvider theme={webLightTheme} className={styles.page}>
        <header className={styles.header}>
          <Subtitle2 as="h1">决算公开助手</Subtitle2>
          <Text className={styles.fileName} data-testid="web-file-name">
            {gw.name}
          </Text>
          {gw.note && <Caption1 data-testid="web-file-note">{gw.note}</Caption1>}
          <Button
            appearance="primary"
            disabled={saving}
            onClick={() => void download()}
            data-testid="web-download-xlsx"
          >
            下载工作簿
          </Button>
          <Button onClick={() => input.current?.click()} data-testid="web-open-other">
            打开其他工作簿
          </Button>
          {fileInput}
        </header>
        <div className={styles.work}>
          <GridPreview gateway={gw} />
          <aside className={styles.pane} aria-label="决算公开助手" data-testid="web-taskpane">
            <App gateway={gw} embedded />
          </aside>
        </div>
      </FluentProvider>
    );
  }

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
        {state.kind === 'error' && (
          <MessageBar intent="error" data-testid="web-error">
            <MessageBarBody>
              <MessageBarTitle>无法打开“{state.name}”</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        <Caption1 data-testid="web-privacy">
          文件只在本机浏览器中读取和处理，不上传到任何服务器；本页面不连接本站以外的任何地址。
        </Caption1>
      </main>
    </FluentProvider>
  );
}

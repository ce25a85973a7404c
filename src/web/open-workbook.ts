import type { ComponentType } from 'react';
import type { WorkbookGateway } from '../taskpane/gateway';
import { READ_LIMITS, tooLargeError } from '../io/limits';
import type { FileGateway } from './file-gateway';

/**
 * Opening a file on the web page: read the bytes (with progress), fetch the code that is not in the first paint
 * (ExcelJS with the gateway, and the task-pane app, each a lazy chunk from the page's own origin), parse.
 * Nothing is uploaded: the file goes from the user's disk into this tab's memory only.
 */

export type LoadStage = 'reading' | 'code' | 'parsing';

export interface LoadProgress {
  readonly stage: LoadStage;
  /** 0–100 while the bytes are read; undefined when the step cannot measure itself. */
  readonly percent?: number;
}

export interface OpenedWorkbook {
  readonly gateway: FileGateway;
  readonly App: ComponentType<{ gateway: WorkbookGateway; embedded?: boolean }>;
}

export function readFileBytes(file: File, onProgress: (percent: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () =>
      reject(new Error(`无法读取文件“${file.name}”：${reader.error?.message ?? '未知错误'}（cannot read the file）`));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the browser paint the progress before a long step that blocks the main thread. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The lazy chunks; webpack adds <link rel="prefetch"> for them after first paint, so they are usually cached. */
function loadCode() {
  return Promise.all([
    import(/* webpackChunkName: "workbook", webpackPrefetch: true */ './file-gateway'),
    import(/* webpackChunkName: "app", webpackPrefetch: true */ '../taskpane/App'),
  ]);
}

export async function openWorkbook(file: File, onProgress: (p: LoadProgress) => void): Promise<OpenedWorkbook> {
  // Refused from its size alone: a huge file is never read into the tab's memory.
  if (file.size > READ_LIMITS.maxFileBytes) throw tooLargeError(file.name, file.size);
  onProgress({ stage: 'reading', percent: 0 });
  await nextPaint();
  const bytes = await readFileBytes(file, (percent) => onProgress({ stage: 'reading', percent }));
  onProgress({ stage: 'code' });
  const [{ FileGateway }, { App }] = await loadCode();
  onProgress({ stage: 'parsing' });
  await nextPaint();
  const gateway = await FileGateway.open(bytes, file.name);
  return { gateway, App };
}

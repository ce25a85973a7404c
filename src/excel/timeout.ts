/// <reference types="office-js" />

/**
 * `context.sync()` can hang when Excel on the web is busy (recalculating, a dialog open, co-authoring); every sync
 * that only reads goes through this wrapper so the task pane shows a clear message instead of spinning. Writes do
 * not: a timer cannot cancel a sync, the write would still land after "failed" was shown (steps.ts: progress).
 */
export const DEFAULT_SYNC_TIMEOUT_MS = 30_000;

export class ExcelTimeoutError extends Error {
  constructor(
    readonly step: string,
    readonly ms: number,
  ) {
    super(
      `Excel 在 ${formatSeconds(ms)} 秒内没有响应（${step}）。工作簿可能正忙：正在计算、有对话框或单元格处于编辑状态。` +
        '请按 Esc 退出单元格编辑、关闭对话框，稍候再试；如仍无响应，请保存工作簿后重新打开任务窗格。',
    );
    this.name = 'ExcelTimeoutError';
  }
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms) / 1000); // 30000 → "30", 1500 → "1.5", 20 → "0.02"
}

/** Rejects with ExcelTimeoutError when `promise` has not settled within `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, step = '同步'): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ExcelTimeoutError(step, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The only way the gateway calls `context.sync()`. */
export function syncWithTimeout(
  context: Pick<Excel.RequestContext, 'sync'>,
  step: string,
  ms: number = DEFAULT_SYNC_TIMEOUT_MS,
): Promise<void> {
  return withTimeout(context.sync() as Promise<void>, ms, step);
}

export interface GatewayOptions {
  /** Milliseconds to wait for each `context.sync()`; default 30 s. */
  readonly timeoutMs?: number;
}

/** Runs `fn` with the given context, or inside a fresh `Excel.run` batch when none is given. */
export function withContext<T>(
  context: Excel.RequestContext | undefined,
  fn: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return context ? fn(context) : Excel.run(fn);
}

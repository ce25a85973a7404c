import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { analyseGrid, type Analysis } from '../../core/engine';
import { a1, type CellRef, type Grid } from '../../core/grid/grid';
import type { EditPlan, UndoRecord } from '../../core/plan/types';
import { STORE_SHEET } from '../../core/store/store';
import type { WorkbookGateway } from '../gateway';
import { useStrings } from '../strings';

/** The workbook as last read, with the engine's read side on it. */
export interface Loaded {
  readonly grid: Grid;
  readonly analysis: Analysis;
}

/** An error as the pane shows it: the reason, then what to do next. */
export interface UiError {
  readonly detail: string;
  readonly next: string;
}

export interface LastWrite {
  readonly label: string;
  readonly record: UndoRecord;
}

/** What every view uses: the loaded workbook, and the only ways to change or point into it. */
export interface WorkbookApi {
  readonly gateway: WorkbookGateway;
  readonly loaded?: Loaded;
  /** What is running now (shown after half a second), or undefined. */
  readonly busy?: string;
  readonly error?: UiError;
  readonly notice?: string;
  readonly lastWrite?: LastWrite;
  /** Reads the workbook again and re-analyses it. */
  refresh(): Promise<void>;
  /** 重新读取: the gateway reads its workbook afresh where it can (the web page), then refresh. */
  reload(): Promise<void>;
  /** Applies a plan through the gateway, keeps its undo record and re-reads the workbook. */
  write(plan: EditPlan, label: string): Promise<UndoRecord | undefined>;
  /** Undoes a write (by default the last one) with its record, and re-reads. */
  undo(record?: UndoRecord): Promise<void>;
  select(refs: readonly CellRef[]): Promise<void>;
  /** Runs other work with the busy indicator; errors become `error` with `next` as what to do. */
  run<T>(busy: string, next: string, fn: () => Promise<T>): Promise<T | undefined>;
  notify(text: string | undefined): void;
  fail(error: UiError | undefined): void;
}

export function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useWorkbookState(gateway: WorkbookGateway): WorkbookApi {
  const s = useStrings();
  const [loaded, setLoaded] = useState<Loaded>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<UiError>();
  const [notice, setNotice] = useState<string>();
  const [lastWrite, setLastWrite] = useState<LastWrite>();
  const running = useRef(0);

  const run = useCallback(async <T,>(label: string, next: string, fn: () => Promise<T>): Promise<T | undefined> => {
    running.current++;
    setBusy(label);
    setError(undefined);
    try {
      return await fn();
    } catch (e) {
      setError({ detail: errorDetail(e), next });
      return undefined;
    } finally {
      if (--running.current === 0) setBusy(undefined);
    }
  }, []);

  const refresh = useCallback(async () => {
    const grid = await run(s.busy.reading, s.errors.read, () => gateway.read());
    if (!grid) return;
    try {
      setLoaded({ grid, analysis: analyseGrid(grid) });
    } catch (e) {
      setError({ detail: errorDetail(e), next: s.errors.analyse });
    }
  }, [gateway, run, s]);

  const reload = useCallback(async () => {
    setNotice(undefined);
    if (gateway.reload) {
      const done = await run(s.busy.reading, s.errors.read, async () => {
        await gateway.reload!();
        return true;
      });
      if (!done) return;
    }
    const grid = await run(s.busy.reading, s.errors.read, () => gateway.read());
    if (!grid) return;
    try {
      const analysis = analyseGrid(grid);
      setLoaded({ grid, analysis });
      if (gateway.reload) setNotice(s.reloaded(Object.values(analysis.disclosure.tables).filter(Boolean).length));
    } catch (e) {
      setError({ detail: errorDetail(e), next: s.errors.analyse });
    }
  }, [gateway, run, s]);

  // Writes made beside the pane (the web page's grid) are the pane's last write too: one undo, the same for all.
  useEffect(
    () =>
      gateway.onWrite?.((label, record) => {
        setLastWrite({ label, record });
        setNotice(s.lastWrite(label, record.cells.length));
        void refresh();
      }),
    [gateway, refresh, s],
  );

  const write = useCallback(
    async (plan: EditPlan, label: string) => {
      setNotice(undefined);
      // Excel reports each write sync (a large write on the web takes several; writes have no timeout).
      gateway.onProgress = (done, total) => setBusy(s.progress(s.busy.writing, done, total));
      const record = await run(s.busy.writing, s.errors.write, async () => {
        try {
          return await gateway.apply(plan);
        } catch (e) {
          // A write that failed half-way and could not be put back carries its undo record: keep it offered.
          const kept = (e as { record?: UndoRecord } | null)?.record;
          if (kept) setLastWrite({ label, record: kept });
          throw e;
        }
      });
      if (!record) return undefined;
      setLastWrite({ label, record });
      setNotice(s.lastWrite(label, record.cells.filter((c) => c.ref.sheet !== STORE_SHEET).length));
      await refresh();
      return record;
    },
    [gateway, refresh, run, s],
  );

  const undo = useCallback(
    async (record?: UndoRecord) => {
      const target = record ?? lastWrite?.record;
      if (!target) return;
      const done = await run(s.busy.undoing, s.errors.undo, async () => (await gateway.undo(target)) ?? true);
      if (!done) return;
      if (lastWrite?.record === target) setLastWrite(undefined);
      const kept = done === true ? [] : done.kept.map((r) => `${r.sheet}!${a1(r.row, r.col)}`);
      const sheets = done === true ? [] : done.keptSheets.map((n) => `「${n}」`);
      setNotice(kept.length || sheets.length ? s.undonePartly(kept.join('、'), sheets.join('、')) : s.undone);
      await refresh();
    },
    [gateway, lastWrite, refresh, run, s],
  );

  const select = useCallback(
    async (refs: readonly CellRef[]) => {
      await run(s.busy.selecting, s.errors.select, () => gateway.select(refs));
    },
    [gateway, run, s],
  );

  return useMemo(
    () => ({
      gateway,
      loaded,
      busy,
      error,
      notice,
      lastWrite,
      refresh,
      reload,
      write,
      undo,
      select,
      run,
      notify: setNotice,
      fail: setError,
    }),
    [gateway, loaded, busy, error, notice, lastWrite, refresh, reload, write, undo, select, run],
  );
}

const WorkbookContext = createContext<WorkbookApi | undefined>(undefined);

export function WorkbookProvider({ value, children }: { value: WorkbookApi; children: ReactNode }) {
  return <WorkbookContext.Provider value={value}>{children}</WorkbookContext.Provider>;
}

/** The workbook API of the pane (views are rendered only inside the App). */
export function useWorkbook(): WorkbookApi {
  const api = useContext(WorkbookContext);
  if (!api) throw new Error('useWorkbook outside <App>');
  return api;
}

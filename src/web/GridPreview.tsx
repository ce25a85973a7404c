import { Button, Caption1, Input, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, MouseEvent, ReactElement } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CellRef, Grid, GridSheet, RangeBox } from '../core/grid/grid';
import { colLetters, findSheet, getCell, refToString } from '../core/grid/grid';
import type { FileGateway } from './file-gateway';
import { inputCells, inputDraft, inputKey, inputPlan, parseInput, sameAsCell } from './grid-input';
import {
  ROW_HEIGHT,
  boxA1,
  cellLayout,
  columnWidths,
  displayText,
  inBox,
  mergeAt,
  mergeIndex,
  moveByKey,
  selectionBox,
  sheetSize,
  toSelection,
  type Pos,
} from './grid-view';

/**
 * The web page's stand-in for Excel's grid: sheet tabs and the sheet's cells with row numbers and column letters.
 * Only the rows in view are drawn (fixed row height), so a sheet of 100,000 rows scrolls as fast as a small one.
 * `gateway.select` (a finding's or figure's cells) switches sheet, scrolls there and highlights them; selecting with
 * the mouse (drag, shift+click) or the keyboard (arrows, shift+arrows, PageUp/Down, Ctrl+Home/End) is reported with
 * `gateway.setSelection` for 「使用当前选择」.
 *
 * The 补充信息 inputs (src/web/grid-input.ts) are editable: the active input cell's value is typed in the box above
 * the grid (Enter, F2, a double-click or just typing on the cell goes there), checked, and written with
 * `gateway.edit` — the same plan, undo and download as every write. No other cell can be changed here.
 */

const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 52;
const OVERSCAN = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%', overflow: 'hidden' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '4px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minHeight: '28px',
    // The edit box wraps onto its own line on a narrow screen: the bar grows, the grid gives way.
    flexShrink: 0,
  },
  address: {
    fontFamily: tokens.fontFamilyMonospace,
    minWidth: '120px',
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    padding: '2px 6px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  scroller: {
    flexGrow: 1,
    overflow: 'auto',
    position: 'relative',
    outlineStyle: 'none',
    ':focus-visible': { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
    userSelect: 'none',
  },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 3 },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headActive: { backgroundColor: tokens.colorNeutralBackground3Selected, color: tokens.colorNeutralForeground1 },
  cell: {
    height: `${ROW_HEIGHT - 1}px`,
    padding: '0 4px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  input: { backgroundColor: tokens.colorPaletteLightGreenBackground1, cursor: 'text' },
  editor: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px', flexGrow: 1, minWidth: 0 },
  editorBox: { flexGrow: 1, minWidth: '120px' },
  editError: { color: tokens.colorPaletteRedForeground1, flexBasis: '100%' },
  merged: { textAlign: 'center' },
  formula: { color: tokens.colorPaletteBlueForeground2 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  active: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  pointed: { outline: `2px dashed ${tokens.colorPaletteDarkOrangeBorder2}`, outlineOffset: '-2px' },
  highlight: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    boxShadow: `inset 0 0 0 2px ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  tabs: {
    display: 'flex',
    gap: '2px',
    overflowX: 'auto',
    padding: '2px 8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: { flexShrink: 0, minWidth: 'auto' },
  tabHidden: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  badge: {
    marginLeft: '4px',
    padding: '0 5px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorPaletteYellowBackground3,
    fontSize: tokens.fontSizeBase100,
  },
});

interface Highlight {
  readonly refs: readonly CellRef[];
  /** Bumped on every `select`, so selecting the same cells again scrolls there again. */
  readonly seq: number;
}

export function GridPreview({
  gateway,
  onTyping,
}: {
  gateway: FileGateway;
  /** Told whether the edit box holds a value typed but not yet saved (the page's discard guard counts it). */
  onTyping?: (typing: boolean) => void;
}) {
  const styles = useStyles();
  const [grid, setGrid] = useState<Grid | undefined>();
  const [sheetName, setSheetName] = useState<string | undefined>();
  const [highlight, setHighlight] = useState<Highlight>({ refs: [], seq: 0 });
  // Cells of the figure under the pointer in the draft: outlined, the selection and sheet stay as they are.
  const [pointed, setPointed] = useState<readonly CellRef[]>([]);
  const [anchor, setAnchor] = useState<Pos>({ row: 1, col: 1 });
  const [focus, setFocus] = useState<Pos>({ row: 1, col: 1 });
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const scroller = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const editBox = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [dirty, setDirty] = useState(false);
  const [editError, setEditError] = useState<string>();
  const [saving, setSaving] = useState(false);

  // The workbook: read at mount and after every edit the task pane applies.
  useEffect(() => {
    let live = true;
    const load = () => void gateway.read().then((g) => live && setGrid(g));
    load();
    const off = gateway.onChange(load);
    return () => {
      live = false;
      off();
    };
  }, [gateway]);

  useEffect(
    () =>
      gateway.onSelect((refs) => {
        setHighlight((h) => ({ refs, seq: h.seq + 1 }));
        if (refs.length > 0) setSheetName(refs[0].sheet);
      }),
    [gateway],
  );

  useEffect(() => gateway.onPreview(setPointed), [gateway]);

  const sheets = useMemo(() => grid?.sheets.filter((s) => s.visibility !== 'veryHidden') ?? [], [grid]);
  const sheet: GridSheet | undefined =
    (sheetName !== undefined && grid ? findSheet(grid, sheetName) : undefined) ?? sheets[0];
  const size = useMemo(() => (sheet ? sheetSize(sheet) : { rows: 1, cols: 1, colsCapped: false }), [sheet]);
  const widths = useMemo(() => (sheet ? columnWidths(sheet, size.cols) : [64]), [sheet, size.cols]);
  const merges = useMemo(() => (sheet ? mergeIndex(sheet) : new Map<string, RangeBox>()), [sheet]);
  const box = useMemo(() => selectionBox(merges, anchor, focus), [merges, anchor, focus]);
  const inputs = useMemo(() => (grid ? inputCells(grid) : new Map()), [grid]);
  const activeInput = sheet ? inputs.get(inputKey(sheet.name, focus.row, focus.col)) : undefined;
  const activeCell = activeInput && sheet ? getCell(sheet, focus.row, focus.col) : undefined;
  const activeKey = activeInput ? inputKey(activeInput.ref.sheet, activeInput.ref.row, activeInput.ref.col) : '';
  // The box shows the active input's value: afresh when another cell becomes active, and after a re-read unless
  // the user is typing.
  useEffect(() => {
    setDraft(inputDraft(activeCell));
    setDirty(false);
    setEditError(undefined);
    // Only when the active input changes (activeCell follows it).
  }, [activeKey]);
  useEffect(() => {
    if (!dirty) setDraft(inputDraft(activeCell));
    // Only on a re-read of the workbook.
  }, [grid]);
  useEffect(() => onTyping?.(dirty), [dirty, onTyping]);
  // A cell inside a merged range lights the whole range (drawn from its top-left cell).
  const lit = useMemo(
    () =>
      new Set(
        highlight.refs
          .filter((r) => r.sheet === sheet?.name)
          .map((r) => {
            const m = mergeAt(merges, r.row, r.col);
            return m ? `${m.top},${m.left}` : `${r.row},${r.col}`;
          }),
      ),
    [highlight, sheet, merges],
  );
  const pointedHere = useMemo(
    () => new Set(pointed.filter((r) => r.sheet === sheet?.name).map((r) => `${r.row},${r.col}`)),
    [pointed, sheet],
  );
  const litPerSheet = useMemo(() => {
    const n = new Map<string, number>();
    for (const r of highlight.refs) n.set(r.sheet, (n.get(r.sheet) ?? 0) + 1);
    return n;
  }, [highlight]);

  // The user's selection goes to the gateway for 「使用当前选择」.
  useEffect(() => {
    if (sheet) gateway.setSelection(toSelection(sheet.name, box));
  }, [gateway, sheet, box]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewHeight(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [grid]);

  const scrollToCell = useCallback(
    (pos: Pos, centre: boolean) => {
      const el = scroller.current;
      if (!el) return;
      const top = HEADER_HEIGHT + (pos.row - 1) * ROW_HEIGHT;
      const left = ROW_HEADER_WIDTH + widths.slice(0, pos.col - 1).reduce((a, b) => a + b, 0);
      const width = widths[pos.col - 1] ?? 64;
      if (centre) {
        el.scrollTop = Math.max(0, top - el.clientHeight / 3);
        if (left + width > el.scrollLeft + el.clientWidth || left < el.scrollLeft + ROW_HEADER_WIDTH)
          el.scrollLeft = Math.max(0, left - ROW_HEADER_WIDTH - 40);
      } else {
        if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
        else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
        if (left - ROW_HEADER_WIDTH < el.scrollLeft) el.scrollLeft = left - ROW_HEADER_WIDTH;
        else if (left + width > el.scrollLeft + el.clientWidth) el.scrollLeft = left + width - el.clientWidth;
      }
      setScrollTop(el.scrollTop);
    },
    [widths],
  );

  // A finding's or figure's cells: scroll to the first one on this sheet and make it the selection.
  useLayoutEffect(() => {
    const first = highlight.refs.find((r) => r.sheet === sheet?.name);
    if (!first) return;
    setAnchor(first);
    setFocus(first);
    scrollToCell(first, true);
    // Runs only when a new selection arrives or the sheet changes (not on every scroll).
  }, [highlight.seq, sheet?.name]);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  if (!grid || !sheet)
    return (
      <div className={styles.root}>
        <Spinner size="small" label="正在准备预览…" />
      </div>
    );

  const first = Math.max(1, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(size.rows, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const columns = Array.from({ length: size.cols }, (_, i) => i + 1);

  const switchSheet = (name: string) => {
    setSheetName(name);
    setAnchor({ row: 1, col: 1 });
    setFocus({ row: 1, col: 1 });
    if (scroller.current) scroller.current.scrollTop = scroller.current.scrollLeft = 0;
    setScrollTop(0);
  };

  const onMouseDown = (e: MouseEvent, pos: Pos) => {
    if (e.button !== 0) return;
    e.preventDefault();
    scroller.current?.focus();
    dragging.current = true;
    if (!e.shiftKey) setAnchor(pos);
    setFocus(pos);
  };
  const onMouseEnter = (pos: Pos) => {
    if (dragging.current) setFocus(pos);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (activeInput && (e.key === 'Enter' || e.key === 'F2')) {
      e.preventDefault();
      startEditing();
      return;
    }
    if (activeInput && e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEditing(e.key);
      return;
    }
    const page = Math.max(1, Math.floor(viewHeight / ROW_HEIGHT) - 1);
    const next = moveByKey(focus, e.key, e.ctrlKey || e.metaKey, size.rows, size.cols, page);
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    if (!e.shiftKey) setAnchor(next);
    scrollToCell(next, false);
  };

  const startEditing = (initial?: string) => {
    if (!activeInput) return;
    if (initial !== undefined) {
      setDraft(initial);
      setDirty(true);
    }
    editBox.current?.focus();
  };

  const commit = async () => {
    if (!activeInput || saving) return;
    const parsed = parseInput(activeInput, draft, activeCell);
    if (!parsed.ok) {
      setEditError(parsed.message);
      return;
    }
    setEditError(undefined);
    if (!sameAsCell(parsed, activeCell)) {
      setSaving(true);
      try {
        await gateway.edit(inputPlan(activeInput, parsed), `补充信息 ${activeInput.label}`);
      } catch (e) {
        setEditError(e instanceof Error ? e.message : String(e));
        return;
      } finally {
        setSaving(false);
      }
    }
    setDirty(false);
    // As in Excel, Enter moves to the cell below; the box stays focused for the next value.
    const next = { row: Math.min(size.rows, focus.row + 1), col: focus.col };
    setAnchor(next);
    setFocus(next);
    scrollToCell(next, false);
  };

  const rows: ReactElement[] = [];
  for (let r = first; r <= last; r++) {
    const cells: ReactElement[] = [];
    for (const c of columns) {
      const layout = cellLayout(merges, r, c, first, last, size.cols);
      if (layout.skip) continue;
      const gc = getCell(sheet, layout.source.row, layout.source.col);
      const text = displayText(gc);
      const span = layout.rowSpan > 1 || layout.colSpan > 1;
      const isLit = lit.has(`${layout.source.row},${layout.source.col}`);
      const isPointed = pointedHere.has(`${layout.source.row},${layout.source.col}`);
      const isInput = inputs.has(inputKey(sheet.name, layout.source.row, layout.source.col));
      cells.push(
        <td
          key={c}
          rowSpan={layout.rowSpan > 1 ? layout.rowSpan : undefined}
          colSpan={layout.colSpan > 1 ? layout.colSpan : undefined}
          data-ref={`${colLetters(layout.source.col)}${layout.source.row}`}
          data-highlight={isLit ? 'true' : undefined}
          data-pointed={isPointed ? 'true' : undefined}
          data-input={isInput ? 'true' : undefined}
          title={gc?.formula ? `=${gc.formula}` : text.length > 12 ? text : undefined}
          className={mergeClasses(
            styles.cell,
            typeof gc?.value === 'number' && styles.number,
            isInput && styles.input,
            span && styles.merged,
            gc?.formula !== undefined && styles.formula,
            inBox(box, r, c) && styles.selected,
            isLit && styles.highlight,
            isPointed && styles.pointed,
            focus.row === r && focus.col === c && styles.active,
          )}
          onMouseDown={(e) => onMouseDown(e, { row: r, col: c })}
          onMouseEnter={() => onMouseEnter({ row: r, col: c })}
          onDoubleClick={isInput ? () => setTimeout(() => editBox.current?.focus(), 0) : undefined}
        >
          {text}
        </td>,
      );
    }
    rows.push(
      <tr key={r} style={{ height: ROW_HEIGHT }}>
        <th scope="row" className={mergeClasses(styles.rowHead, r >= box.top && r <= box.bottom && styles.headActive)}>
          {r}
        </th>
        {cells}
      </tr>,
    );
  }

  const litElsewhere = highlight.refs.filter((r) => r.sheet !== sheet.name).length;

  return (
    <div className={styles.root} data-testid="grid-preview" data-sheet={sheet.name}>
      <div className={styles.bar}>
        <Text className={styles.address} data-testid="grid-address">
          {`${sheet.name}!${boxA1(box)}`}
        </Text>
        {highlight.refs.length > 0 && (
          <Caption1 data-testid="grid-highlight-note">
            已标出 {highlight.refs.length} 个单元格
            {litElsewhere > 0 ? `（其中 ${litElsewhere} 个在其他工作表）` : ''}：
            {highlight.refs
              .slice(0, 4)
              .map((r) => refToString(r))
              .join('、')}
            {highlight.refs.length > 4 ? ' 等' : ''}
          </Caption1>
        )}
        {pointed.length > 0 && (
          <Caption1 data-testid="grid-pointed-note">
            此数字来自：{pointed.map((r) => refToString(r)).join('、')}
          </Caption1>
        )}
        {size.colsCapped && <Caption1>只显示前 {size.cols} 列</Caption1>}
        {activeInput ? (
          <div className={styles.editor}>
            <Input
              ref={editBox}
              className={styles.editorBox}
              size="small"
              value={draft}
              // Read-only (not disabled) while saving: the box keeps the focus for the next value.
              readOnly={saving}
              aria-label={`填写 ${refToString(activeInput.ref)}（${activeInput.label}）`}
              aria-invalid={editError !== undefined}
              aria-describedby={editError ? 'grid-input-error' : undefined}
              data-testid="grid-input"
              data-kind={activeInput.kind}
              onChange={(_, d) => {
                setDraft(d.value);
                setDirty(true);
              }}
              onKeyDown={(e) => {
                // Enter that confirms a Chinese input method's candidate is not a save.
                if (e.nativeEvent.isComposing) return;
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void commit();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  setDraft(inputDraft(activeCell));
                  setDirty(false);
                  setEditError(undefined);
                  scroller.current?.focus();
                }
              }}
            />
            <Button
              size="small"
              appearance="primary"
              disabled={saving}
              onClick={() => void commit()}
              data-testid="grid-input-save"
            >
              保存
            </Button>
            {editError && (
              <Text id="grid-input-error" role="alert" className={styles.editError} data-testid="grid-input-error">
                {editError}
              </Text>
            )}
          </div>
        ) : (
          inputs.size > 0 &&
          sheet.name === [...inputs.values()][0].ref.sheet && (
            <Caption1 data-testid="grid-input-hint">
              补充信息的数值和说明可在表格中直接填写：选中浅绿色单元格后输入，按 Enter 保存。
            </Caption1>
          )
        )}
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={`工作表 ${sheet.name}`}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        data-testid="grid-scroller"
      >
        <table
          className={styles.table}
          style={{ width: ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0) }}
          data-testid="grid-table"
        >
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={mergeClasses(styles.colHead, styles.corner)} />
              {columns.map((c) => (
                <th
                  key={c}
                  scope="col"
                  className={mergeClasses(styles.colHead, c >= box.left && c <= box.right && styles.headActive)}
                >
                  {colLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 1 && <tr style={{ height: (first - 1) * ROW_HEIGHT }} aria-hidden />}
            {rows}
            {last < size.rows && <tr style={{ height: (size.rows - last) * ROW_HEIGHT }} aria-hidden />}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label="工作表">
        {sheets.concat(sheets.includes(sheet) ? [] : [sheet]).map((s) => (
          <Button
            key={s.name}
            role="tab"
            aria-selected={s === sheet}
            appearance={s === sheet ? 'primary' : 'subtle'}
            size="small"
            className={mergeClasses(styles.tab, s.visibility !== 'visible' && styles.tabHidden)}
            data-testid={`grid-tab-${s.name}`}
            onClick={() => switchSheet(s.name)}
          >
            {s.name}
            {(litPerSheet.get(s.name) ?? 0) > 0 && <span className={styles.badge}>{litPerSheet.get(s.name)}</span>}
          </Button>
        ))}
      </div>
    </div>
  );
}

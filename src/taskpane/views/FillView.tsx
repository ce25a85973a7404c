import { Button, Checkbox, Field, mergeClasses, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { planFill } from '../../core/derive/plan';
import type { FillMode } from '../../core/derive/types';
import { refToString } from '../../core/grid/grid';
import type { UndoRecord } from '../../core/plan/types';
import { CellLink } from '../components/CellLink';
import { useStyles } from '../components/styles';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

/**
 * 填充: the fill plan previewed (cells to write, old → new), conflicts with both values (typed content the
 * relations contradict, left alone unless ticked), applied in one write and undone with its UndoRecord.
 */
export function FillView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [mode, setMode] = useState<FillMode>('formulas');
  const [overwrite, setOverwrite] = useState<ReadonlySet<string>>(new Set());
  const [record, setRecord] = useState<UndoRecord>();

  const plans = useMemo(() => {
    if (!wb.loaded) return undefined;
    const { grid, analysis } = wb.loaded;
    const base = planFill(grid, analysis, { mode });
    const live = new Set(base.conflicts.map((c) => refToString(c.cell)));
    const chosen = [...overwrite].filter((k) => live.has(k));
    const final = chosen.length ? planFill(grid, analysis, { mode, overwrite: chosen }) : base;
    return { base, final };
  }, [wb.loaded, mode, overwrite]);
  if (!wb.loaded || !plans) return <Text>{s.noTables}</Text>;
  const { base, final } = plans;

  const toggle = (key: string, on: boolean) =>
    setOverwrite((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const apply = async () => {
    const rec = await wb.write(final.plan, s.fill.writeLabel);
    if (rec) {
      setRecord(rec);
      setOverwrite(new Set());
    }
  };

  const undo = async () => {
    if (!record) return;
    await wb.undo(record);
    setRecord(undefined);
  };

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.fill.heading}</h2>
      <Field label={s.fill.mode}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FillMode)} data-testid="fill-mode">
          <Radio value="formulas" label={s.fill.modeFormulas} />
          <Radio value="values" label={s.fill.modeValues} />
        </RadioGroup>
      </Field>

      <h3 className={st.subheading}>
        {s.fill.writes}（<span data-testid="fill-write-count">{final.written.length}</span>）
      </h3>
      {final.written.length === 0 ? (
        <Text className={st.muted}>{s.fill.noWrites}</Text>
      ) : (
        <ul className={st.list}>
          {final.written.map((w) => (
            <li key={refToString(w.cell)} className={st.item} data-testid="fill-write" data-cell={refToString(w.cell)}>
              <CellLink cells={[w.cell]}>{refToString(w.cell)}</CellLink> {w.label}
              <div className={st.mono}>
                {w.old ?? s.fill.empty} → {w.new}
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3 className={st.subheading}>
        {s.fill.conflicts}（<span data-testid="fill-conflict-count">{base.conflicts.length}</span>）
      </h3>
      {base.conflicts.length === 0 ? (
        <Text className={st.muted}>{s.fill.noConflicts}</Text>
      ) : (
        <ul className={st.list}>
          {base.conflicts.map((c) => {
            const key = refToString(c.cell);
            return (
              <li key={key} className={mergeClasses(st.item, st.warning)} data-testid="fill-conflict" data-cell={key}>
                <CellLink cells={[c.cell]}>{key}</CellLink> {c.label}
                <div className={st.mono}>
                  {s.fill.current} {c.current} · {s.fill.derived} {c.derived}
                </div>
                <Checkbox
                  label={s.fill.overwriteLabel(key)}
                  checked={overwrite.has(key)}
                  onChange={(_, d) => toggle(key, d.checked === true)}
                />
              </li>
            );
          })}
        </ul>
      )}

      <div className={st.row}>
        <Button
          appearance="primary"
          disabled={final.written.length === 0}
          disabledFocusable={!!wb.busy}
          onClick={() => void apply()}
          data-testid="fill-apply"
        >
          {s.fill.apply(final.written.length)}
        </Button>
        {record && (
          <Button disabledFocusable={!!wb.busy} onClick={() => void undo()} data-testid="fill-undo">
            {s.fill.undo}
          </Button>
        )}
      </div>
    </div>
  );
}

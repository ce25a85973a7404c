import { Button, mergeClasses, Text } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { analyseGrid } from '../../core/engine';
import { refToString } from '../../core/grid/grid';
import type { Disclosure } from '../../core/model/types';
import type { UndoRecord } from '../../core/plan/types';
import { planPrior, priorYearCheck, shownPrior } from '../../core/prior';
import { readXlsxGrid } from '../../io/xlsx-read';
import { CellLink } from '../components/CellLink';
import { useStyles } from '../components/styles';
import { readFileBytes } from '../download';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

interface LastYear {
  readonly file: string;
  readonly disclosure: Disclosure;
  readonly note?: string;
}

/**
 * 导入上年决算: last year's workbook is chosen with a file input and read in the browser by the lean reader (no
 * upload, no ExcelJS); `planPrior` lists what will be filled (value and last year's cell), what is kept, the
 * conflicts with typed values (never overwritten), what could not be filled and the 科目 renamed or re-coded;
 * the plan goes through the one write path (gateway) with its one-step undo.
 */
export function PriorView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const input = useRef<HTMLInputElement>(null);
  const [last, setLast] = useState<LastYear>();
  const [record, setRecord] = useState<UndoRecord>();
  const [refused, setRefused] = useState<string>();

  const plan = useMemo(
    () => (wb.loaded && last ? planPrior(wb.loaded.grid, wb.loaded.analysis, last.disclosure) : undefined),
    [wb.loaded, last],
  );
  if (!wb.loaded) return <Text>{s.noTables}</Text>;
  const year = wb.loaded.analysis.disclosure.year;

  const load = async (file: File | undefined) => {
    if (!file) return;
    setRefused(undefined);
    const disclosure = await wb.run(s.prior.reading, s.prior.readError, async () => {
      const grid = readXlsxGrid(await readFileBytes(file), file.name);
      return analyseGrid(grid).disclosure;
    });
    if (!disclosure) return;
    const check = priorYearCheck(year, disclosure.year, file.name);
    setRecord(undefined);
    if (check.refuse) {
      setLast(undefined);
      setRefused(check.refuse);
    } else setLast({ file: file.name, disclosure, note: check.note });
  };

  const apply = async () => {
    if (!plan) return;
    const rec = await wb.write(plan.plan, s.prior.writeLabel);
    if (rec) setRecord(rec);
  };

  const undo = async () => {
    if (!record) return;
    await wb.undo(record);
    setRecord(undefined);
  };

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.prior.heading}</h2>
      <Text>{s.prior.intro}</Text>
      <div className={st.row}>
        <Button disabledFocusable={!!wb.busy} onClick={() => input.current?.click()} data-testid="prior-choose">
          {s.prior.choose}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={s.prior.fileInputLabel}
          data-testid="prior-file"
          style={{ display: 'none' }}
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {refused && (
        <Text role="alert" className={mergeClasses(st.item, st.error)} data-testid="prior-refused">
          {refused}
        </Text>
      )}
      {last && plan && (
        <>
          <Text data-testid="prior-source">{s.prior.source(last.file, last.disclosure.year)}</Text>
          {last.note && <Text className={st.muted}>{last.note}</Text>}
          <Text data-testid="prior-summary">
            {s.prior.summary(plan.filled.length, plan.kept.length, plan.conflicts.length, plan.missing.length)}
          </Text>
          {plan.addedLines > 0 && <Text className={st.muted}>{s.prior.addedLines(plan.addedLines)}</Text>}

          <h3 className={st.subheading}>
            {s.prior.fills}（<span data-testid="prior-fill-count">{plan.filled.length}</span>）
          </h3>
          {plan.filled.length === 0 ? (
            <Text className={st.muted}>{s.prior.noFills}</Text>
          ) : (
            <ul className={st.list}>
              {plan.filled.map((f) => (
                <li key={f.key} className={st.item} data-testid="prior-fill" data-key={f.key}>
                  <CellLink cells={[f.cell]}>{refToString(f.cell)}</CellLink> {f.label}
                  <div className={st.mono} data-testid="prior-fill-value">
                    {shownPrior(f)} ← {s.prior.from} {refToString(f.source)}（{f.what}）
                  </div>
                </li>
              ))}
            </ul>
          )}

          {plan.conflicts.length > 0 && (
            <>
              <h3 className={st.subheading}>{s.prior.conflicts}</h3>
              <ul className={st.list}>
                {plan.conflicts.map((c) => (
                  <li
                    key={c.key}
                    className={mergeClasses(st.item, st.warning)}
                    data-testid="prior-conflict"
                    data-key={c.key}
                  >
                    <CellLink cells={[c.cell]}>{refToString(c.cell)}</CellLink> {c.label}
                    <div className={st.mono}>
                      {s.prior.current} {c.current} · {s.prior.lastYear} {c.prior}
                      {c.count ? '' : ' 万元'}（{refToString(c.source)}）
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}

          {plan.missing.length > 0 && (
            <>
              <h3 className={st.subheading}>{s.prior.missing}</h3>
              <ul className={st.list}>
                {plan.missing.map((m) => (
                  <li key={m.key} className={st.item} data-testid="prior-missing" data-key={m.key}>
                    {m.label}：{m.reason}
                  </li>
                ))}
              </ul>
            </>
          )}

          {plan.changes.length > 0 && (
            <>
              <h3 className={st.subheading}>{s.prior.changes}</h3>
              <ul className={st.list}>
                {plan.changes.map((c) => (
                  <li
                    key={`${c.change}${c.current.code}${c.prior.code}`}
                    className={st.item}
                    data-testid="prior-change"
                  >
                    {c.change === 'renamed'
                      ? s.prior.renamed(c.current.code, c.prior.name, c.current.name)
                      : s.prior.recoded(c.current.name, c.prior.code, c.current.code)}
                  </li>
                ))}
              </ul>
            </>
          )}

          {plan.hints.length > 0 && (
            <>
              <h3 className={st.subheading}>{s.prior.hints}</h3>
              <ul className={st.list}>
                {plan.hints.map((h) => (
                  <li key={h.key} className={st.item} data-testid="prior-hint">
                    {h.text}
                  </li>
                ))}
              </ul>
            </>
          )}

          <div className={st.row}>
            <Button
              appearance="primary"
              disabled={plan.plan.edits.length === 0}
              disabledFocusable={!!wb.busy}
              onClick={() => void apply()}
              data-testid="prior-apply"
            >
              {s.prior.apply(plan.plan.edits.length)}
            </Button>
            {record && (
              <Button disabledFocusable={!!wb.busy} onClick={() => void undo()} data-testid="prior-undo">
                {s.prior.undo}
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}

import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { refToString } from '../../core/grid/grid';
import { downloadBytes, MIME } from '../../taskpane/download';
import {
  ConsolidateRunError,
  buildDepartment,
  verifyAgainstUnits,
  type BuildResult,
  type UnitRead,
  type VerifyResult,
} from './run';

type Mode = 'build' | 'verify';
type Result = { kind: 'build'; r: BuildResult } | { kind: 'verify'; r: VerifyResult };

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 汇总 / 核对: choose the units' files (and for 核对 the department's), run with progress, then the results. */
export function ConsolidatePanel({ onClose }: { onClose: () => void }) {
  const [mode, setMode] = useState<Mode>('build');
  const [units, setUnits] = useState<File[]>([]);
  const [dept, setDept] = useState<File>();
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number; what: string }>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Result>();
  const unitInput = useRef<HTMLInputElement>(null);
  const deptInput = useRef<HTMLInputElement>(null);
  const running = progress !== undefined && progress.done < progress.total;
  const ready = units.length > 0 && (mode === 'build' || dept !== undefined) && !running;

  const start = async () => {
    setError(undefined);
    setResult(undefined);
    const onProgress = (done: number, total: number, what: string) => setProgress({ done, total, what });
    try {
      if (mode === 'build') setResult({ kind: 'build', r: await buildDepartment(units, name, onProgress) });
      else setResult({ kind: 'verify', r: await verifyAgainstUnits(dept!, units, onProgress) });
    } catch (e) {
      setError(e instanceof ConsolidateRunError || e instanceof Error ? e.message : String(e));
    } finally {
      setProgress((p) => (p ? { ...p, done: p.total } : p));
    }
  };

  const files = (list: FileList | null) => [...(list ?? [])];

  return (
    <section data-testid="consolidate-panel" aria-label="汇总 / 核对" style={{ display: 'grid', gap: 12 }}>
      <Subtitle2 as="h2">汇总 / 核对多个单位</Subtitle2>
      <RadioGroup
        value={mode}
        onChange={(_, d) => setMode(d.value as Mode)}
        layout="horizontal"
        data-testid="consolidate-mode"
      >
        <Radio value="build" label="汇总：由各单位工作簿生成部门汇总表" />
        <Radio value="verify" label="核对：已报送的部门汇总表与各单位合计" />
      </RadioGroup>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Button onClick={() => unitInput.current?.click()}>选择单位工作簿（可多选）…</Button>
        <input
          ref={unitInput}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label="单位工作簿"
          data-testid="consolidate-units"
          style={{ display: 'none' }}
          onChange={(e) => {
            setUnits(files(e.currentTarget.files));
            e.currentTarget.value = '';
          }}
        />
        <Text data-testid="consolidate-unit-count">已选 {units.length} 个单位</Text>
      </div>
      {units.length > 0 && <Text size={200}>{units.map((f) => f.name).join('、')}</Text>}
      {mode === 'verify' && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <Button onClick={() => deptInput.current?.click()}>选择部门汇总工作簿…</Button>
          <input
            ref={deptInput}
            type="file"
            accept={ACCEPT}
            aria-label="部门汇总工作簿"
            data-testid="consolidate-dept"
            style={{ display: 'none' }}
            onChange={(e) => {
              setDept(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <Text data-testid="consolidate-dept-name">{dept ? dept.name : '未选择'}</Text>
        </div>
      )}
      {mode === 'build' && (
        <Field label="部门名称（写入汇总表的编制单位）">
          <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="consolidate-name" />
        </Field>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button appearance="primary" disabled={!ready} onClick={() => void start()} data-testid="consolidate-run">
          {mode === 'build' ? '开始汇总' : '开始核对'}
        </Button>
        <Button onClick={onClose}>关闭</Button>
      </div>
      {progress && running && (
        <div role="status" aria-live="polite" data-testid="consolidate-progress">
          <Text>
            {progress.what}（{progress.done}/{progress.total}）
          </Text>
          <ProgressBar value={progress.done / progress.total} thickness="large" />
        </div>
      )}
      {error && (
        <MessageBar intent="error" data-testid="consolidate-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && <UnitList units={result.r.units} />}
      {result?.kind === 'build' && <BuildView r={result.r} />}
      {result?.kind === 'verify' && <VerifyView r={result.r} />}
    </section>
  );
}

function UnitList({ units }: { units: readonly UnitRead[] }) {
  return (
    <ol style={{ margin: 0 }}>
      {units.map((u) => (
        <li key={u.file} data-testid="consolidate-unit" data-errors={u.errors}>
          {u.name}（{u.file}）：{u.errors ? `校验错误 ${u.errors} 条，请先更正该单位` : '校验无错误'}
          {u.firstErrors.length > 0 && (
            <ul>
              {u.firstErrors.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function BuildView({ r }: { r: BuildResult }) {
  const file = `${r.name}.xlsx`;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text data-testid="consolidate-summary">
        已汇总 {r.units.length} 个单位{r.sum.year ? `（${r.sum.year} 年度）` : ''}，金额单位 {r.sum.outputUnit}
        ；汇总表校验
        {r.errors.length ? `有错误 ${r.errors.length} 条` : '无错误'}
        {r.rounding.length ? `，舍位差异 ${r.rounding.length} 处` : ''}。
      </Text>
      {r.sum.notes.map((n, i) => (
        <Text key={i} size={200} data-testid="consolidate-note">
          注意：{n.message}
        </Text>
      ))}
      {r.errors.map((m, i) => (
        <Text key={i} data-testid="consolidate-check-error">
          {m}
        </Text>
      ))}
      {r.rounding.map((x, i) => (
        <Text key={i} size={200} data-testid="consolidate-rounding">
          舍位差异：{x.message}（涉及单位：{x.units.join('、')}）
        </Text>
      ))}
      <div>
        <Button
          appearance="primary"
          onClick={() => downloadBytes(r.bytes, file, MIME.xlsx)}
          data-testid="consolidate-download"
        >
          下载汇总工作簿（含汇总明细）
        </Button>
      </div>
    </div>
  );
}

function VerifyView({ r }: { r: VerifyResult }) {
  const errors = r.findings.filter((f) => f.severity === 'error');
  const rounding = r.findings.length - errors.length;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Text data-testid="verify-summary">
        {errors.length
          ? `部门工作簿 ${r.department.file} 与各单位合计不一致：${errors.length} 处${rounding ? `（另有舍位差异 ${rounding} 处）` : ''}`
          : `部门工作簿 ${r.department.file} 与各单位合计一致${rounding ? `（舍位差异 ${rounding} 处）` : ''}。`}
      </Text>
      <ul style={{ margin: 0 }}>
        {r.findings.map((f, i) => (
          <li key={i} data-testid="verify-finding" data-severity={f.severity} data-table={f.table}>
            [{f.severity === 'error' ? '错误' : '舍位'}] {f.cell ? `${refToString(f.cell)} ` : ''}
            {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

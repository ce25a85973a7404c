import { Button, Field, mergeClasses, Text, Textarea } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { amountUnitNote, findingJson, summaryLine, tableTitle, verdict } from '../../core/checks/format';
import { SEVERITY_NAMES, type CheckSummary, type Finding } from '../../core/checks/types';
import { isWaivable, waiverPlan, withdrawWaiverPlan } from '../../core/checks/waivers';
import { checkWithStore } from '../../core/checks/with-store';
import { reportHtml } from '../../io/report-html';
import { CellLink } from '../components/CellLink';
import { useStyles } from '../components/styles';
import { baseName, downloadBytes, MIME } from '../download';
import { useWorkbook } from '../hooks/useWorkbook';
import { groupFindings, type FindingGroup } from '../model/groups';
import { useStrings } from '../strings';
import { CheckSettingsPanel } from './CheckSettingsPanel';

const COUNT_KEYS: readonly (keyof CheckSummary)[] = ['error', 'warning', 'rounding', 'info', 'accepted'];

/** 校验: the rule catalogue on the workbook with its stored waivers and 校验参数 (as `juesuan check`), grouped by table. */
export function ChecksView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const result = useMemo(() => wb.loaded && checkWithStore(wb.loaded.grid, wb.loaded.analysis.disclosure), [wb.loaded]);
  if (!wb.loaded || !result) return <Text>{s.noTables}</Text>;
  const { analysis } = wb.loaded;
  const groups = groupFindings(result.findings, analysis.mapping, analysis.disclosure.supplementary?.sheet);

  const groupTitle = (g: FindingGroup) =>
    g.key === 'supp'
      ? s.checks.suppGroup
      : g.key === 'other'
        ? s.checks.otherGroup
        : `${g.key} ${tableTitle(analysis.disclosure, g.key)}`;

  const download = () => {
    const file = wb.gateway.name ?? s.unnamedWorkbook;
    const html = reportHtml(result, { file, checkedAt: new Date().toISOString() });
    try {
      downloadBytes(html, s.checks.reportName(baseName(wb.gateway.name, s.unnamedWorkbook)), MIME.html);
    } catch (e) {
      wb.fail({ detail: e instanceof Error ? e.message : String(e), next: '' }); // Excel for Mac: no downloads
    }
  };

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.checks.heading}</h2>
      <div className={st.row} role="group" aria-label={summaryLine(result.summary)} data-testid="check-counts">
        {COUNT_KEYS.map((k) => (
          <Text key={k} className={mergeClasses(st.item, k !== 'accepted' && st[k])}>
            {s.checks.counts[k]} <strong data-testid={`count-${k}`}>{result.summary[k]}</strong>
          </Text>
        ))}
      </div>
      <Text weight="semibold" data-testid="check-verdict">
        {verdict(result.summary)}
      </Text>
      <Text className={st.muted} data-testid="check-unit">
        {amountUnitNote(analysis.disclosure)}
      </Text>
      <div className={st.row}>
        <Button appearance="primary" disabledFocusable={!!wb.busy} onClick={() => void wb.refresh()}>
          {s.checks.rerun}
        </Button>
        <Button onClick={download}>{s.checks.downloadReport}</Button>
      </div>
      <CheckSettingsPanel settings={result.settings} />
      {result.staleWaivers.length > 0 && (
        <div className={st.row} data-testid="stale-waivers">
          <Text>{s.checks.stale(result.staleWaivers.length)}</Text>
          <Button
            size="small"
            disabledFocusable={!!wb.busy}
            onClick={() =>
              void wb.write(withdrawWaiverPlan(wb.loaded!.grid, ...result.staleWaivers), s.checks.dropStaleLabel)
            }
          >
            {s.checks.dropStale}
          </Button>
        </div>
      )}
      {groups.length === 0 && <Text>{s.checks.noFindings}</Text>}
      {groups.map((g) => (
        <section key={g.key} data-testid={`finding-group-${g.key}`} aria-label={groupTitle(g)}>
          <h3 className={st.subheading}>
            {groupTitle(g)}（{s.checks.groupCount(g.findings.length)}）
          </h3>
          {g.bySeverity.map((b) => (
            <div key={b.severity}>
              <Text className={st.muted} data-testid={`finding-group-${g.key}-${b.severity}`}>
                {SEVERITY_NAMES[b.severity]} {b.findings.length}
              </Text>
              <ul className={st.list}>
                {b.findings.map((f) => (
                  <FindingRow key={f.fingerprint} finding={f} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function FindingRow({ finding: f }: { finding: Finding }) {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const j = findingJson(f);
  const grid = wb.loaded?.grid;

  const save = async () => {
    if (!grid) return;
    let plan;
    try {
      plan = waiverPlan(grid, f, reason, new Date().toISOString());
    } catch (e) {
      wb.fail({ detail: e instanceof Error ? e.message : String(e), next: s.checks.reasonLabel });
      return;
    }
    if (await wb.write(plan, s.checks.waiverLabel)) {
      setEditing(false);
      setReason('');
    }
  };

  return (
    <li
      className={mergeClasses(st.item, st[f.severity])}
      data-testid="finding"
      data-rule={f.rule}
      data-severity={f.severity}
      data-waived={f.waiver ? 'true' : 'false'}
    >
      <div>
        <CellLink cells={f.cells.map((c) => c.cell)} testId="finding-locate">
          {f.message}
        </CellLink>
      </div>
      {j.cells.length > 0 && (
        <div className={st.muted} data-testid="finding-cells">
          {s.checks.cells}：{j.cells.join('、')}
        </div>
      )}
      {f.waiver ? (
        <div className={st.row}>
          <Text size={200}>
            {s.checks.waiverReason}：{f.waiver.reason}
          </Text>
          <Button
            size="small"
            disabledFocusable={!!wb.busy}
            onClick={() => grid && void wb.write(withdrawWaiverPlan(grid, f.fingerprint), s.checks.withdrawLabel)}
          >
            {s.checks.withdraw}
          </Button>
        </div>
      ) : (
        j.suggestion && (
          <div className={st.muted}>
            {s.checks.suggestion}：{j.suggestion}
          </div>
        )
      )}
      {!f.waiver && isWaivable(f) && !editing && (
        <Button size="small" onClick={() => setEditing(true)}>
          {s.checks.waive}
        </Button>
      )}
      {editing && (
        <div className={st.stack}>
          <Field label={s.checks.reasonLabel}>
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
          <div className={st.row}>
            <Button
              size="small"
              appearance="primary"
              disabled={reason.trim() === ''}
              disabledFocusable={!!wb.busy}
              onClick={() => void save()}
            >
              {s.checks.saveWaiver}
            </Button>
            <Button size="small" onClick={() => setEditing(false)}>
              {s.checks.cancel}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

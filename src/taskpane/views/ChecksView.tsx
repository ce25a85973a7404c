import {
  Button,
  Field,
  mergeClasses,
  Radio,
  RadioGroup,
  Text,
  Textarea,
  ToggleButton,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { amountUnitNote, findingJson, tableTitle, verdict } from '../../core/checks/format';
import { RULES } from '../../core/checks/rules';
import type { Finding } from '../../core/checks/types';
import { isWaivable, waiverPlan, withdrawWaiverPlan } from '../../core/checks/waivers';
import { checkWithStore } from '../../core/checks/with-store';
import { displayFinding, figuresByCell } from '../../core/format/amount';
import { reportHtml } from '../../io/report-html';
import { CellLink } from '../components/CellLink';
import { useStyles } from '../components/styles';
import { baseName, downloadBytes, MIME } from '../download';
import { useWorkbook } from '../hooks/useWorkbook';
import type { TableId } from '../../core/model/types';
import { goToStep } from '../hooks/goToStep';
import { localStamp } from '../model/local-time';
import { tableKeyOf, triage, type GroupBy, type SectionKind, type TableKey } from '../model/groups';
import { useStrings, type Strings } from '../strings';
import { CheckSettingsPanel } from './CheckSettingsPanel';

const COUNT_KEYS: readonly SectionKind[] = ['error', 'warning', 'rounding', 'info', 'accepted'];
const RULE_TITLES = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

/**
 * 校验: the rule catalogue on the workbook with its stored waivers and 校验参数 (as `juesuan check`), triaged: errors
 * first, then warnings, 舍位差异, 提示 and the accepted ones; within each, grouped by table or by rule. The count
 * badges filter by severity; the 舍位差异 of a group fold into one line with its count.
 *
 * Test ids: check-counts · filter-<error|warning|rounding|info|accepted> (aria-pressed) holding count-<same> ·
 * check-verdict · check-unit · group-by · section-<kind> · group-<kind>-<key> (key T01…T09|supp|other or a rule
 * id) · rounding-toggle-<key> (aria-expanded) · finding (data-rule, data-severity, data-waived) · finding-rule ·
 * finding-locate · finding-cells · finding-goto (the mapping or 补充信息 step) · stale-waivers · check-settings-*.
 */
export function ChecksView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [only, setOnly] = useState<SectionKind>();
  const [groupBy, setGroupBy] = useState<GroupBy>('table');
  const result = useMemo(() => wb.loaded && checkWithStore(wb.loaded.grid, wb.loaded.analysis.disclosure), [wb.loaded]);
  if (!wb.loaded || !result) return <Text>{s.noTables}</Text>;
  const { analysis } = wb.loaded;
  const problems = analysis.disclosure.problems;
  const keyOfTable = (f: Finding) =>
    tableKeyOf(f, analysis.mapping, analysis.disclosure.supplementary?.sheet, problems);
  const sections = triage(result.findings, keyOfTable, groupBy, only);

  const tableName = (key: string) =>
    key === 'supp'
      ? s.checks.suppGroup
      : key === 'other'
        ? s.checks.otherGroup
        : `${key} ${tableTitle(analysis.disclosure, key as TableId)}`;
  const groupTitle = (key: string) => (groupBy === 'table' ? tableName(key) : ruleName(s, key));

  const download = () => {
    const file = wb.gateway.name ?? s.unnamedWorkbook;
    const html = reportHtml(result, { file, checkedAt: localStamp(new Date()) }, analysis.disclosure);
    try {
      downloadBytes(html, s.checks.reportName(baseName(wb.gateway.name, s.unnamedWorkbook)), MIME.html);
    } catch (e) {
      wb.fail({ detail: e instanceof Error ? e.message : String(e), next: '' }); // Excel for Mac: no downloads
    }
  };

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.checks.heading}</h2>
      <div className={st.row} role="group" aria-label={s.checks.filterLabel} data-testid="check-counts">
        {COUNT_KEYS.map((k) => (
          <ToggleButton
            key={k}
            size="small"
            appearance="subtle"
            checked={only === k}
            className={mergeClasses(st.item, k !== 'accepted' && st[k])}
            onClick={() => setOnly(only === k ? undefined : k)}
            data-testid={`filter-${k}`}
          >
            {s.checks.counts[k]}&nbsp;<strong data-testid={`count-${k}`}>{result.summary[k]}</strong>
          </ToggleButton>
        ))}
      </div>
      <Text weight="semibold" data-testid="check-verdict">
        {verdict(result.summary)}
      </Text>
      <Text className={st.muted} data-testid="check-unit">
        {amountUnitNote(analysis.disclosure)}
      </Text>
      <div className={st.row} data-print="hide">
        <Button appearance="primary" disabledFocusable={!!wb.busy} onClick={() => void wb.refresh()}>
          {s.checks.rerun}
        </Button>
        <Button onClick={download}>{s.checks.downloadReport}</Button>
      </div>
      <div data-print="hide">
        <CheckSettingsPanel settings={result.settings} />
      </div>
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
      {result.findings.length === 0 && <Text>{s.checks.noFindings}</Text>}
      {result.findings.length > 0 && (
        <div className={st.row}>
          <RadioGroup
            layout="horizontal"
            value={groupBy}
            onChange={(_, d) => setGroupBy(d.value as GroupBy)}
            aria-label={s.checks.groupBy}
            data-testid="group-by"
          >
            <Radio value="table" label={s.checks.groupByTable} />
            <Radio value="rule" label={s.checks.groupByRule} />
          </RadioGroup>
          {only && (
            <Button size="small" appearance="transparent" onClick={() => setOnly(undefined)}>
              {s.checks.filtered(s.checks.counts[only])} · {s.checks.showAll}
            </Button>
          )}
        </div>
      )}
      {sections.map((sec) => (
        <section key={sec.kind} data-testid={`section-${sec.kind}`} aria-label={s.checks.counts[sec.kind]}>
          <h3 className={st.subheading}>{s.checks.sectionCount(s.checks.counts[sec.kind], sec.count)}</h3>
          {sec.kind === 'rounding' && <Text className={st.muted}>{s.checks.roundingHint}</Text>}
          {sec.groups.map((g) =>
            sec.kind === 'rounding' ? (
              <FoldedGroup key={g.key} id={g.key} title={groupTitle(g.key)} findings={g.findings} />
            ) : (
              <div key={g.key} data-testid={`group-${sec.kind}-${g.key}`} className={st.group}>
                <h4 className={st.groupHeading}>
                  {groupTitle(g.key)}（{s.checks.groupCount(g.findings.length)}）
                </h4>
                <ul className={st.list}>
                  {g.findings.map((f) => (
                    <FindingRow key={f.fingerprint} finding={f} table={keyOfTable(f)} />
                  ))}
                </ul>
              </div>
            ),
          )}
        </section>
      ))}
    </div>
  );
}

/** The Chinese name of a check rule (its meta title) or of a mapping/model problem code. */
function ruleName(s: Strings, id: string): string {
  return RULE_TITLES.get(id) ?? s.checks.problemNames[id] ?? s.checks.unknownRule;
}

/** A group's 舍位差异 as one line with its count; the items show when it is opened. */
function FoldedGroup({ id, title, findings }: { id: string; title: string; findings: readonly Finding[] }) {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [open, setOpen] = useState(false);
  const analysis = wb.loaded?.analysis;
  const listId = `rounding-list-${id}`;
  return (
    <div data-testid={`group-rounding-${id}`} className={st.group}>
      <Button
        size="small"
        appearance="subtle"
        icon={<span aria-hidden="true">{open ? '▾' : '▸'}</span>}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-testid={`rounding-toggle-${id}`}
      >
        {s.checks.roundingLine(title, findings.length)}
      </Button>
      {open && analysis && (
        <ul className={st.list} id={listId}>
          {findings.map((f) => (
            <FindingRow
              key={f.fingerprint}
              finding={f}
              table={tableKeyOf(
                f,
                analysis.mapping,
                analysis.disclosure.supplementary?.sheet,
                analysis.disclosure.problems,
              )}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function FindingRow({ finding: f, table }: { finding: Finding; table: TableKey }) {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const j = findingJson(f);
  const grid = wb.loaded?.grid;
  // Amounts grouped and with the table's decimals (9,746.50), as the sheet shows them.
  const message = wb.loaded ? displayFinding(f, figuresByCell(wb.loaded.analysis.disclosure)).message : f.message;

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
      <div className={st.muted} data-testid="finding-rule">
        {s.checks.rule}：{ruleName(s, f.rule)}
      </div>
      <div>
        {f.cells.length > 0 ? (
          <CellLink cells={f.cells.map((c) => c.cell)} testId="finding-locate">
            {message}
          </CellLink>
        ) : (
          <Text>{message}</Text>
        )}
      </div>
      {f.cells.length === 0 && <GoTo finding={f} table={table} />}
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

/**
 * The action of a finding without cells: a table-level problem (缺表, 缺少栏目, 手工映射失效) opens the mapping view
 * at that table's row; a 补充信息 problem opens the 补充信息 step.
 */
function GoTo({ finding: f, table }: { finding: Finding; table: TableKey }) {
  const s = useStrings();
  const st = useStyles();
  if (table === 'supp')
    return (
      <Button size="small" onClick={() => goToStep('supplementary')} data-testid="finding-goto">
        {s.checks.toSupplementary}
      </Button>
    );
  const mappingProblem = /^(table|mapping|workbook)\./.test(f.rule);
  if (table !== 'other' || mappingProblem)
    return (
      <Button
        size="small"
        onClick={() => goToStep('mapping', table !== 'other' ? `mapping-row-${table}` : undefined)}
        data-testid="finding-goto"
      >
        {table !== 'other' ? s.checks.toMapping(table) : s.checks.toMappingAny}
      </Button>
    );
  return <Text className={st.muted}>{s.checks.noAction}</Text>;
}

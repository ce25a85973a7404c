import {
  Badge,
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { tableTitle } from '../../core/checks/format';
import { rangeA1, refToString, type CellRef } from '../../core/grid/grid';
import { clearOverridePlan, mappingOverridePlan } from '../../core/mapping/override';
import { TABLE_IDS, type TableId } from '../../core/model/types';
import { PROFILES } from '../../core/profiles/profiles';
import { CellLink } from '../components/CellLink';
import { inline, severityBorder } from '../components/inline-styles';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

/** 映射: where each of T01–T09 was found, what the mapper could not settle, and how to correct a table's place. */
export function MappingView() {
  const s = useStrings();
  const wb = useWorkbook();
  const [table, setTable] = useState<TableId>('T01');
  if (!wb.loaded) return <Text>{s.noTables}</Text>;
  const { grid, analysis } = wb.loaded;
  const { mapping, disclosure } = analysis;
  const chosen = mapping.tables.find((t) => t.id === table);

  const applySelection = async () => {
    const got = await wb.run(s.busy.selection, s.errors.selection, async () => ({
      sel: await wb.gateway.currentSelection(),
    }));
    if (!got) return; // the error is shown
    const { sel } = got;
    if (!sel) {
      wb.fail({ detail: s.errors.noSelection, next: '' });
      return;
    }
    const override = { table, sheet: sel.sheet, range: rangeA1(sel) };
    let plan;
    try {
      plan = mappingOverridePlan(grid, override);
    } catch (e) {
      wb.fail({ detail: e instanceof Error ? e.message : String(e), next: s.errors.noSelection });
      return;
    }
    const done = await wb.write(plan, s.mapping.writeLabel(table));
    if (done) wb.notify(s.mapping.overrideSaved(table, `${sel.sheet}!${override.range}`));
  };

  const resetAuto = async () => {
    const done = await wb.write(clearOverridePlan(grid, table), s.mapping.clearLabel(table));
    if (done) wb.notify(s.mapping.overrideCleared(table));
  };

  return (
    <div style={inline.stack}>
      <h2 style={inline.heading}>{s.mapping.heading}</h2>
      <Text size={200} data-testid="mapping-profile" title={mapping.profileReason}>
        {s.mapping.profile(PROFILES[mapping.profile]?.name ?? mapping.profile)}
      </Text>
      <Table size="extra-small" aria-label={s.mapping.heading} data-testid="mapping-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.mapping.columns.table}</TableHeaderCell>
            <TableHeaderCell>{s.mapping.columns.place}</TableHeaderCell>
            <TableHeaderCell style={{ width: 44 }}>{s.mapping.columns.unit}</TableHeaderCell>
            <TableHeaderCell style={{ width: 48 }}>{s.mapping.columns.confidence}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {TABLE_IDS.map((id) => {
            const t = mapping.tables.find((m) => m.id === id);
            const title = tableTitle(disclosure, id);
            const topLeft: CellRef[] = t ? [{ sheet: t.sheet, row: t.box.top, col: t.box.left }] : [];
            return (
              <TableRow
                key={id}
                id={`mapping-row-${id}`}
                tabIndex={-1}
                data-testid={`mapping-row-${id}`}
                data-found={t ? 'true' : 'false'}
              >
                <TableCell>
                  <div>
                    <strong>{id}</strong> {title}
                  </div>
                  <div style={inline.row}>
                    <Badge
                      size="small"
                      appearance="tint"
                      color={t ? 'success' : 'danger'}
                      data-testid={`mapping-status-${id}`}
                    >
                      {t ? s.mapping.found : s.mapping.notFound}
                    </Badge>
                    {t?.overridden && (
                      <Badge size="small" appearance="outline" color="informative">
                        {s.mapping.overridden}
                      </Badge>
                    )}
                    {t && t.missing.length > 0 && (
                      <Text style={inline.muted} title={t.missing.join('、')}>
                        {s.mapping.missing(t.missing.length)}
                      </Text>
                    )}
                  </div>
                  {t?.notes?.map((n, i) => (
                    <div key={i} style={inline.muted}>
                      {n}
                    </div>
                  ))}
                </TableCell>
                <TableCell>
                  {t ? (
                    <CellLink cells={topLeft} testId={`mapping-sheet-${id}`}>
                      {t.sheet}!{t.range}
                    </CellLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell data-testid={`mapping-unit-${id}`}>{t?.unit ?? '—'}</TableCell>
                <TableCell data-testid={`mapping-confidence-${id}`}>
                  {t ? s.mapping.confidence(Math.round(t.confidence * 100)) : '—'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>

      <h3 style={inline.subheading}>{s.mapping.problemsHeading}</h3>
      {mapping.problems.length === 0 ? (
        <Text style={inline.muted}>{s.mapping.noProblems}</Text>
      ) : (
        <ul style={inline.list}>
          {mapping.problems.map((p, i) => (
            <li key={i} style={{ ...inline.item, ...severityBorder[p.severity] }} data-testid="mapping-problem">
              {p.cell ? (
                <CellLink cells={[p.cell]}>
                  {p.message}（{refToString(p.cell)}）
                </CellLink>
              ) : (
                p.message
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 style={inline.subheading}>{s.mapping.fixHeading}</h3>
      <Text size={200}>{s.mapping.fixHint}</Text>
      <Field label={s.mapping.pickTable}>
        <Select value={table} onChange={(_, d) => setTable(d.value as TableId)} data-testid="mapping-pick-table">
          {TABLE_IDS.map((id) => (
            <option key={id} value={id}>
              {id} {tableTitle(disclosure, id)}
            </option>
          ))}
        </Select>
      </Field>
      <div style={inline.row}>
        <Button appearance="primary" disabledFocusable={!!wb.busy} onClick={() => void applySelection()}>
          {s.mapping.useSelection}
        </Button>
        <Button disabled={!chosen?.overridden} disabledFocusable={!!wb.busy} onClick={() => void resetAuto()}>
          {s.mapping.resetAuto}
        </Button>
      </div>
    </div>
  );
}

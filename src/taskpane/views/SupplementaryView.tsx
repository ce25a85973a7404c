import { Button, Text } from '@fluentui/react-components';
import { missingTemplateFields, supplementaryTemplatePlan, templateFields } from '../../core/supplementary/template';
import { SUPP_SHEET_NAME } from '../../core/supplementary/schema';
import { useStyles } from '../components/styles';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

/**
 * 补充信息: creates the 补充信息 sheet from the template (lines per 项-level 科目 of 公开05表), or adds the lines an
 * existing one lacks below its last row, changing no cell already there.
 */
export function SupplementaryView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  if (!wb.loaded) return <Text>{s.noTables}</Text>;
  const d = wb.loaded.analysis.disclosure;
  const existing = d.supplementary;
  const subjects = (d.tables.T05?.rows ?? []).filter((r) => r.level === 3).map((r) => ({ code: r.code, name: r.name }));
  const entries = Object.values(existing?.entries ?? {});
  const filled = entries.filter(
    (e) => (e.figure && e.figure.state === 'number') || e.number !== undefined || (e.text ?? '') !== '',
  ).length;
  const total = templateFields(subjects, existing).length;
  const missing = existing ? missingTemplateFields(subjects, existing).length : total;

  const write = () =>
    void wb.write(
      supplementaryTemplatePlan({ subjects, existing, unitName: d.unitName, year: d.year }),
      s.supplementary.writeLabel,
    );

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.supplementary.heading}</h2>
      <Text>{s.supplementary.intro}</Text>
      <Text data-testid="supp-status">
        {existing ? s.supplementary.exists(existing.sheet, filled, total) : s.supplementary.missing}
      </Text>
      <Text className={st.muted}>{s.supplementary.subjects(subjects.length)}</Text>
      {existing && missing === 0 && <Text data-testid="supp-complete">{s.supplementary.upToDate}</Text>}
      <div className={st.row}>
        {missing > 0 && (
          <Button appearance="primary" disabledFocusable={!!wb.busy} onClick={write} data-testid="supp-write">
            {existing ? s.supplementary.update(missing) : s.supplementary.create}
          </Button>
        )}
        {existing && (
          <Button onClick={() => void wb.select([{ sheet: existing.sheet ?? SUPP_SHEET_NAME, row: 1, col: 1 }])}>
            {s.supplementary.locate}
          </Button>
        )}
      </div>
    </div>
  );
}

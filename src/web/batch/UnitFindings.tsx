import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { comparisonLine, type UnitComparison } from '../../batch/reviewer/compare';
import { groupRounding, roundingGroupTitle } from '../../batch/reviewer/rounding';
import type { BatchFinding, UnitReview } from '../../batch/types';
import { SEVERITY_NAMES } from '../../core/checks/types';

const useStyles = makeStyles({
  panel: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: '8px',
    padding: '12px 16px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  title: {
    flexGrow: 1,
    minWidth: 0,
    margin: 0,
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '6px' },
  item: { overflowWrap: 'anywhere' },
  sev: { fontWeight: tokens.fontWeightSemibold, marginRight: '6px' },
  where: { color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer' },
});

function FindingItem({ f, mark }: { f: BatchFinding; mark?: string }) {
  const styles = useStyles();
  return (
    <li className={styles.item} data-testid="batch-finding" data-severity={f.severity}>
      <span className={styles.sev}>
        {mark}
        {f.accepted ? `${SEVERITY_NAMES[f.severity]}（已说明）` : SEVERITY_NAMES[f.severity]}
      </span>
      {f.message}
      {f.cell && <Caption1 className={styles.where}>（位置：{f.cell}）</Caption1>}
      {f.accepted ? (
        <Caption1 as="p">已说明：{f.accepted}</Caption1>
      ) : (
        f.suggestion && <Caption1 as="p">建议：{f.suggestion}</Caption1>
      )}
    </li>
  );
}

/** One unit's full findings: errors first, each table's 舍位差异 folded into one expandable line. */
export function UnitFindings(props: {
  review: UnitReview;
  comparison?: UnitComparison;
  onNotice?: () => void;
  onClose: () => void;
}) {
  const { review: r, comparison: c } = props;
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [r]);
  const mark = (f: BatchFinding) =>
    c?.inPrevious ? (c.remaining.includes(f) ? '【仍存在】' : c.added.includes(f) ? '【新增】' : '') : '';
  return (
    <section className={styles.panel} aria-labelledby="batch-unit-title" data-testid="batch-unit">
      <div className={styles.head}>
        <h2 id="batch-unit-title" ref={heading} tabIndex={-1} className={styles.title}>
          {r.unitName ?? r.file}：{r.status}
        </h2>
        {props.onNotice && (
          <Button onClick={props.onNotice} data-testid="batch-download-notice">
            下载整改通知（.txt）
          </Button>
        )}
        <Button onClick={props.onClose} data-testid="batch-unit-close">
          关闭
        </Button>
      </div>
      <Caption1>
        {r.file}
        {r.profileName ? ` · ${r.profileName}` : ''}
        {r.readError ? '' : ` · 找到 ${r.tablesFound}/9 张公开表`}
        {c ? ` · 与上轮相比：${comparisonLine(c)}` : ''}
      </Caption1>
      {r.findings.length === 0 ? (
        <Body1>未发现问题。</Body1>
      ) : (
        <ul className={styles.list} data-testid="batch-findings">
          {groupRounding(r.findings).map((line, i) =>
            line.kind === 'finding' ? (
              <FindingItem key={i} f={line.finding} mark={mark(line.finding)} />
            ) : (
              <li key={i} className={styles.item}>
                <details data-testid="batch-rounding-group">
                  <summary className={styles.summary}>{roundingGroupTitle(line)}</summary>
                  <ul className={styles.list}>
                    {line.findings.map((f, k) => (
                      <FindingItem key={k} f={f} />
                    ))}
                  </ul>
                </details>
              </li>
            ),
          )}
        </ul>
      )}
      {c?.inPrevious && c.fixed.length > 0 && (
        <details data-testid="batch-fixed">
          <summary className={styles.summary}>上轮指出、本轮已整改的问题 {c.fixed.length} 项</summary>
          <ul className={styles.list}>
            {c.fixed.map((f, k) => (
              <li key={k} className={styles.item}>
                {f.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

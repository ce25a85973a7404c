import { Button, Caption1, Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';

// The panel (engine, checks) is its own chunk, fetched when asked for: the landing's first paint stays small.
const ConsolidatePanel = lazy(() =>
  import(/* webpackChunkName: "consolidate" */ './ConsolidatePanel').then((m) => ({ default: m.ConsolidatePanel })),
);

/**
 * The web page's entry to 汇总 / 核对 (several unit workbooks → the department's, or a department's workbook
 * verified against its units): one button on the landing that opens the panel in place.
 */
export function ConsolidateEntry() {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <Button onClick={() => setOpen(true)} data-testid="web-consolidate">
          汇总 / 核对多个单位…
        </Button>
        <Caption1>主管部门、财政局用：把所属单位的工作簿汇总成部门决算公开表，或核对已报送的部门汇总表。</Caption1>
      </div>
    );
  return (
    <Suspense fallback={<Spinner size="tiny" label="正在加载汇总…" />}>
      <ConsolidatePanel onClose={() => setOpen(false)} />
    </Suspense>
  );
}

/**
 * The task pane: 映射 · 校验 · 填充 · 说明 · 文字核对 · 补充信息 · 上年数 over a WorkbookGateway. No Office.js here (the Excel
 * add-in passes an ExcelGateway, the web page a FileGateway), nothing sent over the network.
 *
 * Test ids (stable, for component and Playwright tests):
 *   app                                   the pane root
 *   tab-mapping | tab-checks | tab-fill | tab-narrative | tab-lint | tab-supplementary | tab-prior   the step tabs
 *   panel-<same names>                    the tab panels
 *   reload · download-workbook · status · busy · error · notice · undo-last
 *   映射   mapping-table · mapping-row-T01…T09 (data-found) · mapping-status-Txx · mapping-sheet-Txx (sheet!range link)
 *          mapping-unit-Txx · mapping-confidence-Txx · mapping-profile · mapping-problem · mapping-pick-table
 *   校验   check-counts · count-error | count-warning | count-rounding | count-info | count-accepted · check-verdict
 *          finding-group-<T01…|supp|other> · finding-group-<key>-<severity> · finding (data-rule, data-severity,
 *          data-waived) · finding-locate · finding-cells · check-unit · stale-waivers · check-settings-toggle
 *          check-settings-summary · check-settings · check-setting-<budgetVariancePercent|otherSharePercent>
 *          check-settings-save
 *   填充   fill-mode · fill-write-count · fill-write (data-cell) · fill-conflict-count · fill-conflict (data-cell)
 *          fill-apply · fill-undo
 *   说明   narrative-profile · narrative-text · figure-token (data-sources) · figure-count · placeholder-token
 *          placeholder-count · placeholder-item
 *   文字核对 lint-text · lint-file · lint-summary · lint-finding (data-rule, data-severity) · lint-quote
 *   补充信息 supp-status · supp-write (only while lines are missing) · supp-complete
 *   上年数 prior-choose · prior-file · prior-source · prior-summary · prior-fill-count · prior-fill (data-key)
 *          prior-fill-value · prior-conflict (data-key) · prior-missing · prior-change · prior-hint · prior-apply
 *          prior-undo
 * Buttons are found by their text (strings.ts), e.g. 使用当前选择, 重新校验, 插入为「情况说明」工作表, 开始核对.
 */
import { Button, FluentProvider, Spinner, Tab, TabList, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { StatusArea } from './components/StatusArea';
import { baseName, downloadBytes, MIME } from './download';
import type { WorkbookGateway } from './gateway';
import { useWorkbook, useWorkbookState, WorkbookProvider } from './hooks/useWorkbook';
import { StringsProvider, useStrings, zhCN, type Strings } from './strings';
import { MappingView } from './views/MappingView';

// The steps after 映射 are their own chunks, fetched on first visit (webpack prefetches them once the pane is
// idle): the pane's first load carries only the mapping view (docs/performance.md, bundle).
const ChecksView = lazy(() =>
  import(/* webpackChunkName: "view-checks", webpackPrefetch: true */ './views/ChecksView').then((m) => ({
    default: m.ChecksView,
  })),
);
const FillView = lazy(() =>
  import(/* webpackChunkName: "view-fill", webpackPrefetch: true */ './views/FillView').then((m) => ({
    default: m.FillView,
  })),
);
const NarrativeView = lazy(() =>
  import(/* webpackChunkName: "view-narrative", webpackPrefetch: true */ './views/NarrativeView').then((m) => ({
    default: m.NarrativeView,
  })),
);
const LintView = lazy(() =>
  import(/* webpackChunkName: "view-lint", webpackPrefetch: true */ './views/LintView').then((m) => ({
    default: m.LintView,
  })),
);
const SupplementaryView = lazy(() =>
  import(/* webpackChunkName: "view-supplementary", webpackPrefetch: true */ './views/SupplementaryView').then((m) => ({
    default: m.SupplementaryView,
  })),
);
const PriorView = lazy(() =>
  import(/* webpackChunkName: "view-prior", webpackPrefetch: true */ './views/PriorView').then((m) => ({
    default: m.PriorView,
  })),
);

export interface AppProps {
  readonly gateway: WorkbookGateway;
  /** Text of the pane (default Chinese). */
  readonly strings?: Strings;
  /**
   * The host page already shows the title, the workbook's name and its own 下载工作簿 (the standalone web page):
   * the pane then shows only its reload button above the steps.
   */
  readonly embedded?: boolean;
}

type Step = keyof Strings['tabs'];

const STEPS: readonly { readonly id: Step; readonly view: ComponentType }[] = [
  { id: 'mapping', view: MappingView },
  { id: 'checks', view: ChecksView },
  { id: 'fill', view: FillView },
  { id: 'narrative', view: NarrativeView },
  { id: 'lint', view: LintView },
  { id: 'supplementary', view: SupplementaryView },
  { id: 'prior', view: PriorView },
];

export function App({ gateway, strings = zhCN, embedded = false }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <StringsProvider value={strings}>
        <Pane gateway={gateway} embedded={embedded} />
      </StringsProvider>
    </FluentProvider>
  );
}

function Pane({ gateway, embedded }: { gateway: WorkbookGateway; embedded: boolean }) {
  const api = useWorkbookState(gateway);
  const { refresh } = api;
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <WorkbookProvider value={api}>
      <Shell embedded={embedded} />
    </WorkbookProvider>
  );
}

function Shell({ embedded }: { embedded: boolean }) {
  const s = useStrings();
  const wb = useWorkbook();
  const [step, setStep] = useState<Step>('mapping');
  // A view is mounted on first visit and kept (hidden) afterwards, so typed text and choices survive tab changes.
  const [visited, setVisited] = useState<ReadonlySet<Step>>(new Set(['mapping']));
  const choose = (next: Step) => {
    setStep(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const save = embedded ? undefined : wb.gateway.save?.bind(wb.gateway);

  const download = () =>
    save &&
    void wb.run(s.busy.saving, s.errors.save, async () => {
      downloadBytes(await save(), `${baseName(wb.gateway.name, s.unnamedWorkbook)}.xlsx`, MIME.xlsx);
    });

  return (
    <section
      data-testid="app"
      aria-label={s.appTitle}
      aria-busy={wb.busy !== undefined}
      style={{ padding: 12, fontSize: 14 }}
    >
      <header style={{ display: 'flex', flexDirection: 'column', gap: 6, marginBottom: 8 }}>
        {!embedded && <Title3 as="h1">{s.appTitle}</Title3>}
        {!embedded && <Text size={200}>{s.workbook(wb.gateway.name ?? s.unnamedWorkbook)}</Text>}
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Button size="small" disabledFocusable={!!wb.busy} onClick={() => void wb.reload()} data-testid="reload">
            {s.reload}
          </Button>
          {save && (
            <Button size="small" disabledFocusable={!!wb.busy} onClick={download} data-testid="download-workbook">
              {s.downloadWorkbook}
            </Button>
          )}
        </div>
      </header>
      <StatusArea />
      <TabList
        selectedValue={step}
        onTabSelect={(_, d) => choose(d.value as Step)}
        aria-label={s.tabsLabel}
        size="small"
        style={{ flexWrap: 'wrap', margin: '8px 0' }}
      >
        {STEPS.map(({ id }) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
            {s.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {STEPS.map(({ id, view: View }) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-${id}`}
          aria-labelledby={`tab-${id}`}
          hidden={step !== id}
          data-testid={`panel-${id}`}
        >
          {visited.has(id) && (
            <Suspense fallback={<Spinner size="tiny" label={s.busy.loadingView} data-testid="view-loading" />}>
              <View />
            </Suspense>
          )}
        </div>
      ))}
    </section>
  );
}

/// <reference types="office-js" />
import { FluentProvider, Spinner, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { zhCN } from './strings';

/**
 * Entry of taskpane.html: shows 正在连接 at once, fetches the pane (App, the engine and the Excel gateway: a lazy
 * chunk) while Office starts, then mounts it over the open workbook. Opened outside Excel (a plain browser,
 * another Office host) it says so instead.
 */
const loadPane = () =>
  Promise.all([
    import(/* webpackChunkName: "pane" */ './App'),
    import(/* webpackChunkName: "pane" */ './excel-gateway'),
  ]);
function Message({ busy, text }: { busy?: boolean; text: string }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title3 as="h1">{zhCN.appTitle}</Title3>
      <div style={{ marginTop: 12 }} role="status">
        {busy ? <Spinner size="tiny" labelPosition="after" label={text} /> : <Text>{text}</Text>}
      </div>
    </FluentProvider>
  );
}

/** The workbook's file name from its URL or path, when Office knows it. */
function workbookName(): string | undefined {
  const url = Office.context?.document?.url;
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

const container = document.getElementById('container');
if (container) {
  // The boot script (src/boot/boot.js) shows "cannot run here" unless the pane starts.
  (window as { __juesuanStarted?: boolean }).__juesuanStarted = true;
  const root = createRoot(container);
  if (typeof Office === 'undefined') {
    // office.js did not load: an intranet without Microsoft's CDN (or a page opened outside Office without it).
    root.render(<Message text={zhCN.officeJsMissing} />);
  } else {
    root.render(<Message busy text={zhCN.connecting} />);
    const pane = loadPane();
    void Office.onReady(async (info) => {
      if (info.host !== Office.HostType.Excel) return root.render(<Message text={zhCN.outsideExcel} />);
      try {
        const [{ App }, { ExcelGateway }] = await pane;
        root.render(<App gateway={new ExcelGateway({ name: workbookName() })} />);
      } catch (e) {
        root.render(<Message text={`${zhCN.errors.loadPane}${e instanceof Error ? e.message : String(e)}`} />);
      }
    });
  }
}

/// <reference types="office-js" />
import { FluentProvider, Spinner, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Minimal task-pane shell: shows the add-in's name and whether it runs inside Excel. The full task pane (mapping,
 * checks, fill, 情况说明) is a later issue; it will receive the gateway functions of src/excel as props.
 */
type Host = 'loading' | 'excel' | 'outside';

function App() {
  const [host, setHost] = useState<Host>('loading');
  useEffect(() => {
    if (typeof Office === 'undefined') {
      setHost('outside');
      return;
    }
    void Office.onReady((info) => setHost(info.host === Office.HostType.Excel ? 'excel' : 'outside'));
  }, []);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, minHeight: '100vh', boxSizing: 'border-box' }}>
      <Title3 as="h1">决算公开助手</Title3>
      <div style={{ marginTop: 12 }}>
        {host === 'loading' && <Spinner size="tiny" label="正在连接 Excel…" />}
        {host === 'excel' && <Text>已连接 Excel。</Text>}
        {host === 'outside' && <Text>请在 Excel 中打开本加载项（开始 → 决算公开助手）。</Text>}
      </div>
    </FluentProvider>
  );
}

const container = document.getElementById('container');
if (container) createRoot(container).render(<App />);

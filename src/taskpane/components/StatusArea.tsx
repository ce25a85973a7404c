import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useDelayed } from '../hooks/useDelayed';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

/**
 * Progress (after half a second), the last error with what to do next, and the last success with its undo.
 * Lives in an aria-live region so screen readers announce it.
 */
export function StatusArea() {
  const s = useStrings();
  const wb = useWorkbook();
  const slow = useDelayed(wb.busy !== undefined, 500);
  return (
    <div aria-live="polite" data-testid="status" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      {slow && wb.busy && <Spinner size="tiny" labelPosition="after" label={wb.busy} data-testid="busy" />}
      {wb.error && (
        <MessageBar intent="error" data-testid="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
            {wb.error.detail}
            <div>{wb.error.next}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => wb.fail(undefined)}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {wb.notice && (
        <MessageBar intent="success" data-testid="notice" layout="multiline">
          <MessageBarBody>{wb.notice}</MessageBarBody>
          <MessageBarActions>
            {wb.lastWrite && (
              <Button size="small" disabledFocusable={!!wb.busy} onClick={() => void wb.undo()} data-testid="undo-last">
                {s.undoLast}
              </Button>
            )}
            <Button size="small" onClick={() => wb.notify(undefined)}>
              {s.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

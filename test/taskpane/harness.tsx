import { readFileSync } from 'fs';
import { join } from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { FileGateway } from '../../src/web/file-gateway';

export const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'] as const;
const ROOT = join(__dirname, '../..');

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ROOT, 'samples', name)));
}

/**
 * A sample workbook behind the web page's gateway, as the pane gets it. The gateway loads ExcelJS lazily on the
 * first write; loading it here keeps that one-time cost out of the tests' 1-second waits after a write.
 */
export async function openSample(name: string): Promise<FileGateway> {
  const gateway = await FileGateway.open(sampleBytes(name), name);
  await gateway.loadForWriting();
  return gateway;
}

/** Renders the pane and waits until the workbook is read and analysed (the mapping table is shown). */
export async function renderPane(gateway: FileGateway) {
  const view = render(<App gateway={gateway} />);
  await screen.findByTestId('mapping-table', {}, { timeout: 20000 });
  return view;
}

/** Switches to a step by its tab, as a user would. */
export async function openTab(id: string): Promise<HTMLElement> {
  fireEvent.click(screen.getByTestId(`tab-${id}`));
  const panel = screen.getByTestId(`panel-${id}`);
  await waitFor(() => expect(panel.hidden).toBe(false));
  // The steps after 映射 are lazy chunks: wait for the view itself.
  await waitFor(() => expect(within(panel).queryByTestId('view-loading')).toBeNull(), { timeout: 20000 });
  return panel;
}

/** Waits until no work is running (the pane marks itself aria-busy while it reads or writes). */
export async function idle(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('app').getAttribute('aria-busy')).toBe('false'), { timeout: 20000 });
}

export { within };

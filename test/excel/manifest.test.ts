/**
 * @jest-environment jsdom
 */
// Offline check of manifest.xml's structure (the online validator is unreachable here — engineering-notes.md).
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(text, 'application/xml');
const root = doc.documentElement;

/** Schema order of OfficeApp's children for a TaskPaneApp (elements not used here are left out). */
const ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];

const all = (): Element[] => Array.from(doc.getElementsByTagName('*'));

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML with an OfficeApp TaskPaneApp root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
  });

  it('has a GUID id, the display name, the Workbook host and the dev task pane URL', () => {
    const child = (name: string) => Array.from(root.children).find((e) => e.localName === name);
    expect(child('Id')?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child('DisplayName')?.getAttribute('DefaultValue')).toBe('决算公开助手');
    expect(child('Hosts')?.children[0]?.getAttribute('Name')).toBe('Workbook');
    expect(child('DefaultSettings')?.children[0]?.getAttribute('DefaultValue')).toBe(
      'https://localhost:3000/taskpane.html',
    );
    const sets = Array.from(child('Requirements')?.getElementsByTagName('Set') ?? []);
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.13']]);
  });

  it('keeps the OfficeApp children in schema order', () => {
    const names = Array.from(root.children).map((e) => e.localName);
    for (const n of names) expect(ORDER).toContain(n);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'DefaultSettings',
    ])
      expect(names).toContain(required);
  });

  it('has a Home-tab button that opens the task pane', () => {
    const tab = all().find((e) => e.localName === 'OfficeTab');
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const action = all().find((e) => e.localName === 'Action');
    expect(action?.getAttribute('xsi:type')).toBe('ShowTaskpane');
  });

  it('resolves every resid to a resource of the right kind', () => {
    const ids = new Map<string, string>();
    for (const e of all())
      if (['Image', 'Url', 'String'].includes(e.localName) && e.parentElement?.parentElement?.localName === 'Resources')
        ids.set(e.getAttribute('id')!, e.parentElement.localName);
    const refs = all().filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(5);
    const kindOf = (e: Element) =>
      e.localName === 'Image'
        ? 'Images'
        : ['SourceLocation', 'LearnMoreUrl'].includes(e.localName)
          ? 'Urls'
          : undefined;
    for (const r of refs) {
      const id = r.getAttribute('resid')!;
      expect([id, ids.has(id)]).toEqual([id, true]);
      expect(id.length).toBeLessThanOrEqual(32); // resid is at most 32 characters
      const kind = kindOf(r);
      if (kind) expect([id, ids.get(id)]).toEqual([id, kind]);
      else expect([id, ['ShortStrings', 'LongStrings']]).toEqual([id, expect.arrayContaining([ids.get(id)])]);
    }
  });

  it('uses https for every URL and every icon file exists in assets/ at its size', () => {
    const urls = [
      ...all().flatMap((e) => Array.from(e.attributes).map((a) => a.value)),
      ...all().map((e) => (e.children.length === 0 ? (e.textContent ?? '') : '')),
    ].filter((v) => /^[a-z]+:\/\//i.test(v.trim()));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls.filter((u) => !u.includes('schemas.microsoft.com') && !u.includes('www.w3.org')))
      expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    const icons = urls.filter((u) => /\/assets\/.+\.png$/.test(u));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const u of icons) {
      const file = path.join(ROOT, new URL(u).pathname);
      expect([u, fs.existsSync(file)]).toEqual([u, true]);
      const size = Number(/icon-(\d+)\.png$/.exec(u)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

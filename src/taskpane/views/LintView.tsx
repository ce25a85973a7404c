import { Button, Checkbox, Field, Link, mergeClasses, Text, Textarea } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { lintNarrative, RULES, type LintFinding, type LintResult } from '../../core/lint';
import { useStyles } from '../components/styles';
import { readFileBytes } from '../download';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

/** Text of a picked file: .docx through src/io/docx-text (loaded on demand), else UTF-8 (GB18030 as fallback). */
async function fileText(file: File): Promise<string> {
  const bytes = await readFileBytes(file);
  if (/\.docx$/i.test(file.name)) {
    const { readDocxText } = await import('../../io/docx-text');
    return readDocxText(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** 文字核对: a written 情况说明 (pasted or loaded) read number by number and checked, with the workbook or alone. */
export function LintView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [text, setText] = useState('');
  const [withWorkbook, setWithWorkbook] = useState(true);
  const [result, setResult] = useState<LintResult>();
  const [checked, setChecked] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  // The finding's quote selected in the text box, so the sentence can be corrected in place; only while the text is
  // the one checked (offsets refer to it).
  const show = (f: LintFinding) => {
    const box = area.current;
    if (!box || text !== checked) return;
    box.focus();
    box.setSelectionRange(f.offset, f.offset + f.quote.length);
    const lines = text.slice(0, f.offset).split('\n').length;
    box.scrollTop = Math.max(0, (lines - 2) * (box.scrollHeight / Math.max(1, text.split('\n').length)));
  };

  const run = () => {
    const disclosure = withWorkbook ? wb.loaded?.analysis.disclosure : undefined;
    setResult(lintNarrative(text, { disclosure }));
    setChecked(text);
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    const loaded = await wb.run(s.busy.loadingFile, s.errors.file, () => fileText(file));
    if (loaded === undefined) return;
    setText(loaded);
    setResult(undefined);
    wb.notify(s.lint.loaded(file.name));
  };

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.lint.heading}</h2>
      <Field label={s.lint.textLabel}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          rows={8}
          textarea={{ ref: area }}
          data-testid="lint-text"
        />
      </Field>
      <div className={st.row}>
        <Button onClick={() => input.current?.click()}>{s.lint.loadFile}</Button>
        <input
          ref={input}
          type="file"
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={s.lint.fileInputLabel}
          data-testid="lint-file"
          style={{ display: 'none' }}
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Checkbox
          label={s.lint.withWorkbook}
          checked={withWorkbook}
          disabled={!wb.loaded}
          onChange={(_, d) => setWithWorkbook(d.checked === true)}
        />
      </div>
      <Button appearance="primary" disabled={text.trim() === ''} onClick={run}>
        {s.lint.run}
      </Button>
      {result && (
        <>
          <Text data-testid="lint-summary">
            {s.lint.summary(result.claims, result.verified, result.findings.length)}
          </Text>
          {result.findings.length === 0 ? (
            <Text>{s.lint.noFindings}</Text>
          ) : (
            <Text className={st.muted}>{s.lint.showHint}</Text>
          )}
          <ul className={st.list}>
            {bySeverity(result.findings).map((f, i) => (
              <li
                key={`${f.offset}|${f.rule}|${i}`}
                className={mergeClasses(st.item, st[f.severity])}
                data-testid="lint-finding"
                data-rule={f.rule}
                data-severity={f.severity}
              >
                <div className={st.muted} data-testid="lint-rule">
                  {s.lint.severities[f.severity]} · {s.lint.section(f.section)} ·{' '}
                  {lintRuleName(f.rule, s.lint.otherRule)}
                </div>
                <blockquote className={st.quote} data-testid="lint-quote" title={context(checked, f.offset, f.quote)}>
                  <Link
                    as="button"
                    disabled={text !== checked}
                    onClick={() => show(f)}
                    data-testid="lint-show"
                    style={{ textAlign: 'left' }}
                  >
                    {f.quote}
                  </Link>
                </blockquote>
                <div>{f.message}</div>
                {(f.expected || f.actual) && (
                  <div className={st.mono}>
                    {f.expected && `${s.lint.expected} ${f.expected}`}
                    {f.expected && f.actual && ' · '}
                    {f.actual && `${s.lint.actual} ${f.actual}`}
                  </div>
                )}
                {f.suggestion && (
                  <div className={st.muted}>
                    {s.lint.suggestion}：{f.suggestion}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The quote with some text either side, as a tooltip. */
function context(text: string, offset: number, quote: string): string {
  const from = Math.max(0, offset - 30);
  return text.slice(from, offset + quote.length + 30).replace(/\s+/g, ' ');
}

const RANK: Readonly<Record<LintFinding['severity'], number>> = { error: 0, warning: 1, rounding: 2, info: 3 };
const TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** Errors first, then warnings, 舍位差异 and 提示; in text order within each. */
function bySeverity(findings: readonly LintFinding[]): LintFinding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.offset - b.offset);
}

/** The Chinese title of a lint rule (its meta), never its id. */
function lintRuleName(id: string, fallback: string): string {
  return TITLES.get(id) ?? fallback;
}

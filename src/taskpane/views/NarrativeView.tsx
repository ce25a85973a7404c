import { Button, Field, mergeClasses, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { Fragment, useMemo, useState } from 'react';
import { findSheet, refToString } from '../../core/grid/grid';
import type { ProfileId } from '../../core/model/types';
import { draftNarrative, partThreeTitle } from '../../core/narrative/draft';
import { renderText, sectionLabel } from '../../core/narrative/render-text';
import { NARRATIVE_SHEET_NAME, narrativeSheetPlan } from '../../core/narrative/sheet-plan';
import { draftTokens, isPlaceholder, isToken, type Paragraph, type Token } from '../../core/narrative/types';
import { PROFILE_IDS, PROFILES } from '../../core/profiles/profiles';
import { CellLink } from '../components/CellLink';
import { useStyles } from '../components/styles';
import { goToStep } from '../hooks/goToStep';
import { baseName, downloadBytes, MIME } from '../download';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings, type Strings } from '../strings';

/**
 * 说明: the 第三部分 情况说明 drafted from the workbook in the chosen profile. Every figure is a button that selects
 * the cells it comes from; gaps (placeholders) are marked and listed; the text can be written into a 情况说明
 * sheet, copied, or downloaded as .docx.
 */
export function NarrativeView() {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [profile, setProfile] = useState<ProfileId | undefined>();
  const disclosure = wb.loaded?.analysis.disclosure;
  const chosen = profile ?? disclosure?.profile ?? 'hunan-2021';
  const draft = useMemo(
    () => (disclosure ? draftNarrative(disclosure, { profile: chosen }) : undefined),
    [disclosure, chosen],
  );
  if (!wb.loaded || !draft) return <Text>{s.noTables}</Text>;
  const grid = wb.loaded.grid;
  const base = baseName(wb.gateway.name, s.unnamedWorkbook);
  const tokens = draftTokens(draft.paragraphs).length;

  const insert = () => {
    const existing = findSheet(grid, NARRATIVE_SHEET_NAME);
    const plan = narrativeSheetPlan(draft, { exists: !!existing, previousRows: existing?.rows.length ?? 0 });
    void wb.write(plan, s.narrative.writeLabel);
  };

  const copy = async () => {
    const ok = await copyText(renderText(draft));
    if (ok) wb.notify(s.narrative.copied);
    else wb.fail({ detail: s.errors.copy, next: '' });
  };

  const download = () =>
    wb.run(s.busy.docx, s.errors.docx, async () => {
      const { narrativeDocx } = await import('../../io/docx');
      downloadBytes(await narrativeDocx(draft), s.narrative.docxName(base), MIME.docx);
    });

  // The whole document as published (cover, 目录, parts 一–五 with the nine tables as printed): what goes out.
  const downloadFull = () =>
    wb.run(s.busy.docx, s.errors.docx, async () => {
      const { fullDisclosureDocx } = await import('../../io/docx');
      downloadBytes(await fullDisclosureDocx(disclosure!, draft), s.narrative.fullName(base), MIME.docx);
    });

  return (
    <div className={st.stack}>
      <h2 className={st.heading}>{s.narrative.heading}</h2>
      <Field label={s.narrative.profile}>
        <RadioGroup
          value={chosen}
          onChange={(_, d) => setProfile(d.value as ProfileId)}
          data-testid="narrative-profile"
        >
          {PROFILE_IDS.map((id) => (
            <Radio key={id} value={id} label={PROFILES[id].name} />
          ))}
        </RadioGroup>
      </Field>
      <div className={st.row}>
        <Button appearance="primary" disabledFocusable={!!wb.busy} onClick={insert}>
          {s.narrative.insertSheet}
        </Button>
        <Button onClick={() => void copy()}>{s.narrative.copy}</Button>
        <Button disabledFocusable={!!wb.busy} onClick={() => void download()}>
          {s.narrative.downloadDocx}
        </Button>
        <Button disabledFocusable={!!wb.busy} onClick={() => void downloadFull()}>
          {s.narrative.downloadFull}
        </Button>
      </div>

      <h3 className={st.subheading}>
        {s.narrative.placeholders}（<span data-testid="placeholder-count">{draft.placeholders.length}</span>）
      </h3>
      {draft.placeholders.length === 0 ? (
        <Text className={st.muted}>{s.narrative.noPlaceholders}</Text>
      ) : (
        <ul className={st.list}>
          {draft.placeholders.map((p) => (
            <li
              key={`${p.section}|${p.key}`}
              className={mergeClasses(st.item, st.warning)}
              data-testid="placeholder-item"
            >
              <div className={st.muted}>{sectionLabel(draft, p.section)}</div>
              {p.label} <span className={st.mono}>{p.key}</span>
              <PlaceholderAction itemKey={p.key} />
            </li>
          ))}
        </ul>
      )}

      <Text className={st.muted} data-testid="figure-count">
        {s.narrative.figures(tokens)}
      </Text>
      <article aria-label={partThreeTitle(draft)} data-testid="narrative-text">
        <h3 className={st.subheading}>{partThreeTitle(draft)}</h3>
        {draft.paragraphs.map((p, i) => (
          <DraftParagraph key={i} paragraph={p} />
        ))}
      </article>
    </div>
  );
}

function DraftParagraph({ paragraph: p }: { paragraph: Paragraph }) {
  const st = useStyles();
  const content = (
    <>
      {p.number}
      {p.runs.map((r, i) =>
        isToken(r) ? (
          <FigureToken key={i} token={r} />
        ) : isPlaceholder(r) ? (
          <mark key={i} className={st.placeholder} title={r.label} data-testid="placeholder-token">
            {r.text}
          </mark>
        ) : (
          <Fragment key={i}>{r}</Fragment>
        ),
      )}
    </>
  );
  if (p.role === 'heading') return <h4 className={st.subheading}>{content}</h4>;
  if (p.role === 'subheading') return <h5 className={st.subheading}>{content}</h5>;
  return <p className={st.paragraph}>{content}</p>;
}

export function figureTitle(s: Strings, t: Token): string {
  const cells = t.sources.map(refToString).join('、');
  const how = t.calc.op === 'cell' ? '' : `${s.narrative.calc[t.calc.op]}：${t.calc.of.map((o) => o.label).join('、')}`;
  return s.narrative.figureTitle(cells, how);
}

function FigureToken({ token }: { token: Token }) {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  return (
    <button
      type="button"
      className={st.figure}
      title={figureTitle(s, token)}
      data-testid="figure-token"
      data-sources={token.sources.map(refToString).join(',')}
      onClick={() => void wb.select(token.sources)}
      onMouseEnter={() => wb.gateway.preview?.(token.sources)}
      onFocus={() => wb.gateway.preview?.(token.sources)}
      onMouseLeave={() => wb.gateway.preview?.([])}
      onBlur={() => wb.gateway.preview?.([])}
    >
      {token.text}
    </button>
  );
}

/** Clipboard API where allowed, else the old select-and-copy (Office webviews often block the API). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * Where a gap is filled: its row of the 补充信息 sheet (the 数值 cell, selected); the 补充信息 step when the sheet
 * lacks that row (it can add the missing lines); the mapping view for an item of a table that was not read.
 */
function PlaceholderAction({ itemKey }: { itemKey: string }) {
  const s = useStrings();
  const wb = useWorkbook();
  const cell = wb.loaded?.analysis.disclosure.supplementary?.rows?.[itemKey];
  if (cell)
    return (
      <div>
        <CellLink cells={[cell]} testId="placeholder-locate">
          {s.narrative.toSuppRow(refToString(cell))}
        </CellLink>
      </div>
    );
  const table = /^(T0[1-9])\./.exec(itemKey)?.[1];
  return (
    <div>
      <Button
        size="small"
        onClick={() => (table ? goToStep('mapping', `mapping-row-${table}`) : goToStep('supplementary'))}
        data-testid="placeholder-goto"
      >
        {table ? s.checks.toMapping(table) : s.narrative.toSupp}
      </Button>
    </div>
  );
}

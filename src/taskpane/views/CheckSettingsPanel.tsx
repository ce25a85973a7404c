import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  CHECK_SETTING_KEYS,
  CHECK_SETTING_LABELS,
  checkSettingsPlan,
  parsePercentSetting,
  settingInForce,
  type CheckSettingKey,
  type CheckSettings,
} from '../../core/checks/settings';
import type { Dec } from '../../core/decimal/dec';
import { useStyles } from '../components/styles';
import { useWorkbook } from '../hooks/useWorkbook';
import { useStrings } from '../strings';

type Texts = Record<CheckSettingKey, string>;

const textsOf = (settings: CheckSettings): Texts =>
  Object.fromEntries(CHECK_SETTING_KEYS.map((k) => [k, settingInForce(settings, k).toFixed()])) as Texts;

/**
 * 校验参数: the thresholds of the two plausibility rules, stored with the workbook (so `check` and `batch` use
 * them too). Shown on request; saving is one write with its undo, like every other change.
 */
export function CheckSettingsPanel({ settings }: { settings: CheckSettings }) {
  const s = useStrings();
  const st = useStyles();
  const wb = useWorkbook();
  const [open, setOpen] = useState(false);
  const [texts, setTexts] = useState<Texts>(() => textsOf(settings));
  const inForce = textsOf(settings);
  const key = CHECK_SETTING_KEYS.map((k) => inForce[k]).join('|');
  // What is stored may change under the panel (saved, undone, workbook re-read): show it again.
  useEffect(() => setTexts(textsOf(settings)), [key]);

  const parsed = Object.fromEntries(CHECK_SETTING_KEYS.map((k) => [k, parsePercentSetting(texts[k])])) as Record<
    CheckSettingKey,
    Dec | undefined
  >;
  const valid = CHECK_SETTING_KEYS.every((k) => parsed[k] !== undefined);
  const changed = CHECK_SETTING_KEYS.some((k) => parsed[k] && !parsed[k].eq(settingInForce(settings, k)));
  const stored = CHECK_SETTING_KEYS.some((k) => settings[k] !== undefined);
  const grid = wb.loaded?.grid;
  const save = (next: CheckSettings) => grid && void wb.write(checkSettingsPlan(grid, next), s.checks.settings.label);

  return (
    <div className={st.stack}>
      <div className={st.row}>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="check-settings-toggle">
          {s.checks.settings.toggle}
        </Button>
        <Text className={st.muted} data-testid="check-settings-summary">
          {s.checks.settings.summary(inForce.budgetVariancePercent, inForce.otherSharePercent, stored)}
        </Text>
      </div>
      {open && (
        <section className={st.stack} aria-label={s.checks.settings.heading} data-testid="check-settings">
          <Text className={st.muted}>{s.checks.settings.intro}</Text>
          {CHECK_SETTING_KEYS.map((k) => (
            <Field
              key={k}
              label={CHECK_SETTING_LABELS[k]}
              hint={s.checks.settings.defaultHint(settingInForce({}, k).toFixed())}
              validationState={parsed[k] ? 'none' : 'error'}
              validationMessage={parsed[k] ? undefined : s.checks.settings.invalid}
            >
              <Input
                value={texts[k]}
                inputMode="decimal"
                contentAfter="%"
                data-testid={`check-setting-${k}`}
                onChange={(_, d) => setTexts({ ...texts, [k]: d.value })}
              />
            </Field>
          ))}
          <div className={st.row}>
            <Button
              appearance="primary"
              disabled={!valid || !changed}
              disabledFocusable={!!wb.busy}
              onClick={() => valid && save(parsed)}
              data-testid="check-settings-save"
            >
              {s.checks.settings.save}
            </Button>
            <Button disabled={!stored} disabledFocusable={!!wb.busy} onClick={() => save({})}>
              {s.checks.settings.reset}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

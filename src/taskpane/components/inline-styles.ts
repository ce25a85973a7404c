import type { CSSProperties } from 'react';
import type { ProblemSeverity } from '../../core/model/types';

/**
 * The part of styles.ts that 映射 uses, as inline styles over Fluent's theme variables (the values of `tokens`,
 * which FluentProvider defines). `makeStyles` compiles CSS at run time (Griffel's runtime with stylis and rtl-css-js):
 * kept out of the pane's first load, it arrives with the later views (docs/performance.md, bundle).
 */
const v = (token: string) => `var(--${token})`;

export const inline = {
  stack: { display: 'flex', flexDirection: 'column', gap: v('spacingVerticalM') },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: v('spacingHorizontalS') },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    padding: `${v('spacingVerticalXS')} ${v('spacingHorizontalS')}`,
    borderLeft: `3px solid ${v('colorNeutralStroke2')}`,
    backgroundColor: v('colorNeutralBackground2'),
  },
  muted: { color: v('colorNeutralForeground3'), fontSize: v('fontSizeBase200') },
  heading: { margin: `${v('spacingVerticalS')} 0 0 0`, fontSize: v('fontSizeBase400'), fontWeight: 600 },
  subheading: { margin: 0, fontSize: v('fontSizeBase300'), fontWeight: 600 },
} satisfies Record<string, CSSProperties>;

/** The left border's colour of a mapping problem by its severity (as styles.ts colours findings). */
export const severityBorder: Readonly<Record<ProblemSeverity, CSSProperties>> = {
  error: { borderLeftColor: v('colorPaletteRedBorder2') },
  warning: { borderLeftColor: v('colorPaletteDarkOrangeBorder2') },
  info: { borderLeftColor: v('colorPaletteBlueBorderActive') },
};

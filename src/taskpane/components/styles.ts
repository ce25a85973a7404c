import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the views: a narrow task pane (≈320 px), so everything stacks. */
export const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  rounding: { borderLeftColor: tokens.colorNeutralStroke1 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: 600 },
  group: { display: 'flex', flexDirection: 'column', gap: '4px', marginTop: tokens.spacingVerticalXS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: 600, color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: 600 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  figure: {
    backgroundColor: '#FFF2CC',
    border: 'none',
    padding: '0 2px',
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: '2px',
    ':hover': { backgroundColor: '#FFE699' },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  placeholder: { backgroundColor: tokens.colorPaletteRedBackground2, padding: '0 2px' },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS} 0`, lineHeight: '1.7' },
  quote: {
    margin: '4px 0',
    padding: '2px 6px',
    borderLeft: `2px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

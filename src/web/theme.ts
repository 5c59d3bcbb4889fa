import { Badge, Button, type CSSVariablesResolver, createTheme, FileInput } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'green',
  // Shade 7 keeps white text on filled buttons and green links on white above the 4.5:1 contrast of WCAG AA.
  primaryShade: 7,
  colors: {
    green: [
      '#e8f6ee',
      '#d2ecdc',
      '#a3d8b8',
      '#70c392',
      '#47b173',
      '#2ea35f',
      '#1f8d50',
      '#17723f',
      '#115f34',
      '#0b4d29',
    ],
  },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    // Stacked Vietnamese diacritics (Ầ, Ữ) need more room than the default heading line height gives.
    sizes: {
      h1: { fontSize: 'clamp(1.5rem, 1.25rem + 1.2vw, 2rem)', lineHeight: '1.35' },
      h2: { fontSize: '1.25rem', lineHeight: '1.4' },
    },
  },
  defaultRadius: 'md',
  components: {
    // A field's clear button (×) sized for a finger: the default 22 px is below WCAG 2.2's 24 px target.
    InputClearButton: { defaultProps: { size: 'md' } },
    // A file input's placeholder ("no file chosen") is real text, unlike a text field's, so it must be readable.
    FileInput: FileInput.extend({ styles: { placeholder: { color: 'var(--mantine-color-dimmed)' } } }),
    // A long label ("Lập kế hoạch triển khai của đơn vị") on a phone wraps onto a second line instead of losing its end.
    Button: Button.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 },
        label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', lineHeight: 1.3 },
      },
    }),
    // A status ("Chưa nộp, còn hạn") cut to "Chưa nộp, còn …" loses the part that matters: wrap instead.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%', flexShrink: 0 },
        label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'center', lineHeight: 1.3 },
      },
    }),
  },
});

// Mantine's default "dimmed" grey and error red are below 4.5:1 on white; darker shades keep them readable.
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolvedTheme.colors.gray[7],
    '--mantine-color-error': resolvedTheme.colors.red[9],
  },
  dark: {},
});

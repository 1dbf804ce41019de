import { createTheme, Menu, Modal, NavLink, Notification, PasswordInput, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine defaults with contrast raised to WCAG AA: filled colours use shade 8 and pick black or white text
 * by luminance (0.179 is where both reach 4.5:1); dimmed and error text are darker than Mantine's defaults.
 * Icon-only close buttons get a name for screen readers. The font is Inter, bundled (see main.tsx); the fallbacks
 * only show if its files could not be read.
 */
const UI_FONT = "'Inter Variable', Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";

export const theme = createTheme({
  fontFamily: UI_FONT,
  headings: { fontFamily: UI_FONT },
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.179,
  components: {
    // Mantine's focus placeholder inside role="menu" is not a menu item, which axe reports as critical.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    // Named without the word "password" so that a field's label is the only "password" on screen.
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide the characters' } } }),
    // The light variant's hover colour is too pale for its text; the filled variant keeps 4.5:1 throughout.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: { '--mantine-color-dimmed': current.colors.gray[7], '--mantine-color-error': current.colors.red[9] },
  dark: {},
});

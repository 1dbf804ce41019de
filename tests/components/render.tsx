// Shared by the component tests (each runs under jsdom through its `@vitest-environment jsdom` docblock).
// Before any module builds a zod schema, as in main.tsx.
import '../../renderer/src/zodConfig';
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { cleanup, render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { afterEach } from 'vitest';
import { cssVariablesResolver, theme } from '../../renderer/src/app/theme';

// What Mantine reads from the browser and jsdom does not provide.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// Vitest runs without globals, so Testing Library cannot register its own clean-up. Notifications live in a
// module-level store that would otherwise carry one test's confirmations into the next.
afterEach(() => {
  cleanup();
  notifications.clean();
});

/** The app's theme, with transitions and portals off (Mantine's test environment), and its notifications. */
function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light" env="test">
      <Notifications />
      {children}
    </MantineProvider>
  );
}

/** Renders inside the app's Mantine set-up, with a user-event session to click and type as an officer would. */
export function renderUi(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  const user = userEvent.setup();
  return { user, ...render(ui, { wrapper: Providers, ...options }) };
}

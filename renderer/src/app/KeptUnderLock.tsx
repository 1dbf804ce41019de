import { onlineManager } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';

/** Mantine's portals (dialogs, menus, notifications) are children of the body, outside the app's container. */
const PORTALS = 'body > [data-portal]';

function hide(element: HTMLElement, hidden: boolean) {
  element.inert = hidden;
  element.toggleAttribute('aria-hidden', hidden);
  element.style.visibility = hidden ? 'hidden' : '';
}

/**
 * The signed-in app stays mounted while the session is locked, so its page and forms keep what was typed, but
 * nothing of it can be seen, focused or read by assistive technology under the lock screen. The query client is
 * held offline meanwhile: nothing refetches (and fails, swapping a form for an error) until the unlock, which
 * refetches what went stale.
 */
export function KeptUnderLock({ locked, children }: { locked: boolean; children: ReactNode }) {
  useEffect(() => {
    if (!locked) return;
    onlineManager.setOnline(false);
    const portals = [...document.querySelectorAll<HTMLElement>(PORTALS)];
    for (const portal of portals) hide(portal, true);
    return () => {
      for (const portal of portals) hide(portal, false);
      onlineManager.setOnline(true);
    };
  }, [locked]);

  return (
    <div inert={locked} aria-hidden={locked || undefined} style={locked ? { visibility: 'hidden' } : undefined}>
      {children}
    </div>
  );
}

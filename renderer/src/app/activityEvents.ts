/** What counts as the officer being at the workstation, for the idle lock and the host's idle timer alike. */
export const ACTIVITY_EVENTS: (keyof DocumentEventMap)[] = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'];

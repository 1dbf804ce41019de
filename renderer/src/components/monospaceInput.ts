/** For inputs holding codes to copy by eye (keys, generated passwords): only the typed text is monospace, not the label. */
export const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * The Electron window's web preferences, kept free of Electron imports so a plain Node test can check them.
 * Spellcheck is off: on Linux and Windows Electron would download Hunspell dictionaries from a Google host,
 * a request off the machine that a closed office network must never see, and the app ships no dictionaries.
 */
export function windowWebPreferences(preload: string, devTools: boolean) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools,
  } as const;
}

/** The default session's spellchecker: off, so it never asks for a dictionary download URL. */
export const SPELLCHECK_SESSION = { enabled: false } as const;

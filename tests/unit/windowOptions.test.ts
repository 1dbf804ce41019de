import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPELLCHECK_SESSION, windowWebPreferences } from '../../electron/host/windowOptions';

describe('Electron window options', () => {
  it('turn spellcheck off, so no Hunspell dictionary is downloaded from off the machine', () => {
    expect(windowWebPreferences('/app/preload.cjs', false).spellcheck).toBe(false);
    expect(SPELLCHECK_SESSION).toEqual({ enabled: false });
  });

  it('keep the renderer isolated and sandboxed', () => {
    expect(windowWebPreferences('/app/preload.cjs', false)).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('are the ones main.ts uses, and main.ts names no dictionary URL of its own', () => {
    const main = readFileSync(new URL('../../electron/main.ts', import.meta.url), 'utf8');
    expect(main).toContain('windowWebPreferences(');
    expect(main).toContain('setSpellCheckerEnabled(SPELLCHECK_SESSION.enabled)');
    expect(main).not.toMatch(/spellcheck:\s*true|setSpellCheckerDictionaryDownloadURL|SpellCheckerLanguages/);
  });
});

import type { WindowBridge } from '../../../electron/api/windowApi';

declare global {
  interface Window {
    /** Exposed by the Electron preload, or installed by shellBridge.ts in the browser shell. */
    api: WindowBridge;
  }
}

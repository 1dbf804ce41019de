import { contextBridge, ipcRenderer } from 'electron';
import { buildIpcWindowApi } from './api/windowApi';

// The renderer gets window.api and nothing else: no ipcRenderer, no Node, one method per contract channel and the
// office events.
contextBridge.exposeInMainWorld('api', buildIpcWindowApi(ipcRenderer));

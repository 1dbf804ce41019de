import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE } from './api/ipcChannel';
import { buildWindowApi } from './api/windowApi';

// The renderer gets window.api and nothing else: no ipcRenderer, no Node, one method per contract channel.
contextBridge.exposeInMainWorld(
  'api',
  buildWindowApi((channel, input) => ipcRenderer.invoke(IPC_INVOKE, channel, input)),
);

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { IPC_OFFICE_EVENT } from '../../electron/api/ipcChannel';
import type { OfficeEvent } from '../../electron/api/office/officeEvents';
import { buildIpcWindowApi } from '../../electron/api/windowApi';
import { forwardOfficeEvents } from '../../electron/host/windowEvents';
import type { OfficeEventListener } from '../../electron/office/hostEvents';

const change: OfficeEvent = { type: 'change', domains: ['clients'], channel: 'clients.intake', by: 'Olivia Testperson', at: '2026-12-03T12:00:00.000Z' };

describe('office events in the Electron window', () => {
  it('are sent by the main process to the window until its contents are destroyed', () => {
    const listeners = new Set<OfficeEventListener>();
    const source = { subscribe: (listener: OfficeEventListener) => (listeners.add(listener), () => listeners.delete(listener)) };
    const contents = Object.assign(new EventEmitter(), { send: vi.fn(), isDestroyed: () => false });
    forwardOfficeEvents(source, contents);
    for (const listener of listeners) listener(change);
    expect(contents.send).toHaveBeenCalledWith(IPC_OFFICE_EVENT, change);
    contents.emit('destroyed');
    expect(listeners.size).toBe(0);
  });

  it("reach the page through window.api.followOfficeEvents over the preload's ipcRenderer, until it stops following", () => {
    const ipc = Object.assign(new EventEmitter(), { invoke: vi.fn() });
    const api = buildIpcWindowApi(ipc);
    const heard: OfficeEvent[] = [];
    const stop = api.followOfficeEvents((event) => heard.push(event));
    ipc.emit(IPC_OFFICE_EVENT, {}, change);
    stop();
    ipc.emit(IPC_OFFICE_EVENT, {}, change);
    expect(heard).toEqual([change]);
  });
});

import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type WebContents, type WebFrameMain } from 'electron';
import { IPC_INVOKE } from './api/ipcChannel';
import { chooseHost, type ServingHost } from './host/chooseHost';
import { dataDirOverride } from './host/dataDir';
import { DataFolderInUseError } from './host/dataFolderLock';
import { newNonce, readRendererFile, securityHeaders } from './host/rendererFiles';
import { SPELLCHECK_SESSION, windowWebPreferences } from './host/windowOptions';
import { forwardOfficeEvents } from './host/windowEvents';

const APP_ORIGIN = 'app://desk';

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let host: ServingHost | null = null;
let mainWindow: BrowserWindow | null = null;

function isAppUrl(url: string) {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Only the app's own top frame may call the dispatcher; a navigated-away or embedded frame is refused. */
function isTrustedSender(frame: WebFrameMain | null) {
  return frame !== null && frame.parent === null && isAppUrl(frame.url) && mainWindow !== null && frame === mainWindow.webContents.mainFrame;
}

function serveRenderer(rendererDir: string) {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    if (url.origin !== APP_ORIGIN) return new Response('Not found', { status: 404 });
    const nonce = newNonce();
    const file = readRendererFile(rendererDir, url.pathname, nonce);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { ...securityHeaders(nonce), 'Content-Type': file.contentType } });
  });
}

/** Zero network: every web request that is not the app's own protocol is cancelled; no permission is granted. */
function lockDownSession() {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(SPELLCHECK_SESSION.enabled);
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'] }, (_details, callback) => callback({ cancel: true }));
}

/**
 * Exports (a chronology, a court report, the audit log) are downloads of blobs the page made; each goes
 * through a save dialog so the officer chooses where the file lands. Nothing else may download.
 */
function askWhereToSaveDownloads() {
  session.defaultSession.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${APP_ORIGIN}/`)) {
      event.preventDefault();
      return;
    }
    const fileName = item.getFilename();
    const extension = path.extname(fileName).slice(1);
    item.setSaveDialogOptions({
      title: 'Save as',
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: extension ? [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }] : [],
    });
  });
}

function hardenContents(contents: WebContents) {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createWindow(events: ServingHost['events']) {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: 'Probation Desk',
    show: false,
    webPreferences: windowWebPreferences(path.join(__dirname, 'preload.cjs'), !app.isPackaged),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // An office workstation's window hears its host's events as the browser shell's page does.
  if (events) forwardOfficeEvents(events, mainWindow.webContents);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${APP_ORIGIN}/`);
}

function buildMenu() {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: 'File', submenu: [{ role: 'quit' }] },
      { role: 'editMenu' },
      { label: 'View', submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
      { role: 'windowMenu' },
    ]),
  );
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => host?.close());

  void app.whenReady().then(() => {
    const dataDir = dataDirOverride(process.argv, process.env) ?? app.getPath('userData');
    try {
      // An enrolled workstation sends every call to its office host, as the browser shell does.
      host = chooseHost({ dataDir, appRoot: app.getAppPath(), nativeBinding: process.env.PROBATION_DESK_NATIVE_BINDING, program: 'the Probation Desk app' }).host;
    } catch (error) {
      if (!(error instanceof DataFolderInUseError)) throw error;
      dialog.showErrorBox('Probation Desk is already open', error.message);
      app.exit(1);
      return;
    }
    const { dispatch, rendererDir } = host;
    lockDownSession();
    askWhereToSaveDownloads();
    serveRenderer(rendererDir);
    ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted only from the Probation Desk window.' } };
      }
      return dispatch(channel, input);
    });
    buildMenu();
    createWindow(host.events);
  });
}

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { NONCE_PLACEHOLDER, contentSecurityPolicy, newNonce, readRendererFile } from '../../electron/host/rendererFiles';
import { useTempDirs } from '../fixtures/tempDirs';

const tempDir = useTempDirs();
const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';
const INDEX_HTML = `<!doctype html><html><head><style nonce="${NONCE_PLACEHOLDER}"></style></head><body></body></html>`;
let rendererDir: string;

beforeEach(() => {
  // The renderer folder sits beside a file it must never serve.
  const root = tempDir('renderer');
  writeFileSync(path.join(root, 'package.json'), '{"secret": true}');
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
});

const read = (urlPath: string) => readRendererFile(rendererDir, urlPath, NONCE);

describe('readRendererFile', () => {
  it.each(['/../package.json', '/%2e%2e/package.json', '%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/index.html%00.js', '/assets/app.js\0', '/%E0%A4%A'])(
    'refuses %s',
    (urlPath) => {
      expect(read(urlPath)).toBeNull();
    },
  );

  it('serves a file of the renderer with its content type', () => {
    const file = read('/assets/app.js?v=3');
    expect(file?.contentType).toBe('text/javascript; charset=utf-8');
    expect(file?.body.toString()).toBe('console.log("app");');
  });

  it.each(['/', '/clients/42', '/settings?tab=security'])('serves index.html with the nonce filled in for the route %s', (urlPath) => {
    const file = read(urlPath);
    expect(file?.contentType).toBe('text/html; charset=utf-8');
    expect(file?.body.toString()).toBe(INDEX_HTML.replace(NONCE_PLACEHOLDER, NONCE));
  });

  it('answers null for a missing file rather than falling back to index.html', () => {
    expect(read('/assets/missing.js')).toBeNull();
  });
});

describe('the content security policy', () => {
  it('allows no remote origin and carries the nonce', () => {
    const nonce = newNonce();
    expect(nonce).not.toBe(newNonce());
    const csp = contentSecurityPolicy(nonce);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).not.toMatch(/https?:|\*/);
  });
});

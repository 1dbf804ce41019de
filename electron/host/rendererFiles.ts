import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export const newNonce = () => randomBytes(16).toString('base64');

/** No remote origin anywhere; styles only from the app or carrying this page's nonce (Mantine's CSS variables). */
export function contentSecurityPolicy(nonce: string) {
  return [
    "default-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(nonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=()',
  };
}

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/**
 * Resolves a request path to a file of the built renderer. Paths that escape the folder are refused;
 * other paths that are not a known asset type are client-side routes and get index.html, with the CSP
 * nonce filled in.
 */
export function readRendererFile(rendererDir: string, urlPath: string, nonce: string): RendererFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const wantsRoute = !(path.extname(decoded).toLowerCase() in CONTENT_TYPES);
  const file = wantsRoute ? path.join(root, 'index.html') : path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  const ext = path.extname(file).toLowerCase();
  const contentType = CONTENT_TYPES[ext] ?? 'application/octet-stream';
  const body = readFileSync(file);
  if (ext === '.html') return { body: Buffer.from(body.toString('utf8').replaceAll(NONCE_PLACEHOLDER, nonce)), contentType };
  return { body, contentType };
}

import { X509Certificate } from 'node:crypto';

/**
 * A certificate's SHA-256 fingerprint in the usual colon-hex form ("AB:12:…"): the same text Node gives as
 * `fingerprint256` for a peer's certificate, so what a person compares and what a socket reports are one string.
 */
export function certificateFingerprint(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

/** What a person typed from the host's screen, in that form: case, spaces and missing colons forgiven; null if it is not one. */
export function normalizeFingerprint(typed: string): string | null {
  const hex = typed.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

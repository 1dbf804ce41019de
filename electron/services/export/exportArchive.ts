import { configure, TextReader, Uint8ArrayReader, ZipWriter, type Writer } from '@zip.js/zip.js';

// Compression and encryption run in this thread: no web workers exist in the main process.
configure({ useWebWorkers: false });

export interface ArchiveEntry {
  name: string;
  content: string | Buffer;
}

/**
 * A zip whose every entry is AES-256 encrypted (WinZip AE-2, opened by 7-Zip, WinZip and most archive tools)
 * with the administrator's passphrase. Entries are encrypted as they are added, so no record is ever written
 * to the writer, or to disk, in the clear.
 */
export async function writeEncryptedZip(writer: Writer<unknown> | WritableStream, passphrase: string, entries: AsyncIterable<ArchiveEntry> | Iterable<ArchiveEntry>) {
  const zip = new ZipWriter(writer, { password: passphrase, encryptionStrength: 3, zipCrypto: false });
  for await (const entry of entries) {
    await zip.add(entry.name, typeof entry.content === 'string' ? new TextReader(entry.content) : new Uint8ArrayReader(new Uint8Array(entry.content)));
  }
  await zip.close();
}

import { crc32, deflateSync } from 'node:zlib';
import type { Faker } from '@faker-js/faker';
import type { ClientPhoto } from '../../electron/api/clients/clientsSchemas';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SIZE = 64;
/** Muted backgrounds, so that a profile shows a photo slot filled without pretending to be a face. */
const PALETTE: [number, number, number][] = [
  [176, 190, 197],
  [188, 170, 164],
  [165, 180, 160],
  [160, 175, 200],
  [200, 185, 150],
  [190, 165, 185],
];

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/** A valid SIZE×SIZE PNG of one colour (8-bit RGB, each row with filter byte 0). */
function solidPng([r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: SIZE }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: SIZE }, () => row));
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const photos = PALETTE.map((colour): ClientPhoto => ({ mime: 'image/png', base64: solidPng(colour).toString('base64') }));

/** A placeholder photo: no network, no real faces, a few hundred bytes. */
export const placeholderPhoto = (faker: Faker): ClientPhoto => faker.helpers.arrayElement(photos);

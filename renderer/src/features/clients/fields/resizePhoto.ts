import type { ClientPhoto } from '../../../../../electron/api/clients/clientsSchemas';

/** Long side of a stored photo: enough to recognise a face on screen and in print, small enough to keep many. */
const MAX_SIDE_PX = 600;
const JPEG_QUALITY = 0.85;

function readAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The photo could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Turns the picked image into the photo the host stores: a JPEG at most 600 px on its long side. Done here,
 * in the renderer, so a 10 MB camera file never crosses to the host.
 */
export async function resizePhoto(file: Blob): Promise<ClientPhoto> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer could not resize the photo.');
  // JPEG has no transparency: a transparent PNG would turn black without a white background.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  if (!blob) throw new Error('This computer could not resize the photo.');
  return { mime: 'image/jpeg', base64: await readAsBase64(blob) };
}

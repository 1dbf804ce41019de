import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { PHOTO_MIME_TYPES } from '../../../api/clients/clientsCodes';
import { cleanText } from './cleanText';

export interface PictureOptions {
  /** A JPEG or PNG as stored (a client photo, the office logo). */
  data: Buffer | Uint8Array;
  mime: (typeof PHOTO_MIME_TYPES)[number];
  /** Printed size in pixels at 96 to the inch; keep the image's own proportions. */
  widthPx: number;
  heightPx: number;
  /** Alt text, read out by screen readers in Word. */
  description: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

/** An inline picture in a paragraph of its own: a client's photo on an itinerary, a logo above the letterhead. */
export function picture({ data, mime, widthPx, heightPx, description, alignment = AlignmentType.LEFT }: PictureOptions): Paragraph {
  const alt = cleanText(description);
  return new Paragraph({
    alignment,
    children: [
      new ImageRun({
        type: mime === 'image/png' ? 'png' : 'jpg',
        data,
        transformation: { width: widthPx, height: heightPx },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}

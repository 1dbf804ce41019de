import { AlignmentType, BorderStyle, Paragraph } from 'docx';
import type { SettingsValues } from '../../../api/settings/settingsSchemas';
import { cleanText } from './cleanText';
import { textRun, type RunStyle } from './textBlocks';

export type LetterheadOffice = Pick<SettingsValues['office'], 'name' | 'address' | 'phone'>;

/**
 * The office's name, address and telephone as set in office settings, centred above a rule. The address may
 * be typed on several lines or one; each line stays a line.
 */
export function letterhead(office: LetterheadOffice): Paragraph[] {
  const addressLines = cleanText(office.address)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const lines: [string, RunStyle][] = [
    [office.name, { bold: true, size: 32 }],
    ...addressLines.map((line): [string, RunStyle] => [line, { size: 20 }]),
    ...(office.phone ? [[`Telephone ${office.phone}`, { size: 20 }] as [string, RunStyle]] : []),
  ];
  const rule = { border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 4, color: 'auto' } }, spacing: { after: 240 } };
  return lines.map(
    ([text, style], index) =>
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...(index === lines.length - 1 ? rule : {}), children: [textRun(text, style)] }),
  );
}

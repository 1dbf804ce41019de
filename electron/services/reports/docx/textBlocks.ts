import { HeadingLevel, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import { cleanText } from './cleanText';

export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;
export type ParagraphStyle = Omit<IParagraphOptions, 'text' | 'children' | 'heading'>;

/** A run of text, cleaned. The only way the building blocks put text in a document. */
export const textRun = (text: string, style: RunStyle = {}) => new TextRun({ ...style, text: cleanText(text) });

/** One paragraph of one run; line breaks in `text` are kept as separate paragraphs by `paragraphs`, not here. */
export const paragraph = (text: string, style: ParagraphStyle = {}, runStyle: RunStyle = {}) =>
  new Paragraph({ ...style, children: [textRun(text.replace(/[\r\n]+/g, ' '), runStyle)] });

/**
 * Text as typed, one paragraph per line, so a long narrative keeps its paragraphs and blank lines.
 * An empty text still gives one (empty) paragraph: a table cell must hold at least one.
 */
export function paragraphs(text: string, style: ParagraphStyle = {}, runStyle: RunStyle = {}): Paragraph[] {
  return cleanText(text)
    .split('\n')
    .map((line) => new Paragraph({ ...style, children: [textRun(line, runStyle)] }));
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading of level 1–3 (Word's Heading 1–3 styles, so it shows in the navigation pane). */
export const heading = (text: string, level: keyof typeof HEADING_LEVELS = 1) =>
  new Paragraph({ heading: HEADING_LEVELS[level], keepNext: true, children: [textRun(text.replace(/[\r\n]+/g, ' '))] });

/** "Label: value" with the label in bold, the way face sheets and case details read. */
export const labelledLine = (label: string, value: string, style: ParagraphStyle = {}) =>
  new Paragraph({ ...style, children: [textRun(`${label}: `, { bold: true }), textRun(value.replace(/[\r\n]+/g, ' '))] });

import { Mark } from '@mantine/core';
import type { SnippetPart } from '../../../../electron/api/search/searchWire';

/** A search snippet with the matched words marked; the note's text is only ever rendered as text. */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.hit ? <Mark key={index}>{part.text}</Mark> : <span key={index}>{part.text}</span>));
}

import type { SnippetPart } from '../../api/search/searchWire';

/** Search terms beyond this many add nothing but cost. */
const MAX_TERMS = 8;

/**
 * Turns what a user typed into an FTS5 query that cannot be a syntax error or an operator: every word becomes
 * a quoted prefix term ("smi"*), quotes inside doubled, and all must match. AND, NEAR(, * and col: are just text.
 * Words without a letter or digit would be empty phrases and are dropped; null means nothing to search for.
 */
export function ftsQuery(typed: string): string | null {
  const terms = typed
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_TERMS)
    .map((word) => `"${word.replaceAll('"', '""')}"*`);
  return terms.length ? terms.join(' ') : null;
}

/** Private-use characters that snippet() puts around each match; no one types them, so they cannot be confused with text. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/** A snippet as plain-text parts, so the renderer highlights matches without ever treating note text as markup. */
export function snippetParts(snippet: string): SnippetPart[] {
  return snippet
    .split(HIT_START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, hit: false }];
      const [hit, ...rest] = chunk.split(HIT_END);
      return [
        { text: hit, hit: true },
        { text: rest.join(''), hit: false },
      ];
    })
    .filter((part) => part.text !== '');
}

/**
 * Keys for matching what people type against what is stored: accents, case, spaces and punctuation are
 * ignored, so "O'Brien", "OBrien" and "o brien" match, and so do "José" and "Jose".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** "12-345 678" and "12345678" are the same number on different forms. */
export function identifierKey(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** No 0/O, 1/l/i: the password is read out or written down when it is handed over. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 16;
const GROUP = 4;
/** Bytes at or above this are discarded so every character is equally likely. */
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/** A random 16-character temporary password (about 79 bits), grouped in fours for reading: "k7mq-x2ht-…". */
export function generatePassword(): string {
  const chars: string[] = [];
  while (chars.length < LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(LENGTH * 2))) {
      if (byte < UNBIASED_LIMIT && chars.length < LENGTH) chars.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  const groups = Array.from({ length: LENGTH / GROUP }, (_, i) => chars.slice(i * GROUP, (i + 1) * GROUP).join(''));
  return groups.join('-');
}

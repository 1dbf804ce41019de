import { describe, expect, it } from 'vitest';
import { ftsQuery, HIT_END, HIT_START, snippetParts } from '../../electron/services/search/ftsQuery';

describe('what a user types, as an FTS5 query', () => {
  it.each([
    ['jose overt', '"jose"* "overt"*'],
    ['  José  ', '"José"*'],
    ['say "hello"', '"say"* """hello"""*'],
    ['NEAR( AND *', '"NEAR("* "AND"*'],
    ['narrative:x', '"narrative:x"*'],
    ['" * ( - \\', null],
    ['', null],
  ])('%j becomes %j', (typed, query) => {
    expect(ftsQuery(typed)).toBe(query);
  });

  it('keeps at most eight words', () => {
    expect(ftsQuery('a b c d e f g h i j')?.split(' ')).toHaveLength(8);
  });
});

describe('a snippet', () => {
  it('becomes plain-text parts with the matches marked', () => {
    expect(snippetParts(`…met ${HIT_START}José${HIT_END} at the ${HIT_START}café${HIT_END}`)).toEqual([
      { text: '…met ', hit: false },
      { text: 'José', hit: true },
      { text: ' at the ', hit: false },
      { text: 'café', hit: true },
    ]);
  });
});

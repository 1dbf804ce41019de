import type { Faker } from '@faker-js/faker';
import type { ClientFacts } from './clientFacts';

/** The words a note's templates are filled with: `{name}` mid-sentence, `{Name}` to start one. */
export type Words = Record<string, string>;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Each word with its capitalized twin, for the start of a sentence. */
const withCapitals = (words: Words): Words =>
  Object.fromEntries(
    Object.entries(words).flatMap(([key, word]) => [
      [key, word],
      [capitalize(key), capitalize(word)],
    ]),
  );

/** The words that stay the same in all of a client's notes, made once per client. */
const clientWords = new WeakMap<ClientFacts, Words>();

function wordsOf(facts: ClientFacts): Words {
  let words = clientWords.get(facts);
  if (!words) {
    words = withCapitals({
      formal: facts.formalName,
      ...facts.pronoun,
      home: facts.home,
      judge: facts.judge,
      ...(facts.employer ? { employer: facts.employer } : {}),
      ...(facts.provider ? { provider: facts.provider } : {}),
    });
    clientWords.set(facts, words);
  }
  return words;
}

/**
 * How this note speaks of the client and the people around them. Officers write "Jordan", "Mr. Lopez" or
 * "the client" from one note to the next, and mention one relative or another, so those are chosen per note.
 */
export function noteWords(faker: Faker, facts: ClientFacts): Words {
  const name = faker.helpers.arrayElement([facts.firstName, facts.formalName, facts.formalName, 'the client']);
  const relative = facts.family.length ? faker.helpers.arrayElement(facts.family) : null;
  // The client's own words stay in the prototype: a note adds only its three, as it is made half a million times.
  return Object.assign(
    Object.create(wordsOf(facts)) as Words,
    withCapitals({
      name,
      relative: relative ? `${relative.relationship} ${relative.name}` : 'a family member',
      relativeName: relative?.name.split(' ')[0] ?? 'the family member',
    }),
  );
}

/** Fills `{word}` slots; a slot without a word is a bug in the templates, so it throws. */
export function fill(template: string, words: Words): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const word = words[key];
    if (word === undefined) throw new Error(`The seed note template "${template}" needs {${key}}.`);
    return word;
  });
}

/** The slots of each template, found once. */
const slotsOf = new Map<string, string[]>();

function slots(template: string): string[] {
  let keys = slotsOf.get(template);
  if (!keys) slotsOf.set(template, (keys = [...template.matchAll(/\{(\w+)\}/g)].map(([, key]) => key)));
  return keys;
}

/** One template of those whose slots this note can fill. */
export function pickFilled(faker: Faker, templates: readonly string[], words: Words): string {
  const usable = templates.filter((t) => slots(t).every((key) => key in words));
  return fill(faker.helpers.arrayElement(usable.length ? usable : templates), words);
}

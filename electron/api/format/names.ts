/** How people's names read, on screen and in Word documents alike. Browser-safe. */

export interface Named {
  firstName: string;
  middleName?: string;
  lastName: string;
  suffix?: string;
}

/** "Jordan Lee Whitaker Jr." */
export const fullName = (person: Named) => [person.firstName, person.middleName, person.lastName, person.suffix].filter(Boolean).join(' ');

/** "Whitaker, Jordan Lee Jr.": how lists sort and officers scan them. */
export const listName = (person: Named) => `${person.lastName}, ${[person.firstName, person.middleName, person.suffix].filter(Boolean).join(' ')}`;

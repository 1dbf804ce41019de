/** The audit detail naming which clients' records a list showed (ids only, never names or what was typed). */
export function shownClientsDetail(clientIds: Iterable<number | null | undefined>): string {
  const ids = [...new Set([...clientIds].filter((id): id is number => typeof id === 'number'))];
  return `clients shown: ${ids.join(', ') || 'none'}`;
}

type Refinement<F extends string, C extends string> = [(values: Record<F | C, string>) => boolean, { message: string; path: string[] }];

/**
 * Refinement arguments for a form whose `confirmField` must repeat `field`:
 * `schema.extend({ confirmPassword: z.string() }).refine(...mustMatch('password', 'confirmPassword'))`.
 */
export function mustMatch<F extends string, C extends string>(field: F, confirmField: C): Refinement<F, C> {
  return [(values) => values[field] === values[confirmField], { message: 'The two passwords are not the same.', path: [confirmField] }];
}

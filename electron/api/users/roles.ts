/** Kept apart from the drizzle schema so the renderer can import it without bundling drizzle. */
export const ROLES = ['officer', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

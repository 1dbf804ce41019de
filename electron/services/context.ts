import type { AppDb } from '../../db/open';
import type { Role } from '../api/users/roles';

export interface Actor {
  id: number;
  username: string;
  fullName: string;
  role: Role;
}

/** What every service call gets: the open database, who is acting, and the clock (fixed in tests). */
export interface ServiceContext {
  db: AppDb;
  actor: Actor;
  now: () => Date;
}

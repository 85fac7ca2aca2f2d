import type { Role } from '@/lib/vocabulary';
import { DomainError } from '@/lib/errors';

/** What each role may do; a role includes everything of the roles before it. */
const RANK: Record<Role, number> = { checker: 1, editor: 2, admin: 3 };

export const PERMISSIONS = {
  'claims:read': 'checker',
  'claims:review': 'checker',
  'claims:edit': 'checker',
  'evidence:write': 'checker',
  'claims:comment': 'checker',
  'verdicts:publish': 'editor',
  /** Who works on which claim is the editor's call. */
  'claims:assign': 'editor',
  /** Make public, unlist or delete an article. */
  'articles:manage': 'editor',
  'overview:read': 'editor',
  'articles:import': 'editor',
  'tokens:manage': 'editor',
  'users:manage': 'admin',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSIONS;

/** Who is acting: a signed-in user as loaded from the database for this request. */
export interface Actor {
  id: number;
  role: Role;
  name: string;
  email: string;
}

export function can(actor: Pick<Actor, 'role'> | null | undefined, permission: Permission): boolean {
  return !!actor && RANK[actor.role] >= RANK[PERMISSIONS[permission]];
}

/** Throws 401 for nobody, 403 for a role below the permission; otherwise narrows to Actor. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new DomainError('unauthorized', 'Sign in to do this.');
  if (!can(actor, permission)) {
    throw new DomainError(
      'forbidden',
      `Your role (${actor.role}) may not do this: it needs ${PERMISSIONS[permission]} or above.`,
    );
  }
}

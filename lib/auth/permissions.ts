// Permissions as data. A permission reads "<action>:<resource>:<scope>"; "own" means the
// signed-in person's own records (the lib/accounts functions take the actor and touch only
// that actor's rows), "any" will mean every record. Staff roles (admin, editor, handler,
// moderator) are added here as data, e.g. moderator: ["read:profile:any", ...].

export const PERMISSIONS = [
  "read:profile:own",
  "update:profile:own",
  "update:password:own",
  "export:profile:own",
  "delete:account:own",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["resident"] as const;
export type Role = (typeof ROLES)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  resident: ["read:profile:own", "update:profile:own", "update:password:own", "export:profile:own", "delete:account:own"],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Actor {
  id: number;
  role: string;
}

/** The one check: does this person's role grant the permission? Unknown roles get nothing. */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor || !isRole(actor.role)) return false;
  return rolePermissions[actor.role].includes(permission);
}

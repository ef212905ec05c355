import { record } from "@/lib/audit/audit";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

// The content functions check the actor's permission themselves too (the pages and actions
// have already called requireStaffPermission): a refusal is audited and changes nothing.

export class ContentPermissionError extends Error {
  constructor(readonly permission: Permission) {
    super(`Not allowed: ${permission}`);
  }
}

export async function assertCan(actor: Actor, permission: Permission, ip: string | null): Promise<void> {
  if (can(actor, permission)) return;
  await record({ actor, action: "access.denied", outcome: "denied", targetType: "permission", targetId: permission, ip });
  throw new ContentPermissionError(permission);
}

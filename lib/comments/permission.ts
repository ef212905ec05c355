import { assertCan } from "@/lib/content/permission";
import type { Actor } from "@/lib/auth/permissions";

// The moderation functions check the permission themselves too (the pages and actions have
// already called requireStaffPermission): a refusal is audited and changes nothing.
export async function assertCanModerate(actor: Actor, ip: string | null): Promise<void> {
  await assertCan(actor, "moderate:comment:any", ip);
}

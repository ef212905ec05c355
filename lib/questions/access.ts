import { assertCan } from "@/lib/content/permission";
import { handlerDepartmentIds } from "@/lib/departments/departments";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

// Which questions a staff member may see and answer, as letters (lib/mailbox/access.ts):
// "answer:question:any" (admin) every question; "answer:question:department" (信件办理员)
// the published and answered questions of their departments. Pending and rejected questions
// are the moderator's, not the department's.

export type QuestionScope = null | "all" | { departmentIds: number[] };

export async function questionScope(actor: Actor | null): Promise<QuestionScope> {
  if (!actor) return null;
  if (can(actor, "answer:question:any")) return "all";
  if (can(actor, "answer:question:department")) return { departmentIds: await handlerDepartmentIds(actor) };
  return null;
}

/** The where clause of the questions in scope (never called with null). */
export function scopeWhere(scope: Exclude<QuestionScope, null>) {
  return scope === "all" ? {} : { departmentId: { in: scope.departmentIds }, state: { in: ["open", "answered"] } };
}

/** The lib/questions functions check the permission themselves too: a refusal is audited and changes nothing. */
export function assertCanQuestions(actor: Actor, permission: Permission, ip: string | null): Promise<void> {
  return assertCan(actor, permission, ip);
}

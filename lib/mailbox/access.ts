import { handlerDepartmentIds } from "@/lib/departments/departments";
import { can, type Actor } from "@/lib/auth/permissions";

// Which letters a staff member may see and act on: "handle:letter:any" (admin) every letter;
// "handle:letter:department" (信件办理员) the letters assigned to their departments
// (DepartmentMember). 待受理 letters have no department yet: admins accept and assign them.

/** null: no letters at all; "all"; or the department ids whose letters the actor handles. */
export type LetterScope = null | "all" | { departmentIds: number[] };

export async function letterScope(actor: Actor | null): Promise<LetterScope> {
  if (!actor) return null;
  if (can(actor, "handle:letter:any")) return "all";
  if (can(actor, "handle:letter:department")) return { departmentIds: await handlerDepartmentIds(actor) };
  return null;
}

export function inScope(scope: LetterScope, letter: { departmentId: number | null }): boolean {
  if (scope === null) return false;
  if (scope === "all") return true;
  return letter.departmentId !== null && scope.departmentIds.includes(letter.departmentId);
}

/** The where clause of the letters in scope (never called with null). */
export function scopeWhere(scope: Exclude<LetterScope, null>) {
  return scope === "all" ? {} : { departmentId: { in: scope.departmentIds } };
}

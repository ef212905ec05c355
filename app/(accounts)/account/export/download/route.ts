import { redirect } from "next/navigation";
import { exportAccount } from "@/lib/accounts/accounts";
import { requirePermission } from "@/lib/auth/current";
import { hasReauth } from "@/lib/auth/sessions";

// The export file. Only for the signed-in owner who re-entered the password in the last
// few minutes (/account/export); GET so that a plain link downloads it.
export async function GET() {
  const actor = await requirePermission("export:profile:own", "/account/export");
  if (!(await hasReauth(actor.sid))) redirect("/account/export");
  const data = await exportAccount(actor);
  if (!data) redirect("/login");
  const date = data.exportedAt.slice(0, 10).replace(/-/g, "");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${date}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPermission } from "@/lib/auth/current";
import { can, PERMISSION_LABELS, permissionsOf, roleLabel } from "@/lib/auth/permissions";
import { workQueuesFor, type QueueCount } from "@/lib/admin/queues";
import { StatusNotice } from "@/components/site/StatusNotice";
import { BackupStatus } from "@/components/admin/BackupStatus";
import { backupStatus } from "@/lib/backup/status";

export const metadata: Metadata = { title: "待办" };

const notices: Record<string, string> = { passwordChanged: "密码已修改，其他设备上的登录已失效。" };

// The staff to-do dashboard: what waits for the signed-in staff member's role, each count a
// link to the filtered list (lib/admin/queues.ts). The permission list stays folded away.
export default async function AdminDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPermission("access:admin:any", "/admin");
  const params = await searchParams;
  const notice = Object.keys(notices).find((key) => params[key] === "1");
  const queues = await workQueuesFor(user);
  const groups = new Map<string, QueueCount[]>();
  for (const queue of queues) groups.set(queue.group, [...(groups.get(queue.group) ?? []), queue]);
  const permissions = permissionsOf(user);
  const backup = can(user, "read:backup:any") ? await backupStatus() : null;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">管理后台</h1>
      {notice ? <StatusNotice>{notices[notice]}</StatusNotice> : null}
      <p className="mb-4">您的角色：{roleLabel(user.role)}</p>
      <section aria-labelledby="waiting" className="mb-6">
        <h2 id="waiting" className="mb-3 text-xl font-bold">
          待办
        </h2>
        {groups.size === 0 ? <p>您的角色没有待办事项。</p> : null}
        <div className="grid gap-6 sm:grid-cols-2">
          {[...groups].map(([group, items]) => (
            <section key={group} aria-label={group} className="rounded border border-line p-4">
              <h3 className="mb-2 text-lg font-bold">{group}</h3>
              <ul className="space-y-1">
                {items.map((queue) => (
                  <li key={queue.key} data-testid={`queue-${queue.key}`} data-count={queue.count}>
                    <Link href={queue.href} className={queue.count > 0 ? "font-semibold" : ""}>
                      {queue.label}：{queue.count}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
      {backup ? <BackupStatus status={backup} /> : null}
      <details className="mb-4">
        <summary className="cursor-pointer font-semibold">我的权限</summary>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="permissions">
          {permissions.map((permission) => (
            <li key={permission} data-permission={permission}>
              {permission === "read:audit:any" ? <Link href="/admin/audit">{PERMISSION_LABELS[permission]}</Link> : PERMISSION_LABELS[permission]}
            </li>
          ))}
        </ul>
      </details>
      <p className="mt-6">
        <Link href="/account/password">修改我的密码</Link>
      </p>
    </>
  );
}

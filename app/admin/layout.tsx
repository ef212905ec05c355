import type { Metadata } from "next";
import Link from "next/link";
import { logoutAction } from "@/app/(accounts)/actions";
import { requireStaffPermission } from "@/lib/auth/current";
import { can, roleLabel } from "@/lib/auth/permissions";

// The staff console's frame. The layout checks the session (anonymous -> /login, resident ->
// 403), but it is not the only check: every page and action under /admin calls
// requireStaffPermission itself with the permission it needs.
export const metadata: Metadata = { title: { default: "管理后台", template: "%s - 管理后台" }, robots: { index: false, follow: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaffPermission("access:admin:any", "/admin");
  const links = [
    { href: "/admin", label: "概览", show: true },
    { href: "/admin/content", label: "内容管理", show: can(user, "manage:content:any") },
    { href: "/admin/services", label: "办事指南", show: can(user, "manage:service:any") },
    { href: "/admin/consultations", label: "民意征集", show: can(user, "manage:consultation:any") },
    { href: "/admin/evaluations", label: "网上评议", show: can(user, "manage:evaluation:any") || can(user, "moderate:comment:any") },
    { href: "/admin/interviews", label: "嘉宾访谈", show: can(user, "manage:interview:any") },
    { href: "/admin/interviews/questions", label: "访谈提问审核", show: can(user, "moderate:interviewquestion:any") },
    { href: "/admin/audit", label: "审计日志", show: can(user, "read:audit:any") },
    { href: "/admin/mailbox", label: "州长信箱", show: can(user, "handle:letter:department") },
    { href: "/admin/ysq", label: "依申请公开", show: can(user, "handle:inforequest:any") },
    { href: "/admin/moderation", label: "评论审核", show: can(user, "moderate:comment:any") },
    { href: "/admin/questions", label: "在线问答", show: can(user, "answer:question:department") },
    { href: "/admin/moderation/questions", label: "提问审核", show: can(user, "moderate:question:any") },
    { href: "/admin/faq", label: "常见问题", show: can(user, "manage:faq:any") },
    { href: "/admin/calendar", label: "工作日历", show: can(user, "manage:calendar:any") },
    { href: "/admin/outbox", label: "发件箱", show: can(user, "read:outbox:any") },
    { href: "/admin/notices", label: "通知模板", show: can(user, "manage:notice:any") },
    { href: "/admin/users", label: "用户管理", show: can(user, "manage:user:any") },
    { href: "/admin/departments", label: "部门管理", show: can(user, "manage:department:any") },
    { href: "/admin/stats", label: "流量统计", show: can(user, "read:stats:any") },
  ].filter((link) => link.show);
  return (
    <div>
      <a href="#main" className="skip-link">
        跳到主要内容
      </a>
      <header className="border-b-4 border-red-800 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <p className="text-xl font-bold">管理后台</p>
          <nav aria-label="管理后台导航">
            <ul className="flex flex-wrap gap-4">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="font-semibold">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p className="ml-auto">身份：{roleLabel(user.role)}</p>
          <Link href="/account" className="font-semibold">
            个人中心
          </Link>
          <form action={logoutAction}>
            <button type="submit" className="rounded border-2 border-ink px-3 py-1 font-semibold">
              退出登录
            </button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}

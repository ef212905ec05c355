// Permissions as data. A permission reads "<action>:<resource>:<scope>"; "own" means the
// signed-in person's own records (the lib/accounts functions take the actor and touch only
// that actor's rows), "department" the records of the departments assigned to the actor,
// "any" every record. Roles map to permission strings here and nowhere else; every admin
// page, route handler and server action checks one of them with requirePermission
// (lib/auth/current.ts), which calls can().

const OWN = [
  "read:profile:own",
  "update:profile:own",
  "update:password:own",
  "export:profile:own",
  "delete:account:own",
  "write:letter:own",
  "write:opinion:own",
  "rate:evaluation:own",
  "write:comment:own",
  "write:interviewquestion:own",
  "write:question:own",
] as const;

const STAFF = [
  "access:admin:any",
  "read:audit:any",
  "manage:content:any",
  "publish:content:any",
  "read:profile:any",
  "manage:user:any",
  "end:session:any",
  "handle:letter:department",
  "handle:letter:any",
  "moderate:submission:any",
  "manage:department:any",
  "request:extension:department",
  "decide:extension:any",
  "publish:letter:any",
  "manage:calendar:any",
  "read:outbox:any",
  "read:stats:any",
  "manage:service:any",
  "publish:service:any",
  "handle:inforequest:any",
  "manage:consultation:any",
  "manage:evaluation:any",
  "moderate:comment:any",
  "read:backup:any",
  "manage:notice:any",
  "manage:interview:any",
  "moderate:interviewquestion:any",
  "moderate:question:any",
  "answer:question:department",
  "answer:question:any",
  "assign:question:any",
  "manage:faq:any",
] as const;

export const PERMISSIONS = [...OWN, ...STAFF] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ["resident", "admin", "editor", "handler", "moderator", "disclosure"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["admin", "editor", "handler", "moderator", "disclosure"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  resident: "居民",
  admin: "系统管理员",
  editor: "编辑",
  handler: "信件办理员",
  moderator: "审核员",
  disclosure: "信息公开专员",
};

/** What each permission lets a staff member do (the /admin dashboard lists these). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  "read:profile:own": "查看本人信息",
  "update:profile:own": "修改本人信息",
  "update:password:own": "修改本人密码",
  "export:profile:own": "导出本人数据",
  "delete:account:own": "注销本人账户",
  "write:letter:own": "给州长信箱写信并评价本人信件的答复",
  "write:opinion:own": "对民意征集提交意见",
  "rate:evaluation:own": "参加网上评议（每个评议对象一票，截止前可修改）",
  "write:comment:own": "发表评论和举报评论",
  "write:interviewquestion:own": "向嘉宾访谈提问",
  "write:question:own": "在线问答：向部门提问",
  "access:admin:any": "进入管理后台",
  "read:audit:any": "查看审计日志",
  "manage:content:any": "管理文章、栏目和页面",
  "publish:content:any": "发布和下线内容",
  "read:profile:any": "查看居民个人信息（每次查看均记录）",
  "manage:user:any": "管理用户和工作人员账户",
  "end:session:any": "结束任意账户的全部登录",
  "handle:letter:department": "办理本部门的信件",
  "handle:letter:any": "办理所有部门的信件",
  "moderate:submission:any": "审核公众留言和提交内容",
  "manage:department:any": "管理部门",
  "request:extension:department": "为本部门的信件申请延期",
  "decide:extension:any": "审批信件延期申请",
  "publish:letter:any": "公开已答复的信件",
  "manage:calendar:any": "维护工作日历（节假日和调休）",
  "read:outbox:any": "查看系统发出的邮件",
  "read:stats:any": "查看流量统计",
  "manage:service:any": "管理办事指南（新建、修改、送审）",
  "publish:service:any": "发布和下线办事指南",
  "handle:inforequest:any": "办理依申请公开（政府信息公开申请）",
  "manage:consultation:any": "管理民意征集（发布征集、查看和标注意见、发布采纳情况反馈；每次查看意见均记录）",
  "manage:evaluation:any": "管理网上评议（新建、修改、发布评议，查看结果）",
  "moderate:comment:any": "审核评论（含网上评议的意见建议），维护敏感词和驳回理由",
  "read:backup:any": "查看备份状态",
  "manage:notice:any": "修改系统通知邮件的模板",
  "manage:interview:any": "管理嘉宾访谈（新建、发布、直播切换、发布文字实录）",
  "moderate:interviewquestion:any": "审核嘉宾访谈的网友提问，标记提交嘉宾的问题",
  "moderate:question:any": "审核在线问答的提问（发布或驳回）",
  "answer:question:department": "回复本部门的在线问答",
  "answer:question:any": "回复所有部门的在线问答",
  "assign:question:any": "改派在线问答的办理部门",
  "manage:faq:any": "管理常见问题（新建、修改，从已回复的问答选入）",
};

// Staff keep the own-account permissions they need (their own password); they have no
// resident profile, so profile/export/delete of their own account are not granted.
const STAFF_BASE = ["access:admin:any", "update:password:own"] as const satisfies readonly Permission[];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  resident: [...OWN],
  // 系统管理员: everything except what only makes sense for residents
  admin: [...STAFF_BASE, ...STAFF.filter((permission) => permission !== "access:admin:any")],
  // 编辑: content
  editor: [...STAFF_BASE, "manage:content:any", "publish:content:any", "manage:service:any", "publish:service:any", "manage:consultation:any", "manage:evaluation:any", "manage:interview:any", "manage:faq:any"],
  // 信件办理员: letters of the departments assigned to them
  handler: [...STAFF_BASE, "handle:letter:department", "request:extension:department", "answer:question:department"],
  // 审核员: public submissions
  moderator: [...STAFF_BASE, "moderate:submission:any", "moderate:comment:any", "moderate:interviewquestion:any", "moderate:question:any"],
  // 信息公开专员: requests for government information (依申请公开)
  disclosure: [...STAFF_BASE, "handle:inforequest:any"],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The Chinese name of a role; `fallback` (default: the stored value) for an unknown one. */
export function roleLabel(role: string, fallback = role): string {
  return isRole(role) ? ROLE_LABELS[role] : fallback;
}

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
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

/** Every permission the actor has, in the order of PERMISSIONS. */
export function permissionsOf(actor: Actor | null | undefined): Permission[] {
  return PERMISSIONS.filter((permission) => can(actor, permission));
}

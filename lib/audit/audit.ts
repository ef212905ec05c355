import { db, type Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";

// The audit log (AuditEntry). Append-only: this module is the only code that touches the
// table, and it only creates and reads entries - there is no update or delete anywhere
// (lib/audit/audit.test.ts greps the source tree to prove it). Entries are kept at least
// AUDIT_RETENTION_DAYS; today nothing removes them at all. The request IP is stored for
// staff actions only (privacy policy); entries about residents (a refused access) carry
// the account id and role, never the IP.

export const AUDIT_RETENTION_DAYS = 184;
export const OUTCOMES = ["success", "denied", "failed"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Action names (stable strings: filters and later issues rely on them). */
export const AUDIT_ACTIONS = {
  "auth.login": "登录",
  "auth.login_failed": "登录失败",
  "auth.totp_enrolled": "启用两步验证",
  "auth.password_changed": "修改密码",
  "auth.password_reset_requested": "申请重设密码",
  "auth.password_reset": "通过邮件链接重设密码",
  "access.denied": "拒绝访问",
  "session.terminate_all": "结束全部登录",
  "profile.view": "查看居民个人信息",
  "letter.view": "查看信件",
  "letter.attachment_download": "下载信件附件",
  "letter.accept": "受理信件",
  "letter.reject": "不予受理信件",
  "letter.assign": "交办信件",
  "letter.reassign": "转交信件",
  "letter.reply": "答复信件",
  "letter.close": "信件办结",
  "letter.extension_request": "申请信件延期",
  "letter.extension_grant": "同意信件延期",
  "letter.extension_refuse": "不同意信件延期",
  "letter.publish": "公开信件",
  "letter.unpublish": "取消公开信件",
  "calendar.save": "修改工作日历",
  "calendar.remove": "删除工作日历日期",
  "user.search": "查找居民",
  "user.create": "创建工作人员账户",
  "user.disable": "停用账户",
  "user.enable": "恢复账户",
  "user.cancel": "注销居民账户",
  "user.role": "更改工作人员角色",
  "department.create": "新建部门",
  "department.update": "修改部门",
  "department.move": "调整部门顺序",
  "department.activate": "启用部门",
  "department.deactivate": "停用部门",
  "department.member_add": "部门添加信件办理员",
  "department.member_remove": "部门移除信件办理员",
  "department.member_set": "设置信件办理员所属部门",
  // Content management (lib/content)
  "content.article_create": "新建文章",
  "content.article_update": "修改文章",
  "content.article_submit": "文章送审",
  "content.article_return": "文章退回修改",
  "content.article_publish": "发布文章",
  "content.article_archive": "下线文章",
  "content.article_reopen": "重新编辑文章",
  "content.article_due": "定时发布到时",
  "content.attachment_add": "上传附件",
  "content.attachment_remove": "删除附件",
  "content.category_create": "新建栏目",
  "content.category_update": "修改栏目",
  "content.category_delete": "删除栏目",
  "content.page_update": "修改页面",
  "content.page_sync": "隐私政策随版本更新",
  "stats.export": "导出流量统计",
  // 办事指南 (lib/services)
  "service.create": "新建办事指南",
  "service.update": "修改办事指南",
  "service.submit": "办事指南送审",
  "service.return": "办事指南退回修改",
  "service.publish": "发布办事指南",
  "service.archive": "下线办事指南",
  "service.reopen": "重新编辑办事指南",
  // 依申请公开 (lib/ysq)
  "inforequest.view": "查看政府信息公开申请",
  "inforequest.register": "登记政府信息公开申请",
  "inforequest.correction_request": "要求补正政府信息公开申请",
  "inforequest.extension_request": "申请延期答复政府信息公开申请",
  "inforequest.extension_grant": "同意延期答复政府信息公开申请",
  "inforequest.extension_refuse": "不同意延期答复政府信息公开申请",
  "inforequest.reply": "答复政府信息公开申请",
  "inforequest.report_export": "导出依申请公开年度统计",
  // 民意征集 (lib/consultations)
  "consultation.create": "新建民意征集",
  "consultation.update": "修改民意征集",
  "consultation.publish": "发布民意征集",
  "consultation.unpublish": "下线民意征集",
  "consultation.attachment_add": "上传民意征集附件",
  "consultation.attachment_remove": "删除民意征集附件",
  "consultation.opinions_view": "查看民意征集意见",
  "consultation.opinion_decide": "标注意见采纳情况",
  "consultation.feedback_publish": "发布意见采纳情况反馈",
  "consultation.opinions_export": "导出民意征集意见",
  // 网上评议 (lib/evaluations)
  "evaluation.create": "新建网上评议",
  "evaluation.update": "修改网上评议",
  "evaluation.publish": "发布网上评议",
  "evaluation.unpublish": "撤回网上评议",
  "evaluation.comment_approve": "评议意见审核通过",
  "evaluation.comment_reject": "评议意见审核不通过",
  // Comments (lib/comments)
  "comment.approve": "评论审核通过",
  "comment.reject": "驳回评论",
  "comment.report": "举报评论",
  "comment.word_add": "添加敏感词",
  "comment.word_remove": "删除敏感词",
  "comment.reason_add": "添加驳回理由模板",
  "comment.reason_remove": "删除驳回理由模板",
  // Notices (lib/notices)
  "notice.template_update": "修改通知模板",
  // 嘉宾访谈 (lib/interviews)
  "interview.create": "新建嘉宾访谈",
  "interview.update": "修改嘉宾访谈",
  "interview.publish": "发布嘉宾访谈",
  "interview.unpublish": "下线嘉宾访谈",
  "interview.switch": "切换嘉宾访谈直播状态",
  "interview.guest_add": "添加访谈嘉宾",
  "interview.guest_remove": "删除访谈嘉宾",
  "interview.turn_post": "发布访谈实录",
  "interview.turn_remove": "删除访谈实录",
  "interview.question_approve": "访谈提问审核通过",
  "interview.question_reject": "访谈提问审核不通过",
  "interview.question_put": "访谈提问提交嘉宾",
  // 在线问答 and 常见问题 (lib/questions)
  "question.publish": "发布在线问答提问",
  "question.reject": "驳回在线问答提问",
  "question.withdraw": "撤下在线问答",
  "question.answer": "回复在线问答",
  "question.reassign": "改派在线问答",
  "faq.create": "新建常见问题",
  "faq.update": "修改常见问题",
  "faq.remove": "删除常见问题",
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS | (string & {});

export interface AuditInput {
  actor: Actor | null;
  action: AuditAction;
  outcome: Outcome;
  targetType?: string | undefined;
  targetId?: string | number | undefined;
  /** Stored only when the actor is staff (the caller passes what the request gave). */
  ip?: string | null | undefined;
  detail?: string | undefined;
  at?: Date | undefined;
}

const STAFF = new Set(["admin", "editor", "handler", "moderator", "disclosure"]);

/**
 * Appends an entry. `client` is a transaction (`tx`) when the entry belongs to a change
 * that must be all-or-nothing with it (e.g. a mailbox transition).
 */
export async function record(input: AuditInput, client: Pick<Db, "auditEntry"> = db): Promise<void> {
  const staff = !!input.actor && STAFF.has(input.actor.role);
  await client.auditEntry.create({
    data: {
      createdAt: input.at ?? new Date(),
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      action: input.action,
      outcome: input.outcome,
      targetType: input.targetType ?? null,
      targetId: input.targetId === undefined ? null : String(input.targetId),
      ip: staff ? (input.ip ?? null) : null,
      detail: input.detail?.slice(0, 200) ?? null,
    },
    select: { id: true },
  });
}

export interface AuditFilter {
  actorId?: number | undefined;
  action?: string | undefined;
  from?: Date | undefined;
  /** Exclusive */
  to?: Date | undefined;
}

export const AUDIT_PAGE_SIZE = 50;

const entryColumns = {
  id: true,
  createdAt: true,
  actorId: true,
  actorRole: true,
  action: true,
  targetType: true,
  targetId: true,
  outcome: true,
  ip: true,
  detail: true,
} as const;

function whereOf(filter: AuditFilter) {
  const createdAt = {
    ...(filter.from ? { gte: filter.from } : {}),
    ...(filter.to ? { lt: filter.to } : {}),
  };
  return {
    ...(filter.actorId !== undefined ? { actorId: filter.actorId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

/** One page of entries, newest first, with the total count and the actors' e-mails. */
export async function queryAudit(filter: AuditFilter, page = 1, pageSize = AUDIT_PAGE_SIZE) {
  const where = whereOf(filter);
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      select: entryColumns,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(1, page) - 1) * pageSize,
      take: pageSize,
    }),
    db.auditEntry.count({ where }),
  ]);
  const ids = [...new Set(entries.map((entry) => entry.actorId).filter((id): id is number => id !== null))];
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((user) => [user.id, user.email]));
  return {
    total,
    entries: entries.map((entry) => ({ ...entry, actorEmail: entry.actorId === null ? null : (emails.get(entry.actorId) ?? null) })),
  };
}

/** The actions that occur in the log (for the filter's choices). */
export async function auditActions(): Promise<string[]> {
  const rows = await db.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((row) => row.action);
}

/** 谁查看了我的信息: when staff of which role viewed this resident's personal data. */
export async function profileViewsOf(userId: number): Promise<{ at: Date; role: string }[]> {
  const rows = await db.auditEntry.findMany({
    where: { action: "profile.view", outcome: "success", targetType: "user", targetId: String(userId) },
    select: { createdAt: true, actorRole: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map((row) => ({ at: row.createdAt, role: row.actorRole ?? "" }));
}

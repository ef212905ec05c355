// The e-mail notices the portal sends, as data: each kind's placeholders (the values its
// caller passes), whether a resident may turn it off, and the Chinese text it starts with.
// The texts live in the NoticeTemplate table (written from these defaults when missing,
// edited by admins at /admin/notices); the placeholders and the audience are code, because
// the code that queues a notice supplies exactly these values.
//
// Required (sent whatever the preferences): the receipt with the 信件编号 the resident needs to
// track the letter, a refusal (the letter will not be handled, and why), the reply itself,
// and the staff digest. Optional: progress (accepted), a rejected comment, an answered question.

export interface NoticeKindDefinition {
  label: string;
  audience: "resident" | "staff";
  required: boolean;
  /** {name} placeholders; every one must stay in the body (and the caller must supply it). */
  placeholders: readonly string[];
  subject: string;
  body: string;
}

const SIGNATURE = "本邮件由系统自动发送，请勿直接回复。";

export const NOTICE_KINDS = {
  "letter.received": {
    label: "信件已收到（回执）",
    audience: "resident",
    required: true,
    placeholders: ["信件编号", "标题", "链接"],
    subject: "您的来信已收到（信件编号 {信件编号}）",
    body: `您好：\n\n我们已收到您写给州长信箱的信件“{标题}”，信件编号为 {信件编号}。请妥善保存信件编号和提交时显示的查询码，用于查询办理进度：\n\n{链接}\n\n${SIGNATURE}`,
  },
  "letter.accepted": {
    label: "信件已受理",
    audience: "resident",
    required: false,
    placeholders: ["信件编号", "标题", "答复期限"],
    subject: "您的来信（{信件编号}）已受理",
    body: `您好：\n\n您的信件“{标题}”（信件编号 {信件编号}）已受理，我们将于 {答复期限} 前答复。\n\n${SIGNATURE}`,
  },
  "letter.rejected": {
    label: "信件不予受理",
    audience: "resident",
    required: true,
    placeholders: ["信件编号", "标题", "理由"],
    subject: "您的来信（{信件编号}）不予受理",
    body: `您好：\n\n您的信件“{标题}”（信件编号 {信件编号}）不予受理，理由如下：\n\n{理由}\n\n${SIGNATURE}`,
  },
  "letter.reply": {
    label: "信件已答复",
    audience: "resident",
    required: true,
    placeholders: ["信件编号", "标题", "日期", "答复"],
    subject: "您的来信（{信件编号}）已答复",
    body: `您好：\n\n您写给州长信箱的信件“{标题}”（信件编号 {信件编号}）已于{日期}答复：\n\n{答复}\n\n您可以登录本网站在“个人中心”查看和评价答复，也可以在“信件查询”页面用信件编号和查询码查看。\n${SIGNATURE}`,
  },
  "comment.rejected": {
    label: "评论未通过审核",
    audience: "resident",
    required: false,
    placeholders: ["评论", "理由"],
    subject: "您的评论未通过审核",
    body: `您好：\n\n您发表的评论“{评论}”未通过审核，理由：{理由}\n\n${SIGNATURE}`,
  },
  "question.answered": {
    label: "在线问答已回复",
    audience: "resident",
    required: false,
    placeholders: ["标题", "链接"],
    subject: "您的问题“{标题}”已回复",
    body: `您好：\n\n您在在线问答提出的问题“{标题}”已有回复，请查看：\n\n{链接}\n\n${SIGNATURE}`,
  },
  "staff.digest": {
    label: "工作人员每日待办提醒",
    audience: "staff",
    required: true,
    placeholders: ["日期", "数量", "条目"],
    subject: "{日期} 待办提醒：{数量} 项",
    body: `您好：\n\n截至 {日期}，您所在部门有以下 {数量} 项事项需要办理：\n\n{条目}\n\n请登录管理后台办理。\n${SIGNATURE}`,
  },
} as const satisfies Record<string, NoticeKindDefinition>;

export type NoticeKind = keyof typeof NOTICE_KINDS;
/** The values a kind's caller passes, one per placeholder. */
export type NoticeValues<K extends NoticeKind> = Record<(typeof NOTICE_KINDS)[K]["placeholders"][number], string>;

export const NOTICE_KIND_NAMES = Object.keys(NOTICE_KINDS) as NoticeKind[];

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.hasOwn(NOTICE_KINDS, value);
}

/** The kinds a resident may turn off at /account. */
export const OPTIONAL_RESIDENT_KINDS = NOTICE_KIND_NAMES.filter((kind) => NOTICE_KINDS[kind].audience === "resident" && !NOTICE_KINDS[kind].required);

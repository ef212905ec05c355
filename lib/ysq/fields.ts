// 依申请公开 (requests for government information, 《政府信息公开条例》 2019): the fixed lists and
// their Chinese labels, shared by the forms, the staff pages and the annual report.

/** 第三十三条: an answer within 20 working days of receipt, extendable once by 20. */
export const REPLY_WORKING_DAYS = 20;
export const EXTENSION_WORKING_DAYS = 20;
/** Due within this many working days: 即将到期. */
export const DUE_SOON_WORKING_DAYS = 5;

export const APPLICANT_TYPES = ["citizen", "organisation"] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = { citizen: "公民", organisation: "法人或其他组织" };

export const ID_TYPES = ["id_card", "passport", "other"] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABELS: Record<IdType, string> = { id_card: "居民身份证", passport: "护照", other: "其他有效证件" };

export const DELIVERY_METHODS = ["email", "post", "pickup"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = { email: "电子邮件", post: "邮寄纸质", pickup: "当面领取" };

/** How a request reached us; the online form is the only one so far. */
export const CHANNELS = ["online", "letter", "counter", "fax"] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { online: "网上申请", letter: "信函申请", counter: "当面申请", fax: "传真申请" };
/** The channels staff enter requests from (/admin/ysq/new); "online" is this site's form. */
export const STAFF_CHANNELS = ["counter", "letter", "fax"] as const satisfies readonly Channel[];

export const REQUEST_STATUSES = ["submitted", "registered", "correction", "replied"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: "待登记",
  registered: "办理中",
  correction: "待补正",
  replied: "已答复",
};

/** The legal outcomes of an answer (第三十六条). */
export const OUTCOMES = ["disclose", "partial", "refuse", "not_exist", "not_responsible", "not_processed"] as const;
export type RequestOutcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<RequestOutcome, string> = {
  disclose: "予以公开",
  partial: "部分公开",
  refuse: "不予公开",
  not_exist: "信息不存在",
  not_responsible: "非本机关负责公开",
  not_processed: "不予处理",
};

export const EVENT_LABELS: Record<string, string> = {
  submit: "提交申请",
  register: "登记",
  correction_request: "要求补正",
  correction_answer: "申请人补正",
  extension_request: "申请延期",
  extension_grant: "同意延期",
  extension_refuse: "不同意延期",
  reply: "答复",
};

export const FIELD_LABELS: Record<string, string> = {
  channel: "收到申请的渠道",
  applicantType: "申请人类型",
  name: "姓名",
  idType: "证件类型",
  idNumber: "证件号码",
  orgName: "名称",
  creditCode: "统一社会信用代码",
  legalRepresentative: "法定代表人",
  contactPerson: "联系人",
  phone: "联系电话",
  email: "电子邮箱",
  address: "通信地址",
  postalCode: "邮政编码",
  description: "所需信息内容描述",
  purpose: "所需信息的用途",
  delivery: "获取信息的方式",
  declaration: "声明",
  submissionKey: "表单",
};

export const DESCRIPTION_MAX = 2000;
export const PURPOSE_MAX = 500;

export function statusLabel(status: string): string {
  return (REQUEST_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function outcomeLabel(outcome: string | null): string {
  return outcome ? ((OUTCOME_LABELS as Record<string, string>)[outcome] ?? outcome) : "";
}

import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { encryptBound } from "@/lib/auth/id-card";
import { loadCalendarExceptions } from "@/lib/mailbox/calendar";
import { generateTrackingCode, hashTrackingCode } from "@/lib/mailbox/codes";
import { extendedDeadline, registrationDeadline } from "@/lib/ysq/deadline";
import { OUTCOME_LABELS, type RequestOutcome } from "@/lib/ysq/fields";
import { idContext, requestNumber } from "@/lib/ysq/submit";

// Demo 依申请公开 requests in the states staff meet (待登记, 待补正, 已延期, 答复 with several
// outcomes, one overdue), so /admin/ysq and its report show something on a demo database.
// The first belongs to the demo resident (/account lists it). Demo seed only; the 查询码 are
// random and never shown.

const DAY = 86_400_000;

interface DemoRequest {
  daysAgo: number;
  own?: boolean;
  channel?: "online" | "letter" | "counter";
  organisation?: boolean;
  name: string;
  description: string;
  state: "submitted" | "correction" | "extended" | "overdue" | RequestOutcome;
  reply?: string;
  legalBasis?: string;
}

const demoRequests: DemoRequest[] = [
  {
    daysAgo: 30,
    own: true,
    name: "演示居民",
    description: "申请公开 2026 年昌吉市老旧小区改造项目清单及各项目的财政资金安排情况。",
    state: "disclose",
    legalBasis: "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
    reply: "您申请的 2026 年老旧小区改造项目清单及资金安排属于公开范围，现予以公开，详见本答复所附内容；项目清单同时已在本网站“政务公开”栏目发布。",
  },
  { daysAgo: 1, name: "李建华", description: "申请获取昌吉州 2025 年城乡居民最低生活保障标准调整的文件及测算依据。", state: "submitted" },
  {
    daysAgo: 12,
    organisation: true,
    name: "昌吉市宏远建材有限公司",
    description: "申请公开关于工业园区用地的有关情况。",
    state: "correction",
  },
  { daysAgo: 35, channel: "letter", name: "马晓燕", description: "申请公开州本级 2025 年部门预算中“三公”经费的明细。", state: "extended" },
  { daysAgo: 40, channel: "counter", name: "王志刚", description: "申请获取本人所在村 2024 年土地征收补偿安置方案的批复文件。", state: "overdue" },
  {
    daysAgo: 45,
    name: "张丽",
    description: "申请公开 2025 年全州中小学校舍安全检查报告全文。",
    state: "partial",
    legalBasis: "《中华人民共和国政府信息公开条例》第三十七条",
    reply: "检查报告中涉及学校安保布防的内容依法不予公开，其余部分予以公开。",
  },
  {
    daysAgo: 50,
    organisation: true,
    name: "昌吉州环保志愿者协会",
    description: "申请公开某化工企业 2019 年以前的排污许可证审批档案。",
    state: "not_exist",
    legalBasis: "《中华人民共和国政府信息公开条例》第三十六条第（四）项",
    reply: "经检索，本机关未制作或获取您所申请的信息，该政府信息不存在。",
  },
];

const CREDIT_CODE = "91652301MA77X7XK9Y";

export async function seedDemoInfoRequests(client: Db, residentId: number | null, now = new Date()): Promise<void> {
  if ((await client.infoRequest.count()) > 0) return;
  const exceptions = await loadCalendarExceptions(client);
  for (const demo of demoRequests) {
    const createdAt = new Date(now.getTime() - demo.daysAgo * DAY);
    const receivedAt = demo.state === "submitted" ? null : new Date(createdAt.getTime() + (demo.channel ? 0 : DAY));
    const registeredDue = receivedAt ? registrationDeadline(receivedAt, exceptions) : null;
    const answered = !["submitted", "correction", "extended", "overdue"].includes(demo.state);
    const outcome = answered ? (demo.state as RequestOutcome) : null;
    const repliedAt = answered ? new Date(createdAt.getTime() + 15 * DAY) : null;
    const dueAt = demo.state === "correction" ? null : demo.state === "extended" && registeredDue ? extendedDeadline(registeredDue, exceptions) : registeredDue;
    const submissionKey = randomBytes(18).toString("base64url");
    const status = demo.state === "submitted" ? "submitted" : demo.state === "correction" ? "correction" : answered ? "replied" : "registered";
    const correctionAskedAt = demo.state === "correction" ? new Date(createdAt.getTime() + 3 * DAY) : null;
    const events = [
      { action: "submit", toStatus: "submitted", note: demo.channel ? "工作人员录入了纸质申请。" : "申请已提交，等待登记。", visibleToApplicant: true, createdAt },
      ...(receivedAt ? [{ action: "register", fromStatus: "submitted", toStatus: "registered", note: "申请已登记。", visibleToApplicant: true, createdAt: receivedAt }] : []),
      ...(correctionAskedAt
        ? [{ action: "correction_request", fromStatus: "registered", toStatus: "correction", note: "请写明所需信息的具体地块位置或文件名称、文号。", visibleToApplicant: true, createdAt: correctionAskedAt }]
        : []),
      ...(demo.state === "extended"
        ? [{ action: "extension_grant", fromStatus: "registered", toStatus: "registered", note: "经批准，答复期限延长 20 个工作日。", visibleToApplicant: true, createdAt: new Date(createdAt.getTime() + 20 * DAY) }]
        : []),
      ...(outcome && repliedAt ? [{ action: "reply", fromStatus: "registered", toStatus: "replied", note: `答复结果：${OUTCOME_LABELS[outcome]}`, visibleToApplicant: true, createdAt: repliedAt }] : []),
    ];
    const created = await client.infoRequest.create({
      data: {
        number: `pending-${submissionKey}`,
        trackingCodeHash: hashTrackingCode(generateTrackingCode()),
        submissionKey,
        userId: demo.own ? residentId : null,
        applicantType: demo.organisation ? "organisation" : "citizen",
        channel: demo.channel ?? "online",
        name: demo.name,
        idType: demo.organisation ? null : "id_card",
        idNumberCipher: demo.organisation ? null : encryptBound("11010519491231002X", idContext(submissionKey)),
        creditCode: demo.organisation ? CREDIT_CODE : null,
        legalRepresentative: demo.organisation ? "赵国强" : null,
        contactPerson: demo.organisation ? "刘敏" : null,
        phone: demo.own ? "13900000000" : "0994-2345678",
        email: demo.own ? "resident@demo.gov.cn" : "",
        address: "新疆昌吉州昌吉市延安北路 1 号",
        description: demo.description,
        delivery: demo.own ? "email" : "post",
        status,
        receivedAt,
        dueAt,
        correctionRequest: correctionAskedAt ? events.find((event) => event.action === "correction_request")?.note ?? null : null,
        correctionAskedAt,
        correctionRemainingDays: correctionAskedAt ? 17 : null,
        extensionStatus: demo.state === "extended" ? "granted" : null,
        extensionReason: demo.state === "extended" ? "需要调取多个部门的预算档案并逐项核对。" : null,
        extensionDecidedAt: demo.state === "extended" ? new Date(createdAt.getTime() + 20 * DAY) : null,
        outcome,
        legalBasis: demo.legalBasis ?? null,
        reply: demo.reply ?? null,
        repliedAt,
        repliedLate: answered ? false : null,
        createdAt,
        events: { create: events },
      },
      select: { id: true },
    });
    await client.infoRequest.update({ where: { id: created.id }, data: { number: requestNumber(createdAt, created.id) }, select: { id: true } });
  }
}

import { db } from "@/lib/db/client";
import { csvDocument } from "@/lib/files/csv";
import { record } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { chinaDate, startOfChinaDay } from "@/lib/mailbox/calendar";
import { CHANNELS, CHANNEL_LABELS, OUTCOMES, OUTCOME_LABELS } from "./fields";

// /admin/ysq/report: one year's figures for the 政府信息公开工作年度报告 (China time): requests
// received in the year, by channel; answers given in the year, by outcome; extensions granted
// and answers given late among them; requests still open past their deadline at the end of
// the year (or now, for the current year).

export interface YearReport {
  year: number;
  received: number;
  byChannel: { channel: string; label: string; count: number }[];
  replied: number;
  byOutcome: { outcome: string; label: string; count: number }[];
  extended: number;
  repliedLate: number;
  openOverdue: number;
  pending: number;
}

export const REPORT_FIRST_YEAR = 2019;

/** The year asked for, when it is one the report covers; else the current China year. */
export function reportYear(value: unknown, now = new Date()): number {
  const current = Number(chinaDate(now).slice(0, 4));
  const year = typeof value === "string" && /^\d{4}$/.test(value) ? Number(value) : current;
  return year >= REPORT_FIRST_YEAR && year <= current ? year : current;
}

export function yearBounds(year: number): { from: Date; to: Date } {
  return { from: startOfChinaDay(`${year}-01-01`), to: startOfChinaDay(`${year + 1}-01-01`) };
}

export async function yearReport(year: number, now = new Date()): Promise<YearReport> {
  const { from, to } = yearBounds(year);
  const inYear = { gte: from, lt: to };
  const [received, channels, replied, outcomes, extended, repliedLate, pending] = await Promise.all([
    db.infoRequest.count({ where: { createdAt: inYear } }),
    db.infoRequest.groupBy({ by: ["channel"], where: { createdAt: inYear }, _count: { _all: true } }),
    db.infoRequest.count({ where: { repliedAt: inYear } }),
    db.infoRequest.groupBy({ by: ["outcome"], where: { repliedAt: inYear }, _count: { _all: true } }),
    db.infoRequest.count({ where: { extensionStatus: "granted", extensionDecidedAt: inYear } }),
    db.infoRequest.count({ where: { repliedAt: inYear, repliedLate: true } }),
    db.infoRequest.count({ where: { createdAt: { lt: to }, OR: [{ repliedAt: null }, { repliedAt: { gte: to } }] } }),
  ]);
  const cutoff = now < to ? now : to;
  const openOverdue = await db.infoRequest.count({ where: { status: "registered", dueAt: { lt: cutoff }, createdAt: { lt: to } } });
  const channelCount = new Map(channels.map((row) => [row.channel, row._count._all]));
  const outcomeCount = new Map(outcomes.map((row) => [row.outcome ?? "", row._count._all]));
  return {
    year,
    received,
    byChannel: CHANNELS.map((channel) => ({ channel, label: CHANNEL_LABELS[channel], count: channelCount.get(channel) ?? 0 })),
    replied,
    byOutcome: OUTCOMES.map((outcome) => ({ outcome, label: OUTCOME_LABELS[outcome], count: outcomeCount.get(outcome) ?? 0 })),
    extended,
    repliedLate,
    openOverdue,
    pending,
  };
}

/** The report as CSV (UTF-8 with a BOM, so spreadsheet programs read the Chinese); audited. */
export async function exportYearReportCsv(actor: Actor, year: number, ip: string | null, now = new Date()): Promise<string> {
  const report = await yearReport(year, now);
  const rows: [string, string, string | number][] = [
    ["收到申请", "合计", report.received],
    ...report.byChannel.map((row): [string, string, number] => ["收到申请", row.label, row.count]),
    ["答复", "合计", report.replied],
    ...report.byOutcome.map((row): [string, string, number] => ["答复", row.label, row.count]),
    ["延期答复", "合计", report.extended],
    ["逾期答复", "合计", report.repliedLate],
    ["逾期未答复", "合计", report.openOverdue],
    ["年末未办结", "合计", report.pending],
  ];
  await record({ actor, action: "inforequest.report_export", outcome: "success", targetType: "inforequest_report", targetId: year, ip, at: now });
  return csvDocument([["项目", "分类", `${year}年`], ...rows]);
}

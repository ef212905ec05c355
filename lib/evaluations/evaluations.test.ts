import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident } from "@/test/accounts";
import { makeDepartment } from "@/test/mailbox";
import { makeStaff } from "@/test/staff";

// 网上评议 on a real database (SQLite, and PostgreSQL with TEST_DATABASE_URL): status, results,
// one vote per account and object (also two submissions at once), changing until the close,
// refusal after it, moderation, search, export and deletion. next/cache is a recorder.

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { roundSchema, voteSchema } = await import("./fields");
const { formatRate, rankObjects, roundStatus, satisfactionRate } = await import("./results");
const { castVote, myVotes } = await import("./voting");
const { saveRound, setRoundPublished, moderateComment, roundComments, pendingEvaluationCommentCount } = await import("./admin");
const { getPublishedRound, listPublishedRounds } = await import("./rounds");
const { ContentPermissionError } = await import("@/lib/content/permission");
const { exportAccount, deleteAccount } = await import("@/lib/accounts/accounts");
const { searchSite, parseSearchParams } = await import("@/lib/search/search");

const ip = "198.51.100.7";
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let moderator: Staff;
let departments: { id: number }[];

beforeAll(async () => {
  editor = await makeStaff("editor");
  moderator = await makeStaff("moderator");
  departments = [await makeDepartment("州民政局"), await makeDepartment("州财政局"), await makeDepartment("州交通运输局")];
});

const roundForm = (overrides: Record<string, string> = {}) =>
  roundSchema.parse({ title: "2026年度部门满意度评议", intro: "请评价。", startDate: "2026-01-01", endDate: "2099-12-31", criteria: "服务态度\n办事效率", ...overrides });

async function openRound(criteria = "服务态度\n办事效率") {
  const result = await saveRound(editor, null, roundForm({ criteria }), departments.map((department) => ({ kind: "department" as const, id: department.id })), ip);
  if (!result.ok) throw new Error(JSON.stringify(result));
  await setRoundPublished(editor, result.id, true, ip);
  const objects = await db.evaluationObject.findMany({ where: { roundId: result.id }, select: { id: true }, orderBy: { sortOrder: "asc" } });
  return { id: result.id, objects: objects.map((object) => object.id) };
}

const vote = (roundId: number, objectId: number, ratings: string[], comment = "") =>
  voteSchema.parse({ roundId: String(roundId), objectId: String(objectId), comment, ...Object.fromEntries(ratings.map((rating, index) => [`r${index}`, rating])) });

describe("rules", () => {
  it("derives the status from the period", () => {
    const round = { startsAt: new Date("2026-12-01T00:00:00+08:00"), endsAt: new Date("2026-12-11T00:00:00+08:00") };
    expect(roundStatus(round, new Date("2026-11-30T23:59:59+08:00"))).toBe("upcoming");
    expect(roundStatus(round, new Date("2026-12-01T00:00:00+08:00"))).toBe("open");
    expect(roundStatus(round, new Date("2026-12-10T23:59:59+08:00"))).toBe("open");
    expect(roundStatus(round, new Date("2026-12-11T00:00:00+08:00"))).toBe("closed");
  });

  it("counts 基本满意 as satisfied, and shows no rate without votes", () => {
    expect(satisfactionRate({ satisfied: 3, basic: 2, dissatisfied: 2 })).toBeCloseTo(5 / 7);
    expect(formatRate(5 / 7)).toBe("71.4%");
    expect(satisfactionRate({ satisfied: 0, basic: 0, dissatisfied: 0 })).toBeNull();
    expect(formatRate(null)).toBe("—");
  });

  it("ranks by rate, then by the share of 满意; equal objects share a rank, objects without votes are unranked", () => {
    const tally = (objectId: number, satisfied: number, basic: number, dissatisfied: number) => ({
      objectId,
      votes: satisfied + basic + dissatisfied,
      criteria: [{ criterion: "服务态度", counts: { satisfied, basic, dissatisfied }, rate: null }],
    });
    const ranked = rankObjects([tally(1, 1, 1, 2), tally(2, 2, 0, 0), tally(3, 0, 0, 0), tally(4, 1, 1, 0), tally(5, 2, 0, 0)]);
    expect(ranked.map((entry) => [entry.objectId, entry.rank])).toEqual([
      [2, 1],
      [5, 1],
      [4, 3],
      [1, 4],
      [3, null],
    ]);
  });

  it("validates the round form in Chinese", () => {
    const parsed = roundSchema.safeParse({ title: "", intro: "", startDate: "2026-13-01", endDate: "2026-01-01", criteria: "服务态度\n服务态度" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(["请填写评议标题", "请按 2026-12-01 的格式填写开始日期", "评议指标不能重复"]));
  });
});

describe("voting", () => {
  it("takes one vote per account and object, changed in place until the close", async () => {
    const round = await openRound();
    const [a, b] = [await makeResident(), await makeResident()];
    const first = round.objects[0]!;
    expect(await castVote(a, vote(round.id, first, ["satisfied", "satisfied"]))).toEqual({ ok: true, objectName: "州民政局" });
    expect(await castVote(b, vote(round.id, first, ["basic", "dissatisfied"]))).toMatchObject({ ok: true });
    let results = (await getPublishedRound(round.id))!.results;
    const entry = () => results.objects.find((object) => object.objectId === first)!;
    expect(entry().votes).toBe(2);
    expect(entry().criteria.map((row) => [row.criterion, row.counts, row.rate])).toEqual([
      ["服务态度", { satisfied: 1, basic: 1, dissatisfied: 0 }, 1],
      ["办事效率", { satisfied: 1, basic: 0, dissatisfied: 1 }, 0.5],
    ]);
    expect(entry().rank).toBe(1);

    // b changes the rating: still two votes, b's ratings replaced.
    expect(await castVote(b, vote(round.id, first, ["satisfied", "satisfied"]))).toMatchObject({ ok: true });
    results = (await getPublishedRound(round.id))!.results;
    expect(entry().votes).toBe(2);
    expect(entry().criteria.map((row) => row.counts.satisfied)).toEqual([2, 2]);
    expect(await db.evaluationVote.count({ where: { objectId: first, userId: b.id } })).toBe(1);
    expect(revalidated).toContain(`/std/interaction/evaluations/${round.id}`);

    // After the close: refused, nothing changes.
    const afterClose = new Date("2100-01-01T00:00:00Z");
    expect(await castVote(b, vote(round.id, first, ["dissatisfied", "dissatisfied"]), afterClose)).toEqual({ ok: false, fieldErrors: {}, formError: "本次评议已结束，不能再提交或修改评价" });
    expect((await getPublishedRound(round.id, afterClose))!.results.objects.find((object) => object.objectId === first)!.criteria.map((row) => row.counts.satisfied)).toEqual([2, 2]);
    expect((await getPublishedRound(round.id, afterClose))!.status).toBe("closed");
    expect(await castVote(b, vote(round.id, first, ["satisfied", "satisfied"]), new Date("2025-12-31T00:00:00Z"))).toMatchObject({ ok: false, formError: "本次评议尚未开始" });
  });

  it("gives one vote for two submissions at the same moment", async () => {
    const round = await openRound();
    const resident = await makeResident();
    const objectId = round.objects[1]!;
    const results = await Promise.all([
      castVote(resident, vote(round.id, objectId, ["satisfied", "basic"], "第一次")),
      castVote(resident, vote(round.id, objectId, ["dissatisfied", "dissatisfied"], "第二次")),
      castVote(resident, vote(round.id, objectId, ["basic", "basic"])),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.evaluationVote.count({ where: { objectId, userId: resident.id } })).toBe(1);
    const ratings = await db.evaluationRating.findMany({ where: { objectId }, select: { criterion: true } });
    expect(ratings.map((rating) => rating.criterion).sort()).toEqual(["办事效率", "服务态度"]);
  });

  it("refuses the database a second row for the same account and object", async () => {
    const round = await openRound();
    const resident = await makeResident();
    const objectId = round.objects[0]!;
    await db.evaluationVote.create({ data: { roundId: round.id, objectId, userId: resident.id }, select: { id: true } });
    await expect(db.evaluationVote.create({ data: { roundId: round.id, objectId, userId: resident.id }, select: { id: true } })).rejects.toThrow();
  });

  it("asks for every criterion, and refuses staff, unknown objects and unpublished rounds", async () => {
    const round = await openRound("服务态度\n办事效率\n政务公开");
    const resident = await makeResident();
    expect(await castVote(resident, vote(round.id, round.objects[0]!, ["satisfied"]))).toEqual({
      ok: false,
      fieldErrors: { r1: ["请选择“办事效率”的评价"], r2: ["请选择“政务公开”的评价"] },
    });
    expect(await castVote(editor, vote(round.id, round.objects[0]!, ["satisfied", "satisfied", "satisfied"]))).toMatchObject({ ok: false, formError: "只有居民账户可以参加网上评议" });
    const other = await openRound();
    expect(await castVote(resident, vote(round.id, other.objects[0]!, ["satisfied", "satisfied", "satisfied"]))).toMatchObject({ ok: false, formError: "未找到该评议对象" });
    await setRoundPublished(editor, other.id, false, ip);
    expect(await castVote(resident, vote(other.id, other.objects[0]!, ["satisfied", "satisfied"]))).toMatchObject({ ok: false, formError: "未找到该评议" });
    expect(await db.evaluationVote.count({ where: { userId: resident.id } })).toBe(0);
  });
});

describe("staff", () => {
  it("creates, edits and publishes rounds (audited, in the search), and keeps criteria and rated objects once votes exist", async () => {
    const round = await openRound();
    expect((await listPublishedRounds()).map((entry) => entry.id)).toContain(round.id);
    const audit = await db.auditEntry.findMany({ where: { targetType: "evaluation", targetId: String(round.id) }, select: { action: true }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["evaluation.create", "evaluation.publish"]);
    const found = await searchSite(parseSearchParams({ q: "满意度评议", type: "evaluation" }));
    expect(found.results.map((result) => result.url)).toContain(`/interaction/evaluations/${round.id}`);

    await castVote(await makeResident(), vote(round.id, round.objects[0]!, ["satisfied", "satisfied"]));
    const all = departments.map((department) => ({ kind: "department" as const, id: department.id }));
    expect(await saveRound(editor, round.id, roundForm({ criteria: "服务态度" }), all, ip)).toEqual({ ok: false, fieldErrors: { criteria: ["已有居民参加评议，评议指标不能再修改"] } });
    expect(await saveRound(editor, round.id, roundForm(), all.slice(1), ip)).toEqual({ ok: false, fieldErrors: { objects: ["已有居民评价的评议对象不能移除"] } });
    expect(await saveRound(editor, round.id, roundForm({ title: "改名后的评议" }), all.slice(0, 2), ip)).toEqual({ ok: true, id: round.id });
    expect(await db.evaluationObject.count({ where: { roundId: round.id } })).toBe(2);
    expect(await saveRound(editor, round.id, roundForm(), [], ip)).toEqual({ ok: false, fieldErrors: { objects: ["请至少选择一个评议对象"] } });

    await setRoundPublished(editor, round.id, false, ip);
    expect((await searchSite(parseSearchParams({ q: "改名后的评议" }))).results.map((result) => result.url)).not.toContain(`/interaction/evaluations/${round.id}`);
    expect(await getPublishedRound(round.id)).toBeNull();
    await expect(saveRound(moderator, null, roundForm(), all, ip)).rejects.toThrow(ContentPermissionError);
  });

  it("shows a comment only once approved, with the name masked; a changed comment waits again", async () => {
    const round = await openRound();
    const resident = await makeResident({ name: "王小明" });
    const objectId = round.objects[0]!;
    await castVote(resident, vote(round.id, objectId, ["satisfied", "basic"], "<b>窗口</b>服务很好"));
    expect((await getPublishedRound(round.id))!.comments).toEqual([]);
    const [pending] = await roundComments(moderator, round.id, ip);
    expect(pending).toMatchObject({ comment: "<b>窗口</b>服务很好", status: "pending", name: "王**" });
    const waiting = await pendingEvaluationCommentCount();
    expect(waiting).toBeGreaterThan(0);
    await expect(moderateComment(editor, round.id, pending!.id, "approve", ip)).rejects.toThrow(ContentPermissionError);
    expect(await moderateComment(moderator, round.id, pending!.id, "approve", ip)).toBe(true);
    expect(await pendingEvaluationCommentCount()).toBe(waiting - 1);
    expect((await getPublishedRound(round.id))!.comments).toMatchObject([{ comment: "<b>窗口</b>服务很好", name: "王**" }]);
    const audit = await db.auditEntry.findFirst({ where: { action: "evaluation.comment_approve", targetId: String(pending!.id) }, select: { actorId: true, outcome: true } });
    expect(audit).toEqual({ actorId: moderator.id, outcome: "success" });

    // Same text again: stays approved. New text: back to the queue.
    await castVote(resident, vote(round.id, objectId, ["satisfied", "satisfied"], "<b>窗口</b>服务很好"));
    expect((await getPublishedRound(round.id))!.comments).toHaveLength(1);
    await castVote(resident, vote(round.id, objectId, ["satisfied", "satisfied"], "改了意见"));
    expect((await getPublishedRound(round.id))!.comments).toEqual([]);
    expect(await moderateComment(moderator, round.id, pending!.id, "reject", ip)).toBe(true);
    expect((await getPublishedRound(round.id))!.comments).toEqual([]);
  });
});

describe("the resident's data", () => {
  it("lists, exports and on deletion anonymises the votes (the totals stay)", async () => {
    const round = await openRound();
    const resident = await makeResident();
    await castVote(resident, vote(round.id, round.objects[2]!, ["basic", "satisfied"], "建议延长办公时间"));
    const mine = await myVotes(resident);
    expect(mine).toMatchObject([{ round: { id: round.id, status: "open" }, object: { name: "州交通运输局" }, comment: "建议延长办公时间", ratings: [{ criterion: "服务态度", label: "基本满意" }, { criterion: "办事效率", label: "满意" }] }]);
    const exported = await exportAccount(resident);
    expect(exported?.submissions.evaluations).toMatchObject([{ object: "州交通运输局", comment: "建议延长办公时间", ratings: [{ criterion: "服务态度", rating: "basic" }, { criterion: "办事效率", rating: "satisfied" }] }]);

    expect(await deleteAccount(resident, resident.password)).toMatchObject({ ok: true });
    const left = await db.evaluationVote.findMany({ where: { objectId: round.objects[2]! }, select: { userId: true, comment: true, commentStatus: true } });
    expect(left).toEqual([{ userId: null, comment: null, commentStatus: null }]);
    expect((await getPublishedRound(round.id))!.results.objects.find((entry) => entry.objectId === round.objects[2])!.votes).toBe(1);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { makeResident, PASSWORD } from "@/test/accounts";
import { makeStaff } from "@/test/staff";

// Integration tests of 嘉宾访谈 (lib/interviews) on a real database: creating and publishing,
// guests with photos (the shared upload checks), the live switch, turns, residents' questions
// (limit under concurrency, closed after the end, visible only once approved and put to the
// guest), moderation, the live poller, search, export and deletion, and the audit trail.
// next/cache needs a request: it is replaced by a recorder.

const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { interviewSchema, guestSchema, questionSchema, turnSchema, QUESTIONS_PER_HOUR, RATE_LIMITED_MESSAGE, CLOSED_MESSAGE } = await import("./fields");
const staff = await import("./staff");
const questions = await import("./questions");
const { getPublishedInterview, listPublishedInterviews, getPublishedInterviewPhoto, turnsAfter } = await import("./public");
const { subscribeLive, liveListenerCount } = await import("./live");
const { liveResponse, MAX_LIVE_PER_NETWORK } = await import("./stream");
const { exportAccount, deleteAccount } = await import("@/lib/accounts/accounts");
const { ContentPermissionError } = await import("@/lib/content/permission");
const { readUpload } = await import("@/lib/files/uploads");
const { rebuildSearchIndex } = await import("@/lib/search/reindex");

const ip = "198.51.100.9";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
type Staff = Awaited<ReturnType<typeof makeStaff>>;
let editor: Staff;
let moderator: Staff;

const form = (overrides: Record<string, string> = {}) =>
  interviewSchema.parse({ title: "优化营商环境访谈", host: "王主持", startsAt: "2026-01-01T09:00", endsAt: "2099-01-01T09:00", intro: "简介", summary: "", ...overrides });

async function publishedInterview(overrides: Record<string, string> = {}) {
  const created = await staff.createInterview(editor, form(overrides), ip);
  if (!created.ok) throw new Error("not created");
  expect(await staff.setInterviewPublished(editor, created.id, true, ip)).toEqual({ ok: true });
  return created.id;
}

const turn = (interviewId: number, overrides: Partial<Record<string, string>> = {}) =>
  turnSchema.parse({ interviewId: String(interviewId), role: "guest", speaker: "李局长", body: "各位网友好。", questionId: "", ...overrides }) as Parameters<typeof staff.postTurn>[1];

beforeAll(async () => {
  editor = await makeStaff("editor");
  moderator = await makeStaff("moderator");
});

describe("interviews in the staff console", () => {
  it("creates, publishes and lists by status; only editors and admins may", async () => {
    const live = await publishedInterview();
    const upcoming = await publishedInterview({ title: "预告访谈", startsAt: "2098-01-01T09:00", endsAt: "2098-01-01T10:00" });
    const archived = await publishedInterview({ title: "往期访谈", startsAt: "2025-01-01T09:00", endsAt: "2025-01-01T10:00" });
    const draft = await staff.createInterview(editor, form({ title: "草稿访谈" }), ip);
    const list = await listPublishedInterviews();
    expect(list.live.map((item) => item.id)).toContain(live);
    expect(list.upcoming.map((item) => item.id)).toContain(upcoming);
    expect(list.archive.map((item) => item.id)).toContain(archived);
    expect(JSON.stringify(list)).not.toContain("草稿访谈");
    expect(draft.ok && (await getPublishedInterview(draft.id))).toBeNull();
    expect(revalidated).toContain(`/std/interaction/interviews/${live}`);
    await expect(staff.createInterview(moderator, form(), ip)).rejects.toBeInstanceOf(ContentPermissionError);
    expect(await db.auditEntry.count({ where: { action: "access.denied", actorId: moderator.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "interview.publish", actorId: editor.id, targetId: String(live) } })).toBe(1);
    expect(interviewSchema.safeParse({ ...form(), startsAt: "2026-01-01T09:00", endsAt: "2026-01-01T08:00" }).success).toBe(false);
  });

  it("switches 预告 to 正在直播 and 已结束 whatever the times", async () => {
    const id = await publishedInterview({ startsAt: "2098-01-01T09:00", endsAt: "2098-01-01T10:00" });
    expect((await getPublishedInterview(id))!.status).toBe("upcoming");
    expect(await staff.postTurn(editor, turn(id), null, ip)).toMatchObject({ ok: false, formError: expect.stringContaining("尚未开始") });
    expect(await staff.setLiveSwitch(editor, id, "live", ip)).toEqual({ ok: true });
    expect((await getPublishedInterview(id))!.status).toBe("live");
    expect(await staff.setLiveSwitch(editor, id, "ended", ip)).toEqual({ ok: true });
    expect((await getPublishedInterview(id))!.status).toBe("archive");
    expect(await db.auditEntry.count({ where: { action: "interview.switch", targetId: String(id) } })).toBe(2);
    expect(await staff.setLiveSwitch(editor, 999_999, "live", ip)).toEqual({ ok: false, formError: "未找到该访谈" });
  });

  it("adds guests with a checked photo served only while the interview is public", async () => {
    const created = await staff.createInterview(editor, form(), ip);
    if (!created.ok) throw new Error("not created");
    const guest = guestSchema.parse({ interviewId: String(created.id), name: "李明", post: "局长", department: "州发展和改革委员会", bio: "<b>简介</b>" });
    const fake = await staff.addGuest(editor, guest, { name: "photo.png", bytes: new TextEncoder().encode("not an image") }, ip);
    expect(fake).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringContaining("图片类型不符")] } });
    const pdf = await staff.addGuest(editor, guest, { name: "a.pdf", bytes: new TextEncoder().encode("%PDF-1.4") }, ip);
    expect(pdf).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringContaining("只接受")] } });
    expect(await db.interviewPhoto.count({ where: { interviewId: created.id } })).toBe(0);
    expect(await staff.addGuest(editor, { ...guest, interviewId: 999_999 }, { name: "p.png", bytes: PNG }, ip)).toMatchObject({ ok: false, formError: "未找到该访谈" });
    const added = await staff.addGuest(editor, guest, { name: "p.png", bytes: PNG }, ip);
    expect(added.ok).toBe(true);
    const photo = await db.interviewPhoto.findFirstOrThrow({ where: { interviewId: created.id }, select: { id: true, storageKey: true, mimeType: true } });
    expect(photo.mimeType).toBe("image/png");
    expect(await readUpload(photo.storageKey)).toEqual(Buffer.from(PNG));
    expect(await getPublishedInterviewPhoto(photo.id)).toBeNull();
    await staff.setInterviewPublished(editor, created.id, true, ip);
    expect(await getPublishedInterviewPhoto(photo.id)).toMatchObject({ mimeType: "image/png" });
    const page = await getPublishedInterview(created.id);
    expect(page!.guests).toEqual([expect.objectContaining({ name: "李明", bio: "<b>简介</b>", photoId: photo.id })]);

    const guestId = page!.guests[0]!.id;
    expect(await staff.removeGuest(editor, guestId, ip)).toEqual({ ok: true, interviewId: created.id });
    expect(await readUpload(photo.storageKey)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: { in: ["interview.guest_add", "interview.guest_remove"] }, targetId: String(created.id) } })).toBe(2);
  });
});

describe("transcript and live delivery", () => {
  it("posts turns in order, with photos, and delivers them to every listener once", async () => {
    const id = await publishedInterview();
    const seen: number[][] = [[], []];
    const unsubscribe = [0, 1].map((index) => subscribeLive(id, 0, { turns: (turns) => seen[index]!.push(...turns.map((item) => item.id)), heartbeat: () => undefined, end: () => undefined })!);
    expect(liveListenerCount()).toBeGreaterThanOrEqual(2);
    const first = await staff.postTurn(editor, turn(id, { role: "host", speaker: "王主持", body: "欢迎收看。" }), null, ip);
    const second = await staff.postTurn(editor, turn(id), { name: "现场.png", bytes: PNG }, ip);
    if (!first.ok || !second.ok) throw new Error("not posted");
    await vi.waitFor(() => expect(seen).toEqual([[first.id, second.id], [first.id, second.id]]), { timeout: 5_000 });
    // A late listener that has the first turn gets only the second.
    const late: number[] = [];
    const unsubscribeLate = subscribeLive(id, first.id, { turns: (turns) => late.push(...turns.map((item) => item.id)), heartbeat: () => undefined, end: () => undefined })!;
    await vi.waitFor(() => expect(late).toEqual([second.id]), { timeout: 5_000 });
    const third = await staff.postTurn(editor, turn(id, { body: "第三段。" }), null, ip);
    await vi.waitFor(() => expect(late).toEqual([second.id, third.ok && third.id]), { timeout: 5_000 });
    expect(seen[0]).toHaveLength(3);
    for (const stop of [...unsubscribe, unsubscribeLate]) stop();

    const page = await getPublishedInterview(id);
    expect(page!.turns.map((item) => [item.roleLabel, item.speaker])).toEqual([["主持人", "王主持"], ["嘉宾", "李局长"], ["嘉宾", "李局长"]]);
    expect(page!.turns[1]!.photoId).not.toBeNull();
    expect((await turnsAfter(id, first.id)).map((item) => item.id)).toEqual([second.id, third.ok && third.id]);
    expect(await db.auditEntry.count({ where: { action: "interview.turn_post", actorId: editor.id } })).toBeGreaterThanOrEqual(3);
  });

  it("ends the listeners when the interview ends", async () => {
    const id = await publishedInterview();
    let ended = false;
    subscribeLive(id, 0, { turns: () => undefined, heartbeat: () => undefined, end: () => void (ended = true) });
    await staff.setLiveSwitch(editor, id, "ended", ip);
    await vi.waitFor(() => expect(ended).toBe(true), { timeout: 5_000 });
  });

  it("refuses bad turns: unknown role, empty text, a question of another interview", async () => {
    const id = await publishedInterview();
    expect(turnSchema.safeParse({ interviewId: String(id), role: "admin", speaker: "x", body: "y" }).success).toBe(false);
    expect(turnSchema.safeParse({ interviewId: String(id), role: "host", speaker: "x", body: "   " }).success).toBe(false);
    expect(turnSchema.safeParse({ interviewId: String(id), role: "host", speaker: "x", body: "长".repeat(5001) }).success).toBe(false);
    const other = await publishedInterview();
    const resident = await makeResident();
    const asked = await questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(other), body: "另一个访谈的问题" }));
    if (!asked.ok) throw new Error("not asked");
    await questions.approveQuestion(moderator, asked.id, ip);
    expect(await staff.postTurn(editor, turn(id, { role: "netizen", questionId: String(asked.id) }), null, ip)).toMatchObject({ ok: false, fieldErrors: { questionId: [expect.any(String)] } });
  });
});

describe("residents' questions", () => {
  it("wait for moderation, show only once approved and put to the guest, and link the answering turn", async () => {
    const id = await publishedInterview();
    const resident = await makeResident({ name: "赵六" });
    const sent = await questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(id), body: "供暖什么时候开始？电话 13912345678" }));
    if (!sent.ok) throw new Error("not sent");
    expect(JSON.stringify(await getPublishedInterview(id))).not.toContain("供暖什么时候开始");
    expect(await questions.myInterviewQuestions(resident, id)).toMatchObject([{ statusLabel: "待审核", body: expect.stringContaining("供暖") }]);
    expect(await questions.myInterviewQuestions(await makeResident(), id)).toEqual([]);

    await expect(questions.approveQuestion(editor, sent.id, ip)).rejects.toBeInstanceOf(ContentPermissionError);
    expect(await questions.approveQuestion(moderator, sent.id, ip)).toEqual({ ok: true });
    expect(await questions.approveQuestion(moderator, sent.id, ip)).toMatchObject({ ok: false });
    expect(JSON.stringify(await getPublishedInterview(id))).not.toContain("供暖什么时候开始");
    expect(await questions.putQuestionToGuest(moderator, sent.id, true, ip)).toEqual({ ok: true });
    const queue = await questions.questionQueue(moderator, ip);
    expect(queue.approved.find((row) => row.id === sent.id)).toMatchObject({ maskedName: "赵**", putToGuest: true });
    expect(JSON.stringify(queue)).not.toContain("赵六");

    const answer = await staff.postTurn(editor, turn(id, { role: "netizen", speaker: "网友", body: "供暖什么时候开始？", questionId: String(sent.id) }), null, ip);
    expect(answer.ok).toBe(true);
    const page = await getPublishedInterview(id);
    expect(page!.questions).toEqual([expect.objectContaining({ maskedName: "赵**", body: "供暖什么时候开始？电话 〔电话号码已隐去〕", answeredTurnId: answer.ok && answer.id })]);

    const other = await questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(id), body: "广告" }));
    if (!other.ok) throw new Error("not sent");
    expect(await questions.rejectQuestion(moderator, other.id, "与访谈主题无关", ip)).toEqual({ ok: true });
    expect(await questions.myInterviewQuestions(resident, id)).toMatchObject([{ statusLabel: "未通过", rejectionReason: "与访谈主题无关" }, { statusLabel: "已通过" }]);
    expect(await db.auditEntry.count({ where: { action: { startsWith: "interview.question_" }, actorId: moderator.id } })).toBeGreaterThanOrEqual(3);
  });

  it("takes at most QUESTIONS_PER_HOUR per resident, also under concurrency, and none after the end", async () => {
    const id = await publishedInterview();
    const resident = await makeResident();
    const results = await Promise.all(Array.from({ length: QUESTIONS_PER_HOUR + 3 }, (_, index) => questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(id), body: `并发问题 ${index}` }))));
    expect(results.filter((result) => result.ok)).toHaveLength(QUESTIONS_PER_HOUR);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.formError)).toEqual([RATE_LIMITED_MESSAGE, RATE_LIMITED_MESSAGE, RATE_LIMITED_MESSAGE]);
    const archived = await publishedInterview({ startsAt: "2025-01-01T09:00", endsAt: "2025-01-01T10:00" });
    expect(await questions.submitQuestion(await makeResident(), questionSchema.parse({ interviewId: String(archived), body: "结束后提问" }))).toEqual({ ok: false, fieldErrors: {}, formError: CLOSED_MESSAGE });
    expect(await questions.submitQuestion(await makeResident(), questionSchema.parse({ interviewId: "999999", body: "不存在" }))).toMatchObject({ ok: false });
    expect(questionSchema.safeParse({ interviewId: String(id), body: "问".repeat(301) }).error?.issues[0]?.message).toBe("问题不能超过 300 个字");
    expect(questionSchema.safeParse({ interviewId: String(id), body: "  " }).error?.issues[0]?.message).toBe("请填写问题");
  });

  it("are in the export; deletion removes unapproved ones and anonymises approved ones", async () => {
    const id = await publishedInterview();
    const resident = await makeResident({ name: "钱七" });
    const kept = await questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(id), body: "保留的问题" }));
    const dropped = await questions.submitQuestion(resident, questionSchema.parse({ interviewId: String(id), body: "待审核的问题" }));
    if (!kept.ok || !dropped.ok) throw new Error("not sent");
    await questions.approveQuestion(moderator, kept.id, ip);
    expect(JSON.stringify(await exportAccount(resident))).toContain("待审核的问题");
    expect((await deleteAccount(resident, PASSWORD)).ok).toBe(true);
    expect(await db.interviewQuestion.findMany({ where: { interviewId: id }, select: { body: true, authorId: true, maskedName: true } })).toEqual([{ body: "保留的问题", authorId: null, maskedName: "匿名" }]);
  });
});

describe("search", () => {
  it("holds published interviews as 往期回顾 once they end, never a live one, and drops them when unpublished", async () => {
    const archived = await publishedInterview({ title: "往期检索访谈", startsAt: "2025-01-01T09:00", endsAt: "2025-01-01T10:00" });
    const document = () => db.searchDocument.findUnique({ where: { sourceKey: `interview:${archived}` }, select: { kind: true, publishedAt: true, title: true } });
    expect(await document()).toMatchObject({ kind: "interview", title: "往期检索访谈", publishedAt: new Date("2025-01-01T02:00:00Z") });
    await staff.setLiveSwitch(editor, archived, "live", ip);
    expect(await document()).toBeNull();
    await staff.setLiveSwitch(editor, archived, "ended", ip);
    expect(await document()).toMatchObject({ publishedAt: new Date("2025-01-01T01:00:00Z") });
    await staff.setInterviewPublished(editor, archived, false, ip);
    expect(await document()).toBeNull();
    await staff.setInterviewPublished(editor, archived, true, ip);
    await db.searchDocument.deleteMany({ where: { sourceKey: `interview:${archived}` } });
    await rebuildSearchIndex(db);
    expect(await document()).not.toBeNull();
  });
});

describe("the live stream response", () => {
  const request = (path: string, signal?: AbortSignal) => new Request(`http://localhost:3000${path}`, signal ? { signal } : {});

  it("answers 404 for unknown, unpublished and hostile ids, and only `end` for an archived interview", async () => {
    for (const id of ["abc", "0", "9999999999", "999999"]) expect((await liveResponse(request("/"), id)).status).toBe(404);
    const draft = await staff.createInterview(editor, form(), ip);
    expect((await liveResponse(request("/"), String(draft.ok && draft.id))).status).toBe(404);
    const archived = await publishedInterview({ startsAt: "2025-01-01T09:00", endsAt: "2025-01-01T10:00" });
    const response = await liveResponse(request("/"), String(archived));
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(await response.text()).toBe("event: end\ndata: {}\n\n");
  });

  it("streams the turns after the reader's cursor, then `end`; an out-of-range cursor is clamped", async () => {
    const id = await publishedInterview();
    const first = await staff.postTurn(editor, turn(id, { body: "第一段" }), null, ip);
    const second = await staff.postTurn(editor, turn(id, { body: "第二段" }), null, ip);
    if (!first.ok || !second.ok) throw new Error("not posted");
    const response = await liveResponse(request(`/api/interviews/${id}/live?after=${first.id}`), String(id));
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes("第二段")) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain(`id: ${second.id}\nevent: turn\n`);
    expect(text).not.toContain("第一段");
    await staff.setLiveSwitch(editor, id, "ended", ip);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    expect(text.endsWith("event: end\ndata: {}\n\n")).toBe(true);

    const live = await publishedInterview();
    const controller = new AbortController();
    const hostile = await liveResponse(request(`/api/interviews/${live}/live?after=9999999999`, controller.signal), String(live));
    expect(hostile.status).toBe(200);
    const before = liveListenerCount();
    controller.abort();
    expect(liveListenerCount()).toBe(before - 1);
  });
  it("holds at most MAX_LIVE_PER_NETWORK streams per client network; a closed one frees its place", async () => {
    const live = await publishedInterview();
    const controllers = Array.from({ length: MAX_LIVE_PER_NETWORK }, () => new AbortController());
    for (const [index, controller] of controllers.entries()) {
      const response = await liveResponse(request(`/api/interviews/${live}/live`, controller.signal), String(live), new Date(), `198.51.100.${index % 250}`);
      expect(response.status).toBe(200);
    }
    expect((await liveResponse(request("/"), String(live), new Date(), "198.51.100.77")).status).toBe(503);
    const elsewhere = new AbortController();
    expect((await liveResponse(request("/", elsewhere.signal), String(live), new Date(), "203.0.113.5")).status).toBe(200);
    controllers[0]!.abort();
    const again = new AbortController();
    expect((await liveResponse(request("/", again.signal), String(live), new Date(), "198.51.100.9")).status).toBe(200);
    for (const controller of [...controllers, elsewhere, again]) controller.abort();
  });
});

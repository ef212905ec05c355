import { describe, expect, it } from "vitest";
import { makeResident } from "@/test/accounts";
import { makeDepartment, submitTestLetter, setLetterState } from "@/test/mailbox-submissions";
import { getPublishedLetter, listPublishedLetters, mailboxStatistics, parsePublicFilter, periodStatistics } from "./public";

const DAY = 86_400_000;

describe("published letters", () => {
  it("lists only published letters, with public fields only, never the writer's data", async () => {
    const resident = await makeResident({ name: "李秘密", phone: "13800001111", email: "secret-writer@example.com" });
    const department = await makeDepartment("州交通运输局");
    const published = await submitTestLetter(resident, {
      type: "consult",
      title: "李秘密的原始标题 13800001111",
      content: "原始内容含有电话 13800001111 和身份证 652301198001011230",
      contactName: "李秘密",
      contactPhone: "13800001111",
      contactEmail: "secret-writer@example.com",
      agreePublic: "on",
    });
    await setLetterState(published.id, {
      status: "closed",
      departmentId: department.id,
      published: { publicTitle: "关于公交站点的咨询", publicContent: "电话 138****1111 的来信人咨询公交站点。", publicReply: "已增设站点。" },
    });
    const unpublished = await submitTestLetter(resident, { title: "未公开的信" });
    await setLetterState(unpublished.id, { status: "replied" });

    const list = await listPublishedLetters();
    expect(list.total).toBe(1);
    expect(list.letters).toEqual([
      { id: published.id, type: "consult", publicTitle: "关于公交站点的咨询", createdAt: expect.any(Date), repliedAt: expect.any(Date), publishedAt: expect.any(Date), department: { name: "州交通运输局" } },
    ]);
    const page = await getPublishedLetter(published.id);
    expect(page).toMatchObject({ publicContent: "电话 138****1111 的来信人咨询公交站点。", publicReply: "已增设站点。" });
    const shown = JSON.stringify([list, page]);
    for (const secret of ["李秘密", "13800001111", "secret-writer", "652301198001011230", "原始"]) expect(shown).not.toContain(secret);
    expect(await getPublishedLetter(unpublished.id)).toBeNull();
  });

  it("searches by keyword and filters by type and year", async () => {
    const resident = await makeResident();
    const suggestion = await submitTestLetter(resident, { type: "suggest" }, { now: new Date("2025-06-01T04:00:00Z") });
    await setLetterState(suggestion.id, { status: "closed", published: { publicTitle: "关于增设路灯的建议", publicContent: "小区路灯不足。", publicReply: "已安装。" } });
    const help = await submitTestLetter(resident, { type: "help" }, { now: new Date("2026-03-01T04:00:00Z") });
    await setLetterState(help.id, { status: "closed", published: { publicTitle: "求助：供暖不热", publicContent: "家中供暖温度低。", publicReply: "已检修。" } });

    const ids = async (query: Record<string, string>) => (await listPublishedLetters(parsePublicFilter(query))).letters.map((letter) => letter.id);
    expect(await ids({ q: "路灯" })).toEqual([suggestion.id]);
    expect(await ids({ q: "检修" })).toEqual([help.id]);
    expect(await ids({ type: "help" })).toEqual([help.id]);
    expect(await ids({ year: "2025" })).toEqual([suggestion.id]);
    expect(await ids({ year: "2026", type: "suggest" })).not.toContain(suggestion.id);
    expect(parsePublicFilter({ type: "bogus", year: "1", page: "-3" })).toEqual({ q: undefined, type: undefined, year: undefined, page: 1 });
  });
});

describe("searching published letters", () => {
  it("takes the search word as text: %, _ and \\ are no wildcards", async () => {
    const resident = await makeResident();
    const percent = await submitTestLetter(resident);
    await setLetterState(percent.id, { status: "closed", published: { publicTitle: "关于供暖达标率 100% 的咨询", publicContent: "内容。", publicReply: "答复。" } });
    const underscore = await submitTestLetter(resident);
    await setLetterState(underscore.id, { status: "closed", published: { publicTitle: "网址 a_b 打不开", publicContent: "路径 C:\\temp 无法访问。", publicReply: "已修复。" } });
    const plain = await submitTestLetter(resident);
    await setLetterState(plain.id, { status: "closed", published: { publicTitle: "井盖破损", publicContent: "ab 小区。", publicReply: "已修。" } });

    const ids = async (q: string) => (await listPublishedLetters(parsePublicFilter({ q }))).letters.map((letter) => letter.id).sort();
    expect(await ids("%")).toEqual([percent.id]);
    expect(await ids("100%")).toEqual([percent.id]);
    expect(await ids("_")).toEqual([underscore.id]);
    expect(await ids("a_b")).toEqual([underscore.id]);
    expect(await ids("\\")).toEqual([underscore.id]);
    expect(await ids("C:\\temp")).toEqual([underscore.id]);
    expect(await ids("%%")).toEqual([]);
    expect(await ids("井盖")).toEqual([plain.id]);
    expect((await listPublishedLetters(parsePublicFilter({ q: "%" }))).total).toBe(1);
  });
});

describe("statistics", () => {
  it("counts received, replied, reply rate, working days, on time and satisfaction", async () => {
    const resident = await makeResident();
    const from = new Date("2024-03-01T00:00:00+08:00");
    const at = (day: number) => new Date(from.getTime() + day * DAY + 3600_000);
    const letters = [];
    for (let i = 0; i < 6; i++) letters.push(await submitTestLetter(resident, {}, { now: at(i) }));
    const [a, b, c, d, e] = letters.map((letter) => letter.id) as [number, number, number, number, number];
    // a: replied in 4 working days, on time, 满意; b: replied in 10, late, 不满意;
    // c: replied in 7, on time, 基本满意; d: rejected; e: processing; f: submitted.
    await setLetterState(a, { status: "closed", acceptedAt: at(1), dueAt: at(20), repliedAt: at(5), replyWorkingDays: 4, rating: "satisfied" });
    await setLetterState(b, { status: "closed", acceptedAt: at(2), dueAt: at(10), repliedAt: at(15), replyWorkingDays: 10, rating: "unsatisfied" });
    await setLetterState(c, { status: "replied", acceptedAt: at(3), dueAt: at(25), repliedAt: at(12), replyWorkingDays: 7, rating: "basic" });
    await setLetterState(d, { status: "rejected" });
    await setLetterState(e, { status: "processing", acceptedAt: at(5) });

    const figures = await periodStatistics(from, new Date("2024-04-01T00:00:00+08:00"));
    expect(figures).toEqual({
      received: 6,
      rejected: 1,
      replied: 3,
      replyRate: 3 / 5,
      averageReplyWorkingDays: 7,
      onTimeRate: 2 / 3,
      rated: 3,
      satisfactionRate: 2 / 3,
    });
    // An empty period has no rates rather than 0%.
    expect(await periodStatistics(new Date("2020-01-01T00:00:00Z"), new Date("2020-02-01T00:00:00Z"))).toMatchObject({ received: 0, replyRate: null, satisfactionRate: null });

    const summary = await mailboxStatistics(new Date("2024-03-20T12:00:00+08:00"));
    expect(summary).toMatchObject({ year: 2024, month: 3, thisMonth: { received: 6 }, thisYear: { received: 6 } });
  });
});

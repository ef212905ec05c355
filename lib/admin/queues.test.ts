import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedWorkCalendar } from "@/prisma/seed";
import { makeResident } from "@/test/accounts";
import { addMember, makeDepartment, makeLetter } from "@/test/mailbox";
import { makeStaff } from "@/test/staff";
import { workQueuesFor, type WorkQueue } from "./queues";

// The /admin dashboard's counts per role: each role sees its own queues only, and a handler's
// letter counts cover their departments only (an admin's all of them).

const china = (local: string) => new Date(`${local}+08:00`);
const now = china("2026-12-07T10:00:00"); // a Monday
const countsOf = async (actor: { id: number; role: string }) => Object.fromEntries((await workQueuesFor(actor, now)).map((queue) => [queue.key, queue.count]));

let handler: { id: number; role: string };

beforeAll(async () => {
  await seedWorkCalendar(db);
  const mine = await makeDepartment("本部门");
  const other = await makeDepartment("其他部门");
  handler = await makeStaff("handler");
  await addMember(handler.id, mine.id);
  await makeLetter({ status: "submitted" });
  await makeLetter({ status: "submitted" });
  await makeLetter({ status: "processing", departmentId: mine.id, dueAt: china("2026-12-04T23:59:59") }); // overdue
  await makeLetter({ status: "processing", departmentId: mine.id, dueAt: china("2026-12-09T23:59:59") }); // due soon
  await makeLetter({ status: "processing", departmentId: other.id, dueAt: china("2026-12-03T23:59:59") }); // overdue, not mine
  await makeLetter({ status: "accepted", departmentId: other.id, dueAt: china("2026-12-30T23:59:59") });
  const author = await makeResident();
  const category = await db.category.create({ data: { slug: "queues", name: "测试", commentsEnabled: true }, select: { id: true } });
  const article = await db.article.create({ data: { categoryId: category.id, title: "文章", body: "正文", status: "review" }, select: { id: true } });
  for (const status of ["pending", "pending", "approved"]) {
    await db.comment.create({ data: { subjectKind: "article", subjectId: article.id, authorId: author.id, body: "评论", status }, select: { id: true } });
  }
});

describe("workQueuesFor", () => {
  it("the admin sees every queue, letters of all departments", async () => {
    const counts = await countsOf(await makeStaff("admin"));
    expect(counts).toMatchObject({
      "letters.submitted": 2,
      "letters.processing": 3,
      "letters.overdue": 2,
      "letters.soon": 1,
      "comments.pending": 2,
      "ratings.pending": 0,
      "ysq.submitted": 0,
      "content.review": 1,
      "consultations.closing": 0,
    });
  });

  it("a handler sees the letters of their departments only, and nothing to accept or moderate", async () => {
    expect(await countsOf(handler)).toEqual({ "letters.processing": 2, "letters.overdue": 1, "letters.soon": 1, "questions.open": 0, "questions.overdue": 0, "questions.soon": 0 });
  });

  it("a moderator sees the moderation queues, an editor the content ones, the disclosure officer 依申请公开", async () => {
    expect(await countsOf(await makeStaff("moderator"))).toEqual({ "comments.pending": 2, "ratings.pending": 0, "interviews.questions": 0, "questions.pending": 0 });
    expect(Object.keys(await countsOf(await makeStaff("editor")))).toEqual(["content.review", "services.review", "consultations.closing"]);
    expect(Object.keys(await countsOf(await makeStaff("disclosure")))).toEqual(["ysq.submitted", "ysq.overdue", "ysq.soon"]);
  });

  it("another module's queue joins with one entry", async () => {
    const extra: WorkQueue = { key: "questions.waiting", group: "在线问答", label: "待回复的问题", permissions: ["handle:letter:department"], count: async () => 4, href: "/admin/questions" };
    const queues = await workQueuesFor(handler, now, [extra]);
    expect(queues).toEqual([{ key: "questions.waiting", group: "在线问答", label: "待回复的问题", count: 4, href: "/admin/questions" }]);
    expect(await workQueuesFor(await makeStaff("editor"), now, [extra])).toEqual([]);
  });
});

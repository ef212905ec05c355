import { db, type Prisma } from "@/lib/db/client";
import { maskPersonalData } from "@/lib/mailbox/masking";
import type { PublicQuestionFilter } from "./fields";

// The public side of 在线问答 (/interaction/questions) and 常见问题: public questions once the
// moderator published them (已回复 and 待回复), the asker's masked name (张**), ID and phone
// numbers in the text hidden; and the published FAQ entries.

export const PUBLIC_PAGE_SIZE = 20;

const publicWhere = { publicConsent: true, state: { in: ["open", "answered"] } } satisfies Prisma.QuestionWhereInput;

export async function listPublicQuestions(filter: PublicQuestionFilter) {
  const where: Prisma.QuestionWhereInput = {
    publicConsent: true,
    state: filter.state,
    ...(filter.departmentId !== null ? { departmentId: filter.departmentId } : {}),
    ...(filter.themeId !== null ? { themeId: filter.themeId } : {}),
  };
  const total = await db.question.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.question.findMany({
    where,
    select: { id: true, title: true, maskedName: true, state: true, createdAt: true, answeredAt: true, department: { select: { name: true } }, theme: { select: { name: true } } },
    orderBy: filter.state === "answered" ? [{ answeredAt: "desc" }, { id: "desc" }] : [{ moderatedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PUBLIC_PAGE_SIZE,
    take: PUBLIC_PAGE_SIZE,
  });
  return { total, page, pageCount, questions: rows.map((row) => ({ ...row, title: maskPersonalData(row.title) })) };
}

/** A public question with its answer (null: unknown, pending, rejected or private). */
export async function getPublicQuestion(id: number) {
  const question = await db.question.findFirst({
    where: { id, ...publicWhere },
    select: {
      id: true,
      title: true,
      content: true,
      maskedName: true,
      state: true,
      createdAt: true,
      answer: true,
      answeredAt: true,
      department: { select: { id: true, name: true } },
      theme: { select: { name: true } },
    },
  });
  if (!question) return null;
  return { ...question, title: maskPersonalData(question.title), content: maskPersonalData(question.content), answer: question.state === "answered" ? question.answer : null };
}

/** The filter choices of the public lists: active departments and the themes. */
export async function publicFilterChoices() {
  const [departments, themes] = await Promise.all([
    db.department.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
    db.questionTheme.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] }),
  ]);
  return { departments, themes };
}

const faqColumns = { id: true, question: true, answer: true, department: { select: { id: true, name: true } }, theme: { select: { id: true, name: true } } } as const;

/** Published FAQ entries, optionally of one department and theme, by department, then order. */
export async function listPublicFaq(filter: { departmentId: number | null; themeId: number | null }) {
  return db.faqEntry.findMany({
    where: { published: true, ...(filter.departmentId !== null ? { departmentId: filter.departmentId } : {}), ...(filter.themeId !== null ? { themeId: filter.themeId } : {}) },
    select: faqColumns,
    orderBy: [{ department: { sortOrder: "asc" } }, { departmentId: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    take: 500,
  });
}

/** A department's published FAQ entries, shown beside its 办事指南 (empty: nothing shown). */
export async function departmentFaq(departmentId: number, take = 10) {
  return db.faqEntry.findMany({
    where: { published: true, departmentId },
    select: faqColumns,
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    take,
  });
}

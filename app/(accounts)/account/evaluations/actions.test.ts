import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { makeResident } from "@/test/accounts";
import { makeDepartment } from "@/test/mailbox";
import { fakeRequest, runAction } from "@/test/next-request";
import { makeStaff } from "@/test/staff";

// The rating page and its server action as the browser reaches them: who may vote, the page
// pre-filled with the resident's vote, and two posts of the form at once giving one vote.

const jar = fakeRequest.cookies;
vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { issueSessionCookie } = await import("@/lib/auth/current");
const { voteAction } = await import("./actions");
const { default: VotePage } = await import("./[id]/page");

let round: { id: number };
let objectId: number;

beforeAll(async () => {
  const department = await makeDepartment("州人力资源和社会保障局");
  round = await db.evaluationRound.create({
    data: {
      title: "窗口服务评议",
      startsAt: new Date(Date.now() - 86_400_000),
      endsAt: new Date(Date.now() + 86_400_000),
      criteria: JSON.stringify(["服务态度", "办事效率"]),
      published: true,
      publishedAt: new Date(),
      objects: { create: [{ kind: "department", departmentId: department.id }] },
    },
    select: { id: true },
  });
  objectId = (await db.evaluationObject.findFirstOrThrow({ where: { roundId: round.id }, select: { id: true } })).id;
});

const fields = (r0: string, r1: string) => ({ roundId: String(round.id), objectId: String(objectId), r0, r1, comment: "" });

async function signIn(actor: { id: number; sessionVersion?: number } | null) {
  jar.clear();
  if (actor) await issueSessionCookie({ id: actor.id, sessionVersion: actor.sessionVersion ?? 0 });
}

it("lets residents vote, sends anonymous people to the login page and refuses staff", async () => {
  await signIn(null);
  expect(await runAction(voteAction, fields("satisfied", "satisfied"))).toEqual({ redirect: "/login?next=%2Faccount" });
  for (const role of STAFF_ROLES) {
    await signIn(await makeStaff(role));
    expect(await runAction(voteAction, fields("satisfied", "satisfied"))).toEqual({ forbidden: true });
  }
  expect(await db.evaluationVote.count({ where: { objectId } })).toBe(0);

  const resident = await makeResident();
  await signIn(resident);
  expect(await runAction(voteAction, fields("satisfied", ""))).toMatchObject({ status: "error", fieldErrors: { r1: ["请选择“办事效率”的评价"] } });
  expect(await runAction(voteAction, fields("satisfied", "basic"))).toEqual({ redirect: `/account/evaluations/${round.id}?saved=${objectId}#object-${objectId}` });
  const page = renderToStaticMarkup(await VotePage({ params: Promise.resolve({ id: String(round.id) }), searchParams: Promise.resolve({ saved: String(objectId) }) }));
  expect(page).toContain("已保存您对“州人力资源和社会保障局”的评价");
  expect(page).toContain('name="r0" checked="" value="satisfied"');
  expect(page).toContain('name="r1" checked="" value="basic"');
});

it("gives one vote for two posts of the form at the same moment", async () => {
  const resident = await makeResident();
  await signIn(resident);
  const results = await Promise.all([runAction(voteAction, fields("dissatisfied", "dissatisfied")), runAction(voteAction, fields("satisfied", "satisfied"))]);
  expect(results.every((result) => "redirect" in result)).toBe(true);
  expect(await db.evaluationVote.count({ where: { objectId, userId: resident.id } })).toBe(1);
  expect(await db.evaluationRating.count({ where: { vote: { userId: resident.id } } })).toBe(2);
});

import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { validitySchema } from "@/lib/content/validity";
import { loadDemoContent } from "@/test/demo";
import { authenticate } from "@/lib/auth/login";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { isDemoSite } from "@/lib/auth/staff";
import { DEMO_ACCOUNTS, hasNoStaff, isSeeded } from "./seed";

it("loads realistic demo content once", async () => {
  expect(await isSeeded(db)).toBe(false);
  const { articles } = await loadDemoContent();
  expect(await isSeeded(db)).toBe(true);
  expect(articles).toBeGreaterThanOrEqual(60);
  expect(await db.article.count({ where: { status: "published" } })).toBe(articles);

  const names = (await db.category.findMany({ where: { parentId: null }, select: { name: true } })).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(["要闻动态", "通知公告", "政策文件", "政策解读", "便民服务", "部门动态"]));

  const policies = await db.article.findMany({
    where: { category: { isPolicy: true } },
    select: { docNumber: true, validity: true },
  });
  expect(policies.length).toBeGreaterThan(0);
  for (const policy of policies) {
    expect(policy.docNumber).toMatch(/〔\d{4}〕\d+号$/);
    expect(validitySchema.parse(policy.validity)).toBeTruthy();
  }
  expect(new Set(policies.map((p) => p.validity))).toEqual(new Set(["valid", "amended", "repealed"]));

  const pages = (await db.page.findMany({ select: { slug: true } })).map((p) => p.slug).sort();
  expect(pages).toEqual(["about", "contact", "disclaimer", "interaction", "privacy"]);

  const attachment = await db.attachment.findFirst({ select: { storageKey: true } });
  expect(existsSync(path.join(process.env.UPLOAD_DIR!, attachment!.storageKey))).toBe(true);
});

it("creates one demo account per role with passwords that pass the rules, and the demo flag", async () => {
  // The demo content was loaded by the test above (same database file).
  expect(await isDemoSite()).toBe(true);
  expect(await hasNoStaff(db)).toBe(false);
  expect(DEMO_ACCOUNTS.map((account) => account.role)).toEqual(["admin", "editor", "handler", "moderator", "resident"]);
  for (const account of DEMO_ACCOUNTS) {
    expect(newPasswordSchema.safeParse(account.password).success).toBe(true);
    expect(await authenticate(account.email, account.password)).toMatchObject({ ok: true, user: { role: account.role } });
  }
  expect(await db.profile.count({ where: { user: { email: "resident@demo.gov.cn" } } })).toBe(1);
});

import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PRIVACY_POLICY_VERSION } from "@/lib/privacy";
import { privacyPage } from "./seed-data/privacy";
import { syncPrivacyPolicy } from "./seed";

it("brings an existing database's privacy page to the current version", async () => {
  await db.page.create({ data: { slug: "privacy", title: "隐私保护", body: "版本：2026-01-01\n\n旧文本" }, select: { slug: true } });
  expect(await syncPrivacyPolicy(db)).toBe(true);
  const page = await db.page.findUnique({ where: { slug: "privacy" }, select: { body: true } });
  expect(page?.body).toBe(privacyPage.body);
  expect(page?.body.startsWith(`版本：${PRIVACY_POLICY_VERSION}`)).toBe(true);
  expect(await syncPrivacyPolicy(db)).toBe(false);
});

it("keeps a staff edit made under the current version", async () => {
  const edited = `版本：${PRIVACY_POLICY_VERSION}\n\n工作人员修改后的文本`;
  await db.page.update({ where: { slug: "privacy" }, data: { body: edited }, select: { slug: true } });
  expect(await syncPrivacyPolicy(db)).toBe(false);
  expect((await db.page.findUnique({ where: { slug: "privacy" }, select: { body: true } }))?.body).toBe(edited);
});

it("describes what accounts hold, how they are protected and the rights at /account", () => {
  for (const phrase of ["身份证号码", "AES-256-GCM", "argon2id", "portal.session", "30 天", "/account", "注销账户", "导出我的数据", "谁查看了我的信息", "停用原因", "注销原因"]) {
    expect(privacyPage.body).toContain(phrase);
  }
});

it("states what the traffic statistics record, how the visitor key works and how long it is kept", () => {
  for (const phrase of ["访问统计", "HMAC-SHA256", "每天零点", "不写入磁盘、数据库或日志", "IP 地址和浏览器标识本身不保存", "sendBeacon", "180 天", "汇总数字长期保存"]) {
    expect(privacyPage.body).toContain(phrase);
  }
});

it("says what 民意征集 collects, what becomes public and how long it is kept", () => {
  for (const phrase of ["民意征集", "同意公开", "张**", "从不公开", "未同意公开的意见一并删除", "匿名", "最多提交 5 条"]) {
    expect(privacyPage.body).toContain(phrase);
  }
});

it("states that backups are encrypted and how long deleted information stays in them", () => {
  for (const phrase of ["每晚备份", "AES-256-GCM", "最近 7 天", "4 周", "约 5 周"]) expect(privacyPage.body).toContain(phrase);
});

it("says what 嘉宾访谈 questions collect, what becomes public and what deletion does", () => {
  for (const phrase of ["嘉宾访谈", "不超过 300 字", "每小时最多提 5 个问题", "提交嘉宾", "只有您本人", "署名改为“匿名”", "向嘉宾访谈提出的问题"]) {
    expect(privacyPage.body).toContain(phrase);
  }
});

it("says what 在线问答 collects, what becomes public and how long it is kept", () => {
  for (const phrase of ["在线问答", "同意公开", "张**", "从不公开", "最多提问 5 次", "通知邮件", "匿名", "您在在线问答的提问"]) {
    expect(privacyPage.body).toContain(phrase);
  }
});

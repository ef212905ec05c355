import { request as httpRequest } from "node:http";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// Issue 10, items 3, 7 and 9: the strict Content-Security-Policy on pages with personal data
// or input, the client address the server decides (not X-Forwarded-For), and redirects that
// never leave the configured site (SITE_URL) whatever Host and Referer say.

const port = process.env.E2E_PORT || "3100";

function scriptSrc(policy: string | undefined): string {
  return (policy ?? "").split(";").map((directive) => directive.trim()).find((directive) => directive.startsWith("script-src ")) ?? "";
}

/** Whether React has hydrated the element (it keeps its fiber on hydrated DOM nodes). */
async function isHydrated(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber")));
}

async function expectStrictPolicy(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const policies = (await response!.headersArray()).filter((header) => header.name.toLowerCase() === "content-security-policy");
  expect(policies, `${path}: one policy`).toHaveLength(1);
  const script = scriptSrc(policies[0]!.value);
  expect(script, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(script, path).not.toContain("unsafe-inline");
  await expect.poll(() => isHydrated(page, "form"), { message: `${path} hydrates` }).toBe(true);
}

test("pages with input or personal data send a strict policy with a nonce and still work", async ({ page }) => {
  for (const path of ["/login", "/register", "/mailbox/track"]) await expectStrictPolicy(page, path);

  // Forms work with JavaScript under the strict policy: a wrong pair, then sign-in.
  await page.getByLabel("信件编号", { exact: true }).fill("20200101-0002");
  await page.getByLabel("查询码", { exact: true }).fill("ABCDEFGHJKMN");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByRole("alert", { name: "提交的信息有误" })).toContainText("未找到");

  await logIn(page, DEMO.admin, "/admin");
  await expect(page).toHaveURL("/admin");
  for (const path of ["/admin", "/admin/users", "/admin/content/new"]) await expectStrictPolicy(page, path);

  // Cached public pages keep the public policy.
  const home = await page.goto("/privacy");
  expect(scriptSrc(home?.headers()["content-security-policy"])).toBe("script-src 'self' 'unsafe-inline'");
});

test("a resident's pages send the strict policy too", async ({ page }) => {
  await logIn(page, DEMO.resident, "/account");
  await expect(page).toHaveURL("/account");
  for (const path of ["/account", "/account/edit", "/mailbox/write"]) await expectStrictPolicy(page, path);
});

test("an injected inline script or event handler is blocked on a strict page", async ({ page, allowConsoleError }) => {
  allowConsoleError(/Content Security Policy/);
  await page.goto("/login");
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (event) => violations.push(event.violatedDirective));
    const script = document.createElement("script");
    script.textContent = "window.__injected = 'script'";
    document.body.append(script);
    const button = document.createElement("button");
    button.setAttribute("onclick", "window.__injected = 'handler'");
    document.body.append(button);
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { injected: (window as unknown as { __injected?: string }).__injected ?? null, violations };
  });
  expect(outcome.injected).toBeNull();
  expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
  expect(outcome.violations.every((directive) => directive.startsWith("script-src"))).toBe(true);
});

interface RawResponse {
  status: number;
  location: string | undefined;
  body: string;
}

/**
 * A raw HTTP request with exactly the given headers (Host included), not following redirects,
 * from `localAddress` (a loopback address of the test's own, so that rate limits it reaches
 * do not fall on other specs' clients).
 */
function raw(path: string, headers: Record<string, string>, options: { method?: string; body?: Buffer; localAddress?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: Number(port), path, headers, method: options.method ?? "GET", localAddress: options.localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const rawGet = (path: string, headers: Record<string, string>) => raw(path, headers);

test("redirects stay on the configured site whatever Host and Referer say", async () => {
  const admin = await rawGet("/admin", { host: "evil.example" });
  expect(admin.status).toBe(303);
  expect(admin.location).toMatch(/^(\/login|http:\/\/localhost:\d+\/login)\?next=%2Fadmin$/);
  const forwarded = await rawGet("/account", { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  expect(forwarded.location).not.toContain("evil");

  const site = `http://localhost:${port}`;
  for (const referer of [`${site}//evil.example/x`, `${site}/\\evil.example/x`, "http://evil.example/privacy", `${site}/a%0d%0aSet-Cookie:x=1`]) {
    const back = await rawGet("/mode/elder", { host: "evil.example", referer });
    expect(back.status, referer).toBe(303);
    expect(back.location, referer).toMatch(/^\/(?![/\\])/);
    expect(back.location, referer).not.toContain("evil");
  }
  expect((await rawGet("/mode/standard", { referer: `${site}/privacy?x=1` })).location).toBe("/privacy?x=1");
});

test("a server action called from another site is refused with 403 and a readable message, not 500", async () => {
  const host = `localhost:${port}`;
  const form = await raw("/mailbox/track", { host });
  const { body, type } = trackingPost(form.body, "20200101-0003", "ABCDEFGHJKMN");
  for (const extra of [{}, { "x-forwarded-host": "evil.example" }] as Record<string, string>[]) {
    const headers = { host, origin: "https://evil.example", "content-type": type, "content-length": String(body.length), ...extra };
    const refused = await raw("/mailbox/track", headers, { method: "POST", body, localAddress: "127.0.0.4" });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("请求被拒绝");
  }
});

test("a staff sign-in with a forged X-Forwarded-For is audited with the connection's address", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" });
  await logIn(page, DEMO.admin, "/admin/audit");
  await expect(page).toHaveURL("/admin/audit");
  await expect(page.locator("main")).not.toContainText("6.6.6.6");
  await expect(page.locator(`tr[data-action="auth.login"]`).first()).toContainText(/127\.0\.0\.1|::1/);
});

/** The no-JavaScript form post of /mailbox/track: its hidden action fields, the pair, multipart. */
function trackingPost(page: string, number: string, code: string): { body: Buffer; type: string } {
  const boundary = "----portal-e2e-boundary";
  // The tracking form (the header's search box is a form too).
  const form = [...page.matchAll(/<form[\s\S]*?<\/form>/g)].map((match) => match[0]).find((candidate) => candidate.includes('name="code"')) ?? "";
  const fields: [string, string][] = [];
  for (const input of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? "";
    if (name) fields.push([name, value.replace(/&quot;/g, '"').replace(/&amp;/g, "&")]);
  }
  fields.push(["number", number], ["code", code]);
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

test("a rotating X-Forwarded-For does not get past the per-address tracking limit", async () => {
  test.setTimeout(120_000);
  // From 127.0.0.2: the limit reached here does not fall on other specs' tracking.
  const localAddress = "127.0.0.2";
  const host = `localhost:${port}`;
  const form = await raw("/mailbox/track", { host }, { localAddress });
  expect(form.status).toBe(200);
  const attempt = async (i: number) => {
    const { body, type } = trackingPost(form.body, `20200103-${String(i).padStart(4, "0")}`, "ABCDEFGHJKMN");
    const headers = { host, origin: `http://${host}`, "content-type": type, "content-length": String(body.length), "x-forwarded-for": `203.0.113.${i % 250}`, "x-real-ip": `203.0.113.${i % 250}` };
    return raw("/mailbox/track", headers, { method: "POST", body, localAddress });
  };
  for (let i = 0; i < 100; i++) {
    const answer = await attempt(i);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("未找到");
  }
  expect((await attempt(100)).body).toContain("查询过于频繁");
});

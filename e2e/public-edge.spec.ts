import { readdirSync, readFileSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures";
import { DEMO, logIn } from "./session";

// The public-page edge (issue 10, items 1, 2, 11, 12 and 15): what anonymous requests can do
// to the caches, which variant a cookie gets, and the signed-in header.

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers (fetch and Playwright add their own Accept-Encoding). */
function rawGet(baseURL: string, pathname: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(pathname, baseURL), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const isElderPage = (html: string) => html.includes('href="/mode/standard"');
const isStandardPage = (html: string) => html.includes('href="/mode/elder"');

const ROUTE_CACHE = path.join(".next", "server", "route-cache");

/** Every file of Next's page cache with its size. */
function cacheFiles(dir = ROUTE_CACHE): Map<string, number> {
  const files = new Map<string, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) files.set(file, stat.size);
  }
  return files;
}

/** The HTTP status stored with the cache entry a file belongs to. */
function entryStatus(file: string): number | undefined {
  const base = file.replace(/\.segments\/.*$/, "").replace(/\.(html|rsc|meta|body)$/, "");
  try {
    return JSON.parse(readFileSync(`${base}.meta`, "utf8")).status ?? 200;
  } catch {
    return undefined;
  }
}

test.describe("unknown paths (item 1)", () => {
  test.setTimeout(240_000);

  test("1,000 random unknown paths add nothing to Next's page cache", async ({ baseURL }) => {
    const variants = ["", "elder=1", "portal.session=not-a-session", "elder=1; portal.session=not-a-session"];
    // Each variant's one not-found page is cached once, before counting.
    for (const cookie of variants) {
      const warm = await rawGet(baseURL!, "/no-such-page-warm-up", cookie ? { cookie } : {});
      expect(warm.status).toBe(404);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = cacheFiles();

    const marker = `zq${Date.now().toString(36)}`;
    const number = (i: number) => `98765${String(i).padStart(5, "0")}`;
    const shapes = [
      (i: number) => `/category/${marker}-${i}`,
      (i: number) => `/category/${marker}-${i}/2`,
      (i: number) => `/category/yaowen/${90000 + i}`,
      (i: number) => `/article/${marker}${i}`,
      (i: number) => `/article/${number(i)}`,
      (i: number) => `/mailbox/letters/${number(i)}`,
      (i: number) => `/${marker}-${i}`,
      (i: number) => `/${marker}-${i}/article/1`,
      (i: number) => `/${marker}/${i}`,
      (i: number) => `/privacy/${marker}${i}`,
    ];
    const paths = Array.from({ length: 1_000 }, (_, i) => shapes[i % shapes.length]!(i));
    const statuses = new Set<number>();
    for (let start = 0; start < paths.length; start += 10) {
      const batch = paths.slice(start, start + 10).map((p, j) => {
        const cookie = variants[(start + j) % variants.length]!;
        return rawGet(baseURL!, p, cookie ? { cookie } : {}).then((response) => statuses.add(response.status));
      });
      await Promise.all(batch);
    }
    expect([...statuses]).toEqual([404]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // Other spec files may render real pages meanwhile (200 entries), and their publishing may
    // re-render the fixed not-found pages (one per variant, and Next's own /_not-found for paths
    // outside the variants); nothing else may appear.
    const after = cacheFiles();
    const fixedNotFound = (file: string) => /\/(\$\/_not-found|[a-z-]+\/page-not-found)[./]/.test(file);
    const grown = [...after].filter(([file, size]) => before.get(file) !== size && !fixedNotFound(file));
    const foreign = grown.filter(([file]) => file.includes(marker) || file.includes("98765") || /yaowen\/9\d{4}/.test(file) || entryStatus(file) !== 200);
    expect(foreign.map(([file]) => file)).toEqual([]);
    const sizeOf = (files: Map<string, number>, keep: (file: string) => boolean) => [...files].filter(([file]) => keep(file)).reduce((sum, [, size]) => sum + size, 0);
    const notPages = (file: string) => entryStatus(file) !== 200 && !fixedNotFound(file);
    expect(sizeOf(after, notPages)).toBe(sizeOf(before, notPages));
    // At most one entry per variant plus Next's own.
    const notFoundEntries = new Set([...after.keys()].filter(fixedNotFound).map((file) => file.replace(/\.segments\/.*$/, "").replace(/\.\w+$/, "")));
    expect(notFoundEntries.size).toBeLessThanOrEqual(variants.length + 1);
  });
});

test.describe("the variant a cookie chooses (item 2)", () => {
  // One page per cookie form, so that no earlier copy hides a wrong key.
  for (const [cookie, page] of [
    ["elder=%31", "/privacy"],
    ['elder="1"', "/disclaimer"],
    ["elder =1", "/contact"],
  ] as const) {
    test(`${cookie} gets the elder page and leaves ${page} standard for everyone else`, async ({ baseURL }) => {
      const elder = await rawGet(baseURL!, page, { cookie });
      expect(isElderPage(elder.body.toString())).toBe(true);
      const plain = await rawGet(baseURL!, page);
      expect(isStandardPage(plain.body.toString())).toBe(true);
      expect(isElderPage(plain.body.toString())).toBe(false);
    });
  }

  test("elder=0; elder=1 is standard (first value wins) and leaves the elder page elder", async ({ baseURL }) => {
    const first = await rawGet(baseURL!, "/about", { cookie: "elder=0; elder=1" });
    expect(isStandardPage(first.body.toString())).toBe(true);
    const elder = await rawGet(baseURL!, "/about", { cookie: "elder=1" });
    expect(isElderPage(elder.body.toString())).toBe(true);
  });

  test("public pages tell downstream caches what they vary on", async ({ baseURL }) => {
    for (const page of ["/", "/interaction", "/sitemap"]) {
      for (let i = 0; i < 2; i++) {
        const vary = String((await rawGet(baseURL!, page)).headers.vary).toLowerCase();
        expect(vary).toContain("cookie");
        expect(vary).toContain("accept-encoding");
      }
    }
  });
});

test.describe("encodings and query strings (item 11)", () => {
  test("a client gets the encoding it asked for, whatever came before", async ({ baseURL }) => {
    for (const [page, order] of [
      ["/sitemap", ["gzip", "identity", "gzip", "identity"]],
      ["/mailbox", ["identity", "gzip", "identity", "gzip"]],
    ] as const) {
      for (const encoding of order) {
        const response = await rawGet(baseURL!, page, encoding === "gzip" ? { "accept-encoding": "gzip" } : {});
        expect(response.status).toBe(200);
        if (encoding === "gzip") {
          expect(response.headers["content-encoding"]).toBe("gzip");
        } else {
          expect(response.headers["content-encoding"]).toBeUndefined();
          expect(response.body.toString().startsWith("<!DOCTYPE html>")).toBe(true);
        }
      }
    }
  });

  test("a random query string is served from the same copy of the page", async ({ baseURL }) => {
    await rawGet(baseURL!, "/category/yaowen");
    for (let i = 0; i < 3; i++) {
      const response = await rawGet(baseURL!, `/category/yaowen?utm=${Math.random()}`);
      expect(response.status).toBe(200);
      expect(response.headers["x-page-cache"]).toBe("HIT");
    }
  });
});

test("with JavaScript the not-found page shows the same message, without errors", async ({ page, allowConsoleError }) => {
  allowConsoleError(/status of 404/);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  expect(String(response?.headers().vary).toLowerCase()).toContain("cookie");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown path shows the not-found page with the site header, in both modes (item 12)", async ({ page, context, baseURL, allowConsoleError }) => {
    allowConsoleError(/404/);
    for (const unknown of ["/no-such-page", "/article/abc", "/nomode/article/1", "/article/987654321", "/category/no-such-category", "/category/yaowen/99"]) {
      const response = await page.goto(unknown);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
      await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
      await expect(page.getByRole("link", { name: "长者版" })).toBeVisible();
      if (!unknown.startsWith("/category/yaowen")) await expect(page).toHaveTitle(/页面不存在/);
    }
    await context.addCookies([{ name: "elder", value: "1", url: baseURL! }]);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("link", { name: "返回标准版" })).toBeVisible();
  });

  test("a signed-in resident sees 个人中心 and 退出 on every page, and 退出 works (item 15)", async ({ page, context, baseURL, allowConsoleError }) => {
    allowConsoleError(/status of 404/);
    const accountLinks = page.getByRole("navigation", { name: "账户" });
    await logIn(page, DEMO.resident);
    await expect(page).toHaveURL(/\/account$/);

    await context.addCookies([{ name: "elder", value: "1", url: baseURL! }]);
    for (const [pathname, elder] of [
      ["/account", true],
      ["/privacy", true],
      ["/", true],
    ] as const) {
      await page.goto(pathname);
      await expect(page.getByRole("link", { name: elder ? "返回标准版" : "长者版" })).toBeVisible();
      await expect(accountLinks.getByRole("link", { name: "个人中心" })).toBeVisible();
      await expect(accountLinks.getByRole("button", { name: "退出" })).toBeVisible();
      await expect(accountLinks.getByRole("link", { name: "登录" })).toHaveCount(0);
    }
    await context.clearCookies({ name: "elder" });
    for (const pathname of ["/privacy", "/article/abc", "/mailbox"]) {
      await page.goto(pathname);
      await expect(page.getByRole("link", { name: "长者版" })).toBeVisible();
      await expect(accountLinks.getByRole("link", { name: "个人中心" })).toBeVisible();
      await expect(accountLinks.getByRole("button", { name: "退出" })).toBeVisible();
    }

    // The signed-in page is the one anyone with a session cookie gets: nothing of this person.
    const own = await page.request.get("/privacy", { headers: { "accept-encoding": "identity" } });
    const anyone = await rawGet(baseURL!, "/privacy", { cookie: "portal.session=not-a-session" });
    expect(anyone.body.toString()).toMatch(/>退出<\/button>/);
    expect(await own.text()).toBe(anyone.body.toString());

    await page.goto("/privacy");
    await accountLinks.getByRole("button", { name: "退出" }).click();
    await expect(page).toHaveURL(/\/login\?loggedOut=1$/);
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("portal.session");
    await page.goto("/privacy");
    await expect(accountLinks.getByRole("link", { name: "登录" })).toBeVisible();
    await expect(accountLinks.getByRole("button", { name: "退出" })).toHaveCount(0);

    // An anonymous client right after gets the anonymous header.
    const anonymous = (await rawGet(baseURL!, "/privacy")).body.toString();
    expect(anonymous).toContain('href="/login"');
    expect(anonymous).not.toMatch(/>退出<\/button>/);
  });
});

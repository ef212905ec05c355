import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";

// Issue 15, items 5 and 6, against the production server: the health endpoints, /metrics for
// a local client only, the request id, and a second server on the same port stopping at once.
// No page loads: requests only.

const port = process.env.E2E_PORT || "3100";

test("health, readiness and metrics answer; a forwarded request does not get the metrics", async ({ request }) => {
  const page = await request.get("/article/1");
  expect(page.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const health = await request.get("/healthz");
  expect([health.status(), await health.text(), health.headers()["cache-control"]]).toEqual([200, "ok", "no-store"]);
  const ready = await request.get("/readyz");
  expect([ready.status(), await ready.text()]).toEqual([200, "ready"]);

  const metrics = await request.get("/metrics");
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(/portal_http_request_duration_seconds_count\{route="\/article\/\[id\]",method="GET",status="2xx"\} [1-9]/);
  expect(text).toMatch(/portal_letters\{status="closed"\} \d+/);
  expect(text).toMatch(/portal_page_cache_lookups_total\{result="(hit|miss)"\} [1-9]/);
  expect(text).not.toContain('route="/article/1"');

  const forwarded = await request.get("/metrics", { headers: { "x-forwarded-for": "198.51.100.20" } });
  expect(forwarded.status()).toBe(404);
});

test("a second server on the same port stops with a clear message", () => {
  const second = spawnSync(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, PORT: port, NODE_ENV: "production" }, encoding: "utf8", timeout: 30_000 });
  expect(second.status).toBe(1);
  expect(second.stderr).toContain(`Start-up failed: port ${port} is already in use`);
});

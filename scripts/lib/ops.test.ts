import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { shippedMigrations } from "@/lib/db/migrations-dir";
import { createLogger } from "@/lib/log/logger.mjs";
import { probesFor } from "@/lib/ops/probes";
import { createMetrics } from "./metrics.mjs";
import { createOpsHandler, hasBearerToken, isLocalRequest } from "./ops.mjs";
import { createRequestLog } from "./request-log.mjs";
import { createRouteLabeler } from "./route-label.mjs";

// The server's own endpoints on a real HTTP server and the test's database, with the request
// log and metrics wired as scripts/server.mjs wires them.

const TOKEN = "m".repeat(40);
const logLines: Record<string, unknown>[] = [];
const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logLines.push(JSON.parse(line)) } });
const metrics = createMetrics({ probes: () => probesFor(db, process.env.DATABASE_URL!), defaultMetrics: false });
const requestLog = createRequestLog({ logger, routeLabel: createRouteLabeler({ extra: ["/healthz", "/readyz", "/metrics"] }), metrics, quiet: ["/healthz", "/readyz", "/metrics"] });
let probesReady = true;
// The readiness answer is kept for a second: the tests move this clock past it.
let clock = 0;
const handleOps = createOpsHandler({ metrics, metricsToken: TOKEN, now: () => clock, probes: () => (probesReady ? probesFor(db, process.env.DATABASE_URL!) : undefined) });

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    requestLog.start(req, res);
    if (handleOps(req, res)) return;
    requestLog.cacheLookup(res, "miss");
    res.writeHead(200, { "content-type": "text/plain" }).end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "::", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}, host = "127.0.0.1") =>
  fetch(`http://${host.includes(":") ? `[${host}]` : host}:${port}${path}`, { headers }).then(async (response) => ({ status: response.status, body: await response.text(), headers: response.headers }));

describe("/healthz and /readyz", () => {
  it("answers /healthz with ok, never cached", async () => {
    const answer = await get("/healthz");
    expect([answer.status, answer.body, answer.headers.get("cache-control")]).toEqual([200, "ok", "no-store"]);
  });

  it("refuses other methods than GET and HEAD", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { method: "POST", body: "x" });
    expect(response.status).toBe(405);
  });

  it("answers /readyz with ready on a migrated database, 503 while starting", async () => {
    expect(await get("/readyz")).toMatchObject({ status: 200, body: "ready" });
    probesReady = false;
    try {
      expect(await get("/readyz")).toMatchObject({ status: 503, body: "not ready: starting" });
    } finally {
      probesReady = true;
    }
  });

  it("answers /readyz 503 naming a migration the database lacks", async () => {
    const newest = shippedMigrations(process.env.DATABASE_URL!).at(-1)!;
    await db.$executeRawUnsafe(`DELETE FROM "_app_migrations" WHERE "name" = '${newest}'`);
    try {
      clock += 2_000;
      const answer = await get("/readyz");
      expect(answer.status).toBe(503);
      expect(answer.body).toBe(`not ready: 1 migration(s) not applied: ${newest}`);
    } finally {
      await db.$executeRawUnsafe(`INSERT INTO "_app_migrations" ("name", "applied_at") VALUES ('${newest}', '${new Date().toISOString()}')`);
    }
    clock += 2_000;
    expect(await get("/readyz")).toMatchObject({ status: 200, body: "ready" });
  });
});

describe("/metrics", () => {
  it("answers a client on this host (IPv4 and IPv6 loopback) with the portal's metrics", async () => {
    await get("/article/7?code=ABCDEFGHJKMN");
    for (const host of ["127.0.0.1", "::1"]) {
      const answer = await get("/metrics", {}, host);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toContain("text/plain");
      expect(answer.body).toMatch(/portal_http_request_duration_seconds_count\{route="\/article\/\[id\]",method="GET",status="2xx"\} [1-9]/);
      expect(answer.body).toContain('portal_page_cache_lookups_total{result="miss"}');
      expect(answer.body).toMatch(/portal_letters\{status="submitted"\} \d+/);
      expect(answer.body).toContain("portal_page_views_queued ");
      expect(answer.body).toContain("portal_backup_last_success_timestamp_seconds 0");
    }
  });

  it("answers 404 to a request a proxy on this host forwarded, unless it carries the token", async () => {
    const forwarded: Record<string, string>[] = [{ "x-forwarded-for": "203.0.113.7" }, { forwarded: "for=203.0.113.7" }, { "x-real-ip": "203.0.113.7" }];
    for (const header of forwarded) {
      expect((await get("/metrics", header)).status).toBe(404);
    }
    expect((await get("/metrics", { "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await get("/metrics", { "x-forwarded-for": "203.0.113.7", authorization: `Bearer ${TOKEN}x` })).status).toBe(404);
    expect((await get("/metrics", { "x-forwarded-for": "203.0.113.7", authorization: TOKEN })).status).toBe(404);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && !address.internal && address.family === "IPv4")?.address;
  it.skipIf(!external)("answers 404 to a client on another address, 200 with the bearer token", async () => {
    expect((await get("/metrics", {}, external)).status).toBe(404);
    expect((await get("/metrics", { authorization: `Bearer ${TOKEN}` }, external)).status).toBe(200);
  });

  it("decides locality from the socket's peer, never from headers", () => {
    const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;
    expect(isLocalRequest(request("127.0.0.1"))).toBe(true);
    expect(isLocalRequest(request("::ffff:127.0.0.1"))).toBe(true);
    expect(isLocalRequest(request("::1"))).toBe(true);
    expect(isLocalRequest(request("203.0.113.9"))).toBe(false);
    expect(isLocalRequest(request("203.0.113.9", { "x-forwarded-for": "127.0.0.1" }))).toBe(false);
    expect(isLocalRequest(request("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).toBe(false);
    expect(hasBearerToken(request("203.0.113.9", { authorization: `bearer ${TOKEN}` }), TOKEN)).toBe(true);
    expect(hasBearerToken(request("203.0.113.9", { authorization: "Bearer " }), TOKEN)).toBe(false);
    expect(hasBearerToken(request("203.0.113.9", { authorization: `Bearer ${TOKEN}` }), undefined)).toBe(false);
  });
});

describe("the request log", () => {
  it("writes one line per request with its id (sent as X-Request-Id), route, path without the query, status, duration and cache result", async () => {
    logLines.length = 0;
    const answer = await get("/mailbox/track?number=M1&code=ABCDEFGHJKMN&email=resident@demo.gov.cn", { "x-request-id": "chosen-by-client" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const id = answer.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines.find((entry) => entry.reqId === id);
    expect(line).toMatchObject({ level: 30, msg: "request", method: "GET", route: "/mailbox/track", path: "/mailbox/track", status: 200, cache: "miss" });
    expect(typeof line!.ms).toBe("number");
    expect(JSON.stringify(logLines)).not.toMatch(/ABCDEFGHJKMN|resident@demo|127\.0\.0\.1|chosen-by-client/);
  });

  it("logs the server's own endpoints at debug level only", async () => {
    logLines.length = 0;
    await get("/healthz");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.find((entry) => entry.route === "/healthz")).toMatchObject({ level: 20 });
  });
});

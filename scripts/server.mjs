// The production server (`npm start`, with NODE_ENV=production): Next's request handler
// behind a few seconds of in-memory page cache for public pages (scripts/lib/page-cache.mjs),
// listening on IPv6 and IPv4 (::) at $PORT. PAGE_CACHE_TTL_MS=0 turns the page cache off.
// Public page views are recorded for the traffic statistics (scripts/lib/page-views.mjs,
// docs/decisions/0010); STATS_RECORDING=off turns that off. One JSON log line per request,
// /healthz, /readyz and /metrics (docs/decisions/0027). The port is taken before Next
// prepares, so that a port in use stops the start at once with a clear message.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { parseTrustedProxies, stampClientAddress } from "../lib/http/client-address.mjs";
import { FOREIGN_ORIGIN_MESSAGE, isForeignOriginPost } from "../lib/http/origin-check.mjs";
import { siteOriginOf } from "../lib/site/site-url.mjs";
import { logger } from "../lib/log/logger.mjs";
import { checkedFormBody, isMultipart } from "./lib/form-body.mjs";
import { createMetrics } from "./lib/metrics.mjs";
import { createOpsHandler, OPS_PATHS } from "./lib/ops.mjs";
import { createPageCache, varyPublicPage } from "./lib/page-cache.mjs";
import { createPageViewRecorder, DWELL_PATH } from "./lib/page-views.mjs";
import { createRequestLog } from "./lib/request-log.mjs";
import { createRouteLabeler } from "./lib/route-label.mjs";

const port = Number(process.env.PORT ?? 3000);
const ttlMs = Number(process.env.PAGE_CACHE_TTL_MS ?? 5_000);
if (!Number.isInteger(ttlMs) || ttlMs < 0) {
  console.error("Invalid environment configuration:\n  PAGE_CACHE_TTL_MS: must be a whole number of milliseconds, 0 or more");
  process.exit(1);
}

// Checked again with the other settings by lib/env.ts; read here before Next loads.
const metricsToken = process.env.METRICS_TOKEN?.trim() || undefined;
if (metricsToken !== undefined && metricsToken.length < 32) {
  console.error("Invalid environment configuration:\n  METRICS_TOKEN: must be at least 32 characters (openssl rand -hex 32)");
  process.exit(1);
}

let trustedProxies;
let siteOrigin;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  siteOrigin = siteOriginOf(process.env);
} catch (error) {
  console.error(`Invalid environment configuration:\n  ${error.message}`);
  process.exit(1);
}
// lib/http/request.ts believes the stamped client address only with this process's token.
process.env.PORTAL_EDGE_TOKEN = randomBytes(24).toString("base64url");
const edgeToken = process.env.PORTAL_EDGE_TOKEN;

// hostname and port: Next fetches from itself, e.g. the page a server action redirects to.
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
let prepared = false;

// The database probes for /readyz and /metrics, handed over by lib/server-start.ts.
const probes = () => globalThis.__portalProbes;
const metrics = createMetrics({ probes });
const routeLabel = createRouteLabeler({ extra: [...OPS_PATHS, DWELL_PATH] });
const requestLog = createRequestLog({ logger, routeLabel, metrics, quiet: OPS_PATHS });
const handleOps = createOpsHandler({ metrics, probes, metricsToken });
const cache = createPageCache({ ttlMs, onLookup: requestLog.cacheLookup });
// Called by lib/content/revalidate.ts after staff change public content, so the change is not
// held back by this cache for its few seconds (docs/decisions/0006).
globalThis.__portalPurgePageCache = () => cache.clear();
const pageViews = createPageViewRecorder({ enabled: process.env.STATS_RECORDING !== "off", siteOrigin });
const handlePage = ttlMs > 0 ? (req, res) => cache.handle(req, res, handle) : handle;
// Served over HTTPS (SITE_URL https://, docs/decisions/0013): browsers must never use plain HTTP.
const strictTransport = siteOrigin.startsWith("https:") ? "max-age=31536000; includeSubDomains" : null;
// A path that is not percent-encoded UTF-8 (e.g. %ED%A0%80, a lone surrogate) makes Next
// answer 500 when it decodes the route's parameters: refused here as the bad request it is.
const decodablePath = (url = "/") => {
  try {
    return decodeURIComponent(url.split("?")[0]) !== undefined;
  } catch {
    return false;
  }
};
// The largest body Next accepts (serverActions.bodySizeLimit and proxyClientMaxBodySize in
// next.config.mjs, 21 MB): a larger one made Next answer 500; it is refused here with 413.
const MAX_BODY_BYTES = 21 * 1024 * 1024;
const refuse = (res, status, message) => {
  // No "Connection: close": Node reads and drops the rest of the body, so a client still
  // sending it gets this answer instead of a broken pipe.
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end(message);
  return Promise.resolve();
};
const TOO_LARGE = "提交的内容过大";
const handleRequest = (req, res) => {
  if (!decodablePath(req.url)) return refuse(res, 400, "请求地址无效");
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return refuse(res, 413, TOO_LARGE);
  stampClientAddress(req, trustedProxies, edgeToken);
  if (strictTransport) res.setHeader("strict-transport-security", strictTransport);
  if (isForeignOriginPost(req, siteOrigin)) return refuse(res, 403, FOREIGN_ORIGIN_MESSAGE);
  if (req.url === DWELL_PATH) return pageViews.handleDwell(req, res);
  varyPublicPage(req, res);
  if (!isMultipart(req)) return pageViews.observe(req, res, handlePage);
  return checkedFormBody(req, MAX_BODY_BYTES).then((checked) =>
    "req" in checked ? pageViews.observe(checked.req, res, handlePage) : refuse(res, checked.status, checked.status === 413 ? TOO_LARGE : "提交的表单无法解析"),
  );
};
// Until Next is ready (it prepares after the port is taken) requests wait for it.
let markPrepared;
const whenPrepared = new Promise((resolve) => (markPrepared = resolve));
const server = createServer((req, res) => {
  requestLog.start(req, res);
  if (handleOps(req, res)) return;
  (prepared ? handleRequest(req, res) : whenPrepared.then(() => handleRequest(req, res))).catch((error) => {
    logger.error({ err: error, reqId: req.headers["x-request-id"] }, "request failed");
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("服务器内部错误");
  });
});
// A request Node cannot parse (a request line or headers over its 16 KB limit, malformed
// syntax): answered 431 or 400 as Node would, but the rest of what the client is sending is
// read and dropped before the connection closes. Closing with unread data makes TCP reset the
// connection, and the client then often sees the reset instead of the answer.
const refused = new WeakSet();
server.on("clientError", (error, socket) => {
  if (refused.has(socket)) return; // answered already; the rest is being dropped
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  refused.add(socket);
  const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
  socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  // Closed once the client has been quiet for a moment (it has sent everything), at most 5 s on.
  let quiet = setTimeout(() => socket.end(), 200);
  socket.on("data", () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => socket.end(), 200);
  });
  socket.on("error", () => socket.destroy());
  setTimeout(() => socket.destroy(), 5_000).unref();
});
await new Promise((resolve) => {
  const failed = (error) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${port} is already in use (is another server running? stop it or set PORT)`
        : error.code === "EACCES"
          ? `not allowed to listen on port ${port} (ports below 1024 need privileges; set PORT)`
          : error.message;
    console.error(`Start-up failed: ${reason}`);
    process.exit(1);
  };
  server.once("error", failed);
  server.listen(port, "::", () => {
    server.off("error", failed);
    resolve();
  });
});
try {
  await app.prepare();
} catch (error) {
  console.error(`Start-up failed: the site could not be loaded: ${error.message}`);
  process.exit(1);
}
prepared = true;
markPrepared();
const recording = process.env.STATS_RECORDING === "off" ? "off" : "on";
console.log(`Listening on http://localhost:${port}, IPv4 and IPv6 (page cache ${ttlMs} ms, traffic recording ${recording})`);

// SIGINT/SIGTERM: lib/server-start.ts (run by Next on prepare) writes buffered data (article
// view counts, page views), then exits; it also writes the page views every few seconds.

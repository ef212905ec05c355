// The server's own endpoints (docs/decisions/0027), answered before the page cache, the
// page-view recorder and Next see the request:
//   /healthz  the process is up: 200 "ok", no database;
//   /readyz   the database answers and every shipped migration is applied: 200 "ready", or
//             503 with a short reason;
//   /metrics  Prometheus metrics, only to a local client (the socket's peer is a loopback
//             address and the request was not forwarded by a proxy) or with
//             "Authorization: Bearer <METRICS_TOKEN>"; 404 to anyone else.
import { createHash, timingSafeEqual } from "node:crypto";
import { BlockList } from "node:net";
import { normalizeAddress } from "../../lib/http/client-address.mjs";

export const OPS_PATHS = ["/healthz", "/readyz", "/metrics"];

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");
// A proxy on this host forwards the internet's requests from a loopback address: such a
// request is not local.
const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip"];

/** Whether the request comes from this host itself (never from what its headers claim). */
export function isLocalRequest(req) {
  const peer = normalizeAddress(req.socket?.remoteAddress);
  if (!peer || !loopback.check(peer, peer.includes(":") ? "ipv6" : "ipv4")) return false;
  return FORWARDING_HEADERS.every((name) => req.headers[name] === undefined);
}

const digest = (value) => createHash("sha256").update(value).digest();

/** Whether the request carries "Authorization: Bearer <token>" (constant-time comparison). */
export function hasBearerToken(req, token) {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ""));
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

const READY_TIMEOUT_MS = 2_000;
const READY_CACHE_MS = 1_000;

function send(req, res, status, body, type = "text/plain; charset=utf-8") {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * The handler of OPS_PATHS: returns false for any other path. `probes()` returns the
 * database probes (lib/ops/probes.ts) once Next has loaded them, undefined while starting.
 */
export function createOpsHandler({ metrics, probes, metricsToken, now = Date.now }) {
  let readyCheck = null;

  function checkReadiness() {
    const current = probes();
    if (!current) return Promise.resolve({ ready: false, reason: "starting" });
    // At most one database check per second, however many ask.
    if (readyCheck && now() - readyCheck.at < READY_CACHE_MS) return readyCheck.answer;
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: "database did not answer within 2 s" }), READY_TIMEOUT_MS);
    });
    const answer = Promise.race([current.readiness().catch(() => ({ ready: false, reason: "database unavailable" })), timeout]).finally(() => clearTimeout(timer));
    readyCheck = { at: now(), answer };
    return answer;
  }

  return function handleOps(req, res) {
    const pathname = (req.url ?? "/").split("?", 1)[0];
    if (!OPS_PATHS.includes(pathname)) return false;
    req.resume();
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      send(req, res, 405, "method not allowed");
      return true;
    }
    if (pathname === "/healthz") {
      send(req, res, 200, "ok");
    } else if (pathname === "/readyz") {
      void checkReadiness().then((result) => (result.ready ? send(req, res, 200, "ready") : send(req, res, 503, `not ready: ${result.reason}`)));
    } else if (!isLocalRequest(req) && !hasBearerToken(req, metricsToken)) {
      send(req, res, 404, "not found");
    } else {
      void metrics.registry.metrics().then(
        (text) => send(req, res, 200, text, metrics.registry.contentType),
        () => send(req, res, 500, "metrics unavailable"),
      );
    }
    return true;
  };
}

// One JSON log line per request (lib/log/logger.mjs, docs/decisions/0027) and its metrics:
// a generated request id (also sent as X-Request-Id and passed to Next, whose error log
// names it), the route label, the path without its query string, the status, the duration
// and whether the page cache answered. Never a client address, a header or a query value.
import { randomUUID } from "node:crypto";
import { loggedPath } from "../../lib/log/logger.mjs";

export const REQUEST_ID_HEADER = "x-request-id";

/** `routeLabel(url)` labels a path; `metrics` records it; `quiet` paths are logged at debug level. */
export function createRequestLog({ logger, routeLabel, metrics, quiet = [] }) {
  const cacheResults = new WeakMap();

  function start(req, res) {
    const started = process.hrtime.bigint();
    const id = randomUUID();
    // Any id the client sent is replaced: the log's ids are ours.
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeLabel(req.url);
      const status = res.statusCode;
      metrics?.observeRequest({ route, method: req.method, status, seconds });
      const line = { reqId: id, method: req.method, route, path: loggedPath(req.url), status, ms: Math.round(seconds * 10_000) / 10 };
      const cache = cacheResults.get(res);
      if (cache) line.cache = cache;
      if (!res.writableFinished) line.aborted = true;
      const level = status >= 500 ? "error" : quiet.includes(route) ? "debug" : "info";
      logger[level](line, "request");
    });
  }

  /** Called by the page cache for a public page: "hit" or "miss". */
  function cacheLookup(res, result) {
    cacheResults.set(res, result);
    metrics?.pageCacheLookup(result);
  }

  return { start, cacheLookup };
}

import type { Instrumentation } from "next";

// Runs once when the server starts (see lib/server-start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onServerStart } = await import("@/lib/server-start");
    onServerStart();
  }
}

// An error thrown while rendering a page or running an action or route handler: one log line
// with the request id scripts/server.mjs gave the request, the route and the path without its
// query string (lib/log/logger.mjs). The visitor sees app/error.tsx.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger, loggedPath } = await import("@/lib/log/logger.mjs");
  const reqId = request.headers["x-request-id"];
  logger.error(
    { err: error, reqId: typeof reqId === "string" ? reqId : undefined, method: request.method, path: loggedPath(request.path), route: context.routePath, routeType: context.routeType },
    "request error",
  );
};

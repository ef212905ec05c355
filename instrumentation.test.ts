import { expect, it, vi } from "vitest";
import { onRequestError } from "./instrumentation";

// A page's or action's error on the server: one log line with the request's id and route, the
// path without its query string (under Vitest the logger reports errors through console.error).
it("logs a request error with its request id, route and path, never the query", async () => {
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    await onRequestError(
      new Error("boom"),
      { path: "/mailbox/track?number=M1&code=ABCDEFGHJKMN", method: "GET", headers: { "x-request-id": "0b7d3c1e-1111-4222-8333-944445555666" } },
      { routerKind: "App Router", routePath: "/mailbox/track", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
    );
    expect(consoleError).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(consoleError.mock.calls[0]![0])) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 50, msg: "request error", reqId: "0b7d3c1e-1111-4222-8333-944445555666", path: "/mailbox/track", route: "/mailbox/track", err: { message: "boom" } });
    expect(JSON.stringify(line)).not.toContain("ABCDEFGHJKMN");
  } finally {
    vi.unstubAllEnvs();
  }
});

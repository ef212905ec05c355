import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { createMetrics } from "./metrics.mjs";

export const REQUEST_ID_HEADER: "x-request-id";
export function createRequestLog(options: {
  logger: Logger;
  routeLabel: (url?: string) => string;
  metrics?: ReturnType<typeof createMetrics>;
  quiet?: string[];
}): { start(req: IncomingMessage, res: ServerResponse): void; cacheLookup(res: ServerResponse, result: "hit" | "miss"): void };

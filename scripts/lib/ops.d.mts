import type { IncomingMessage, ServerResponse } from "node:http";
import type { createMetrics } from "./metrics.mjs";

export const OPS_PATHS: readonly string[];
export function isLocalRequest(req: IncomingMessage): boolean;
export function hasBearerToken(req: IncomingMessage, token: string | undefined): boolean;
export interface OpsProbes {
  readiness(): Promise<{ ready: true } | { ready: false; reason: string }>;
  lettersByStatus(): Promise<Record<string, number>>;
  lastBackupSeconds(): Promise<number>;
}
export function createOpsHandler(options: {
  metrics: ReturnType<typeof createMetrics>;
  probes: () => OpsProbes | undefined;
  metricsToken: string | undefined;
  now?: () => number;
}): (req: IncomingMessage, res: ServerResponse) => boolean;

import type { Registry } from "prom-client";

export interface MetricsProbes {
  lettersByStatus(): Promise<Record<string, number>>;
  lastBackupSeconds(): Promise<number>;
}
export function methodLabel(method: string | undefined): string;
export function statusClass(status: number): string;
export function createMetrics(options?: { probes?: () => MetricsProbes | undefined; defaultMetrics?: boolean }): {
  registry: Registry;
  observeRequest(request: { route: string; method: string | undefined; status: number; seconds: number }): void;
  pageCacheLookup(result: "hit" | "miss"): void;
};

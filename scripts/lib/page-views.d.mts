import type { IncomingMessage, ServerResponse } from "node:http";
import type { Hit } from "../../lib/stats/hit-queue.mjs";

export declare const DWELL_PATH: string;
export declare function clientIp(req: IncomingMessage): string;
export declare function viewedPage(req: IncomingMessage): string | null;
export declare function referrerOf(req: IncomingMessage, siteHost?: string): { referrer: string | null; entry: boolean };
export declare function isOwnBeacon(req: IncomingMessage, siteOrigin: string): boolean;
export declare function parseDwell(text: string): { path: string; ms: number } | null;
export declare function createPageViewRecorder(options?: {
  enabled?: boolean;
  now?: () => number;
  enqueue?: (hit: Hit) => unknown;
  /** SITE_URL's origin */
  siteOrigin?: string;
}): {
  observe<T>(req: IncomingMessage, res: ServerResponse, handle: (req: IncomingMessage, res: ServerResponse) => T): T;
  handleDwell(req: IncomingMessage, res: ServerResponse): Promise<void>;
};

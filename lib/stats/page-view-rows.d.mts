import type { WaitingHit } from "./hit-queue.mjs";

/** A PageView row in COLUMNS order (lib/stats/page-view-sql.mjs). */
export type PageViewRow = [at: string, views: number, dwellMs: number, path: string, referrer: string | null, entry: boolean, browser: string, browserVersion: string, os: string, osVersion: string, device: string, ipVersion: 4 | 6, elder: boolean, bot: boolean, visitorKey: string];

export declare function createRowBuilder(options?: { random?: () => Buffer }): { build(hits: WaitingHit[], now?: number): PageViewRow[] };
export declare function viewCount(rows: PageViewRow[]): number;

import type { PageViewRow } from "./page-view-rows.mjs";

/** A page view (views 1, dwellMs 0) or a dwell-time report (views 0, dwellMs) as the server saw it. */
export interface Hit {
  /** Epoch milliseconds */
  at: number;
  views: 0 | 1;
  dwellMs: number;
  path: string;
  referrer: string | null;
  entry: boolean;
  userAgent: string;
  /** The client address: only in memory, until the writer's worker thread has made the visitor key. */
  ip: string;
  elder: boolean;
}

/** The hits of one visitor, page, classes and day, as handed to the writer's worker thread. */
export type WaitingHit = [at: number, views: number, dwellMs: number, path: string, referrer: string | null, entry: boolean, userAgent: string, ip: string, elder: boolean, day: number];

export declare const MAX_PENDING_HITS: number;
export declare const BATCH_SIZE: number;
export declare function enqueueHit(hit: Hit): boolean;
export declare function takeHits(): { hits: WaitingHit[]; rows: PageViewRow[] };
export declare function returnHits(rows: PageViewRow[]): void;
export declare function pendingHitCount(): number;
export declare function droppedHitCount(): number;
export declare function onBatchReady(callback: (() => void) | null): void;

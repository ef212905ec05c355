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
  /** The client address: only in memory, until the row is taken for writing. */
  ip: string;
  elder: boolean;
}

/** A waiting row: the hits of one visitor, page, classes and day, with the visitor key instead of the address. */
export interface KeyedHit {
  at: number;
  views: number;
  dwellMs: number;
  path: string;
  referrer: string | null;
  entry: boolean;
  userAgent: string;
  ipVersion: 4 | 6;
  elder: boolean;
  visitorKey: string;
}

export declare const MAX_PENDING_HITS: number;
export declare const BATCH_SIZE: number;
export declare function enqueueHit(hit: Hit): boolean;
export declare function takeHits(now?: number): KeyedHit[];
export declare function returnHits(rows: KeyedHit[]): void;
export declare function pendingHitCount(): number;
export declare function droppedHitCount(): number;
export declare function onBatchReady(callback: (() => void) | null): void;

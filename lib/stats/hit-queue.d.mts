export interface PageViewHit {
  kind: "view";
  /** Epoch milliseconds */
  at: number;
  path: string;
  referrer: string | null;
  entry: boolean;
  userAgent: string;
  ipVersion: 4 | 6;
  elder: boolean;
  visitorKey: string;
}

export interface DwellHit {
  kind: "dwell";
  at: number;
  path: string;
  ms: number;
  userAgent: string;
  ipVersion: 4 | 6;
  elder: boolean;
  visitorKey: string;
}

export type Hit = PageViewHit | DwellHit;

export declare const MAX_PENDING_HITS: number;
export declare const BATCH_SIZE: number;
export declare function enqueueHit(hit: Hit): boolean;
export declare function takeHits(): Hit[];
export declare function returnHits(hits: Hit[]): void;
export declare function pendingHitCount(): number;
export declare function droppedHitCount(): number;
export declare function onBatchReady(callback: (() => void) | null): void;

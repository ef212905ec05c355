import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export declare function expectedEncoding(acceptEncoding: string | string[] | undefined): "gzip" | "identity";
export declare function varyPublicPage(req: IncomingMessage, res: ServerResponse): void;
export declare function cacheKey(req: IncomingMessage): string | null;
export declare function createPageCache(options?: {
  ttlMs?: number;
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
  onLookup?: (res: ServerResponse, result: "hit" | "miss") => void;
}): {
  handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<void>;
  clear(): void;
  size(): number;
  bytes(): number;
};

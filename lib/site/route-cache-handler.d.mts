export declare function isStorable(key: string, data: { status?: number } | null | undefined): boolean;

export default class RouteCacheHandler {
  constructor(ctx: { fs: unknown; flushToDisk: boolean; serverDistDir: string; revalidatedTags: string[]; maxMemoryCacheSize?: number });
  get(key: string, ctx: { kind: string }): Promise<unknown>;
  set(key: string, data: unknown, ctx: { cacheControl?: { revalidate: number; expire?: number } }): Promise<void>;
}

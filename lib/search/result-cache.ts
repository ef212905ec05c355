// A bounded, short-lived memory of search outcomes (docs/decisions/0016). Readers repeat the
// same few queries; one engine query per (index generation, query, filters, page) every
// `ttlMs` is enough. Concurrent requests for the same key share one computation. At most
// `maxEntries` are kept, the least recently used dropped first, so random queries cannot grow
// it; a failed computation is forgotten at once.

export interface ResultCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
  size(): number;
}

export function createResultCache<T>({ maxEntries = 500, ttlMs = 30_000, now = () => Date.now() } = {}): ResultCache<T> {
  const entries = new Map<string, { value: Promise<T>; storedAt: number }>();
  return {
    get(key, compute) {
      const entry = entries.get(key);
      entries.delete(key);
      if (entry && now() - entry.storedAt <= ttlMs) {
        entries.set(key, entry);
        return entry.value;
      }
      const value = compute();
      entries.set(key, { value, storedAt: now() });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear: () => entries.clear(),
    size: () => entries.size,
  };
}

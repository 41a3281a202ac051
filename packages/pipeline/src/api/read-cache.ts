/**
 * A small cache for read routes. The server owns the warehouse (DuckDB allows one process), so the data
 * changes only through this process: every write the API makes calls {@link ReadCache.invalidate}, and
 * the TTL bounds staleness for writers the API does not see (another engine's loader, a future watcher):
 * an answer older than the TTL is served once more while a fresh one is computed behind it.
 * Concurrent misses for one key share one computation, so a burst of identical requests runs one query.
 */
export class ReadCache {
  private version = 0;
  private readonly entries = new Map<
    string,
    { version: number; expires: number; value: Promise<unknown>; refreshing?: boolean }
  >();

  /**
   * @param ttlMs how long an answer may be served (default 10 s); 0 turns the cache off.
   * @param maxEntries most answers kept; the least recently used goes first.
   */
  constructor(
    readonly ttlMs = 10_000,
    private readonly maxEntries = 500,
  ) {}

  /** Forgets every answer (after a load, a task run, anything that writes). */
  invalidate(): void {
    this.version++;
    this.entries.clear();
  }

  /** The cached answer for `key`, or the result of `compute` (cached unless it fails). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.version === this.version) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      // Expired by age only (no write seen): answer from the cache and refresh behind it, so no request
      // waits for the recomputation. After a write the entry is gone and the next request computes.
      if (hit.expires <= now && !hit.refreshing) {
        hit.refreshing = true;
        compute().then(
          (v) => {
            if (this.entries.get(key) === hit)
              Object.assign(hit, {
                value: Promise.resolve(v),
                expires: Date.now() + this.ttlMs,
                refreshing: false,
              });
          },
          () => {
            if (this.entries.get(key) === hit) this.entries.delete(key);
          },
        );
      }
      return hit.value as Promise<T>;
    }
    const value = compute();
    const entry = { version: this.version, expires: now + this.ttlMs, value: value as Promise<unknown> };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}

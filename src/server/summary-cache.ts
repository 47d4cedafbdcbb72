/**
 * Caches computed public views (plan summaries, measure pages) per city. Publishing through the
 * API invalidates the city at once; the TTL bounds how long a write made outside this process
 * (the CLI's `result add`, an import) can go unseen. Values are promises so fifty concurrent
 * requests for a cold key compute it once.
 */
export class PublicCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(city: string, key: string, compute: () => Promise<T>): Promise<T> {
    const full = `${city}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    const value = compute();
    this.entries.set(full, { at: this.now(), value });
    // A failed computation is not remembered.
    value.catch(() => {
      if (this.entries.get(full)?.value === value) this.entries.delete(full);
    });
    return value;
  }

  invalidateCity(city: string): void {
    for (const key of this.entries.keys())
      if (key.startsWith(`${city}\u0000`)) this.entries.delete(key);
  }
}

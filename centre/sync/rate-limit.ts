/**
 * A token bucket per device: a station may burst (a first sync pulls page after page) but not
 * hammer the centre when 2,284 stations reconnect at once. In memory: after a restart every
 * bucket starts full, which is harmless.
 */
export interface RateLimit {
  /** Requests a device may make at once. */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
}

export const DEFAULT_SYNC_RATE: RateLimit = { burst: 120, perSecond: 10 };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  /** 0 when the request may go ahead (one token taken), else the seconds to wait. */
  take(key: string): number {
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    const tokens = Math.min(this.limit.burst, b.tokens + ((now - b.at) / 1000) * this.limit.perSecond);
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / this.limit.perSecond));
  }
}

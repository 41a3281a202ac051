import { describe, expect, it } from 'vitest';
import { TerminalError, TransientError } from './errors.ts';
import { backoffDelay, withRetry } from './retry.ts';

describe('withRetry', () => {
  it('retries a transient failure until it succeeds', async () => {
    let calls = 0;
    const delays: number[] = [];
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        return 'ok';
      },
      { baseDelayMs: 1, onRetry: (_e, _a, ms) => delays.push(ms) },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(delays).toHaveLength(2);
  });

  it('gives up after the bounded number of attempts with the last error', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw new TransientError('E_BUSY', `busy ${calls}`);
        },
        { attempts: 4, baseDelayMs: 1 },
      ),
    ).rejects.toThrow('busy 4');
    expect(calls).toBe(4);
  });

  it('does not retry a terminal error', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw new TerminalError('E_BAD', 'bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(calls).toBe(1);
  });

  it('stops waiting when aborted', async () => {
    const abort = new AbortController();
    const started = Date.now();
    setTimeout(() => abort.abort(), 20);
    await expect(
      withRetry(
        async () => {
          throw new TransientError('E_BUSY', 'busy');
        },
        { attempts: 10, baseDelayMs: 5_000, signal: abort.signal },
      ),
    ).rejects.toThrow('busy');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('backs off exponentially with jitter, capped', () => {
    for (let i = 0; i < 20; i++) {
      expect(backoffDelay(1, 200, 10_000)).toBeGreaterThanOrEqual(100);
      expect(backoffDelay(1, 200, 10_000)).toBeLessThanOrEqual(200);
      expect(backoffDelay(4, 200, 10_000)).toBeGreaterThanOrEqual(800);
      expect(backoffDelay(30, 200, 10_000)).toBeLessThanOrEqual(10_000);
    }
  });
});

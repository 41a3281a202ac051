import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runNode } from '../../test/helpers.ts';
import { OffThreadHash } from './off-thread-hash.ts';

const sha256 = (...parts: (string | Buffer)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
};

describe('OffThreadHash', () => {
  it("gives node:crypto's SHA-256 of everything updated, strings as UTF-8, several hashes at once", async () => {
    const big = randomBytes(3 * 1024 * 1024 + 17);
    const a = new OffThreadHash();
    const b = new OffThreadHash();
    const empty = new OffThreadHash();
    const reused = Buffer.from('first');
    a.update(reused);
    // The bytes were copied: changing the caller's buffer afterwards changes nothing.
    reused.write('XXXXX');
    b.update('Αθήνα, ');
    a.update(big.subarray(0, 1000));
    b.update(big);
    a.update(big.subarray(1000));
    a.update('');
    b.update('🙂');
    const [da, db, de] = await Promise.all([a.digest(), b.digest(), empty.digest()]);
    expect(da).toBe(sha256('first', big));
    expect(db).toBe(sha256('Αθήνα, ', big, '🙂'));
    expect(de).toBe(sha256());
    expect(() => a.update('more')).toThrow(/after digest/);
    await expect(a.digest()).rejects.toThrow(/twice/);
  });

  it('does not keep the process alive once its hashes are digested or dropped', async () => {
    const module = path.join(REPO_ROOT, 'packages/pipeline/src/stage/off-thread-hash.ts');
    const script = `
      const { OffThreadHash } = await import(${JSON.stringify(module)});
      const h = new OffThreadHash();
      h.update('leads');
      new OffThreadHash().drop();
      console.log(await h.digest());
    `;
    const r = await runNode(['--import', 'tsx', '--input-type=module', '-e', script], { timeoutMs: 20_000 });
    expect(r.signal).toBeNull();
    expect([r.code, r.stdout.trim()]).toEqual([0, sha256('leads')]);
  });
});

/**
 * The `api.trustProxy` setting's parser: which proxies in front of the API may name the client.
 */
import { isIP } from 'node:net';
import { z } from 'zod';

/** proxy-addr's names for address ranges, accepted in the `api.trustProxy` list. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const TRUST_PROXY_FORMAT =
  'false, or the comma-separated IP addresses / CIDR ranges of the proxies (or loopback, linklocal, uniquelocal)';

/**
 * Which proxies in front of the API may name the client (`x-forwarded-for`): `false` (the client is the
 * TCP peer, on Lambda the event's source IP), or their addresses / CIDR ranges / `loopback`, `linklocal`,
 * `uniquelocal` (comma-separated in the environment). `true` (trust any sender of the header) is refused: a
 * client could then pick its own address and escape the rate limits. A hop count is refused too: Fastify
 * 5.12 ignores hop counts (it trusts no proxy then), which would fail silently.
 */
export const trustProxy = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const text = v.trim();
    if (/^false$/i.test(text)) return false;
    if (/^true$/i.test(text)) return true;
    return text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  },
  z.union(
    [
      z.literal(false),
      z
        .array(z.string())
        .min(1, TRUST_PROXY_FORMAT)
        .refine((list) => list.every(isProxyAddress), TRUST_PROXY_FORMAT),
    ],
    { error: TRUST_PROXY_FORMAT },
  ),
);

/**
 * Failpoints: named places where a test can make leadpipe stop dead, to prove crash safety. Set
 * `LEADPIPE_FAILPOINTS=name[:action],...` where action is `pause` (print `failpoint <name> reached` on
 * stderr and hang, so the test can SIGKILL the process there), `throw`, or `exit`; `pause@N` (also `throw@N`,
 * `exit@N`) acts on the N-th time the failpoint is reached only (1-based). This is the one variable
 * read outside the config module, because it is a test harness, not configuration.
 */
const active = new Map<string, string>(
  (process.env.LEADPIPE_FAILPOINTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [name, action] = s.split(':');
      return [name as string, action ?? 'throw'];
    }),
);

/** Error thrown by a `throw` failpoint. */
export class FailpointError extends Error {}

const hits = new Map<string, number>();

/** Triggers the failpoint `name` if it is active; a no-op otherwise. */
export async function failpoint(name: string): Promise<void> {
  const spec = active.get(name);
  if (spec === undefined) return;
  const [action, nth] = spec.split('@');
  const hit = (hits.get(name) ?? 0) + 1;
  hits.set(name, hit);
  if (nth !== undefined && hit !== Number(nth)) return;
  if (action === 'throw') throw new FailpointError(`failpoint ${name}`);
  process.stderr.write(`failpoint ${name} reached\n`);
  if (action === 'exit') process.exit(70);
  await new Promise(() => setInterval(() => {}, 1 << 30));
}

/** Activates a failpoint in this process (for in-process tests); `throw@2` acts on its 2nd hit from now. */
export function setFailpoint(
  name: string,
  action: 'throw' | 'pause' | 'exit' | `${'throw' | 'pause' | 'exit'}@${number}` | undefined,
): void {
  hits.delete(name);
  if (action === undefined) active.delete(name);
  else active.set(name, action);
}

/**
 * Failpoints: named places where a test can make leadpipe stop dead, to prove crash safety. Set
 * `LEADPIPE_FAILPOINTS=name[:action],...` where action is `pause` (print `failpoint <name> reached` on
 * stderr and hang, so the test can SIGKILL the process there), `throw`, or `exit`; `pause@N` (also `throw@N`,
 * `exit@N`) acts on the N-th time the failpoint is reached only (1-based). A failpoint reached for one
 * subject (a file name) is set as `name=subject[:action]` and acts only for that subject: `load.file=b.csv`
 * makes the load of `b.csv` fail, the quarantine tests' stand-in for a file no check catches. This is the
 * one variable read outside the config module, because it is a test harness, not configuration.
 */
const active = new Map<string, string>(
  (process.env.LEADPIPE_FAILPOINTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      // The action follows the last ':' so a subject may hold one (rare in file names, but cheap to allow).
      const at = s.lastIndexOf(':');
      const action = at > 0 ? s.slice(at + 1) : '';
      const known = /^(throw|pause|exit)(@\d+)?$/.test(action);
      return [known ? s.slice(0, at) : s, known ? action : 'throw'];
    }),
);

/** Error thrown by a `throw` failpoint; `subject` is the file it was set for, if any. */
export class FailpointError extends Error {
  constructor(
    message: string,
    readonly subject?: string,
  ) {
    super(message);
  }
}

const hits = new Map<string, number>();

/**
 * Triggers the failpoint `name` if it is active; a no-op otherwise. With `subject` (default none), a
 * failpoint set as `name=subject` acts too, for that subject only.
 */
export async function failpoint(name: string, subject?: string): Promise<void> {
  const key = subject !== undefined && active.has(`${name}=${subject}`) ? `${name}=${subject}` : name;
  const spec = active.get(key);
  if (spec === undefined) return;
  const [action, nth] = spec.split('@');
  const hit = (hits.get(key) ?? 0) + 1;
  hits.set(key, hit);
  if (nth !== undefined && hit !== Number(nth)) return;
  if (action === 'throw') {
    throw new FailpointError(`failpoint ${key}`, key === name ? undefined : subject);
  }
  process.stderr.write(`failpoint ${key} reached\n`);
  if (action === 'exit') process.exit(70);
  await new Promise(() => setInterval(() => {}, 1 << 30));
}

/**
 * Whether any failpoint `name` is set, for any subject: lets a caller skip the work of finding subjects
 * (a query, say) when no test asked for it.
 */
export function failpointArmed(name: string): boolean {
  for (const key of active.keys()) if (key === name || key.startsWith(`${name}=`)) return true;
  return false;
}

/**
 * Activates a failpoint in this process (for in-process tests); `throw@2` acts on its 2nd hit from now.
 * `name` may carry a subject (`task.file=b.csv`).
 */
export function setFailpoint(
  name: string,
  action: 'throw' | 'pause' | 'exit' | `${'throw' | 'pause' | 'exit'}@${number}` | undefined,
): void {
  hits.delete(name);
  if (action === undefined) active.delete(name);
  else active.set(name, action);
}

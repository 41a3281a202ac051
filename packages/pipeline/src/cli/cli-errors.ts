/**
 * The CLI's one rule for exit codes, and the one line it prints for each kind of failure:
 *
 * - 0: done (rejected rows and failed files are reported in the summary, not fatal);
 * - 1: failed work or a user's mistake that is not about how the command was called (a missing file, a
 *   bad configuration value, a typo in a query, a busy port, a locked warehouse): one line, no stack;
 * - 2: wrong usage (an unknown command or option, a missing argument, a bad option value): one line and
 *   where to find the usage;
 * - 70: a bug (anything leadpipe did not expect): the stack, to report it.
 */
import { CommanderError } from 'commander';
import { LeadpipeError, UsageError } from '../errors.ts';

/** What the CLI does with an error: the exit code and the text for stderr (ending in a newline). */
export interface CliExit {
  code: 0 | 1 | 2 | 70;
  text: string;
}

/** The exit codes of {@link cliExitFor} (documented in README.md's CLI section). */
export const EXIT = { done: 0, failed: 1, usage: 2, bug: 70 } as const;

// DuckDB reports a user's SQL mistake as a plain Error whose message starts with its error class; the query
// helper wraps them as TerminalError('E_QUERY'), and this catches any that still arrive raw.
const DUCKDB_USER_ERROR =
  /^(?:Failed to extract statements: )?(?:Parser|Binder|Catalog|Conversion|Invalid Input|Out of Range|Not implemented|Syntax) Error: /;

/** File-system failures on a path the user gave (a typo, a folder, no permission). */
const PATH_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

interface SystemError {
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
  port?: unknown;
  address?: unknown;
}

/** A message on one line: line breaks and the position markers DuckDB adds (`LINE 1: ...`, `^`) dropped. */
export function oneLine(message: string): string {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^LINE \d+:/.test(l) && !/^\^+$/.test(l))
    .join(' ');
}

/**
 * Maps what a command threw to its exit code and the text to print. `command` is the command's path
 * (`query`, `snowflake plan`): raw DuckDB SQL errors are the user's only in `query`.
 *
 * @example
 * const { code, text } = cliExitFor(err, 'run');
 * process.stderr.write(text);
 * process.exitCode = code;
 */
export function cliExitFor(err: unknown, command = ''): CliExit {
  const line = (message: string): string => `leadpipe: ${oneLine(message)}\n`;
  const help = `see \`leadpipe ${command ? `${command} ` : ''}--help\``;
  if (err instanceof CommanderError) {
    // Commander has already printed its message (see `usageOutput` in main.ts); help and --version exit 0.
    return { code: err.exitCode === 0 ? EXIT.done : EXIT.usage, text: '' };
  }
  if (err instanceof UsageError) return { code: EXIT.usage, text: line(`${err.message} — ${help}`) };
  if (err instanceof LeadpipeError) return { code: EXIT.failed, text: line(err.message) };
  const e = (err && typeof err === 'object' ? err : {}) as SystemError;
  // The reader of our output went away (`leadpipe model --json | head -3`): nothing is wrong and nobody is
  // left to tell, as with any Unix tool whose pipe closes.
  if (e.code === 'EPIPE' && e.syscall === 'write') return { code: EXIT.done, text: '' };
  if (e.code === 'EADDRINUSE' || e.code === 'EADDRNOTAVAIL') {
    const port = typeof e.port === 'number' ? e.port : undefined;
    const address = typeof e.address === 'string' ? e.address : undefined;
    return {
      code: EXIT.failed,
      text: line(
        e.code === 'EADDRINUSE'
          ? `port ${port ?? '?'}${address ? ` on ${address}` : ''} is already in use — stop what listens there, or choose another with --port N (0: any free port)`
          : `cannot bind to ${address ?? 'that address'} — give an address of this machine with --host`,
      ),
    };
  }
  if (typeof e.code === 'string' && typeof e.path === 'string' && e.code in PATH_ERRORS) {
    return {
      code: EXIT.failed,
      text: line(`${PATH_ERRORS[e.code]}: ${e.path} — check the path`),
    };
  }
  if (command === 'query' && err instanceof Error && DUCKDB_USER_ERROR.test(err.message)) {
    return {
      code: EXIT.failed,
      text: line(err.message.replace(/^Failed to extract statements: /, '')),
    };
  }
  const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { code: EXIT.bug, text: `leadpipe: unexpected error (a bug; please report it)\n${stack}\n` };
}

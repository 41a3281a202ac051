import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { TerminalError, TransientError, UsageError } from '../errors.ts';
import { cliExitFor, oneLine } from './cli-errors.ts';

const sysError = (fields: Record<string, unknown>): Error => Object.assign(new Error('system'), fields);

describe('the CLI exit-code rule', () => {
  it('exits 2 for usage (commander and UsageError), 0 for help and --version', () => {
    expect(
      cliExitFor(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'")),
    ).toEqual({
      code: 2,
      text: '',
    });
    expect(cliExitFor(new CommanderError(0, 'commander.version', '0.1.0')).code).toBe(0);
    expect(cliExitFor(new UsageError('--rows takes a whole number'), 'generate')).toEqual({
      code: 2,
      text: 'leadpipe: --rows takes a whole number — see `leadpipe generate --help`\n',
    });
  });

  it('exits 0 quietly when the reader of its output closes the pipe (EPIPE on write)', () => {
    expect(cliExitFor(sysError({ code: 'EPIPE', syscall: 'write' }), 'model')).toEqual({ code: 0, text: '' });
    expect(cliExitFor(sysError({ code: 'EPIPE', syscall: 'connect' })).code).toBe(70);
  });

  it("exits 1 with one line for leadpipe's own errors, a path the user gave and a busy port", () => {
    expect(cliExitFor(new TerminalError('E_BAD_CONFIG', 'LEADPIPE_PORT: Too big\n  more'))).toEqual({
      code: 1,
      text: 'leadpipe: LEADPIPE_PORT: Too big more\n',
    });
    expect(cliExitFor(new TransientError('E_WAREHOUSE_LOCKED', 'locked')).code).toBe(1);
    expect(cliExitFor(sysError({ code: 'ENOENT', path: 'x.csv', syscall: 'open' }), 'train')).toEqual({
      code: 1,
      text: 'leadpipe: no such file: x.csv — check the path\n',
    });
    const busy = cliExitFor(sysError({ code: 'EADDRINUSE', port: 8000, address: '127.0.0.1' }), 'serve');
    expect(busy.code).toBe(1);
    expect(busy.text).toMatch(/^leadpipe: port 8000 on 127\.0\.0\.1 is already in use — .*--port N/);
  });

  it("treats DuckDB's SQL errors as the user's in query only; elsewhere they are bugs (70, with the stack)", () => {
    const parser = new Error(
      'Failed to extract statements: Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^',
    );
    expect(cliExitFor(parser, 'query')).toEqual({
      code: 1,
      text: 'leadpipe: Parser Error: syntax error at or near "SELEC"\n',
    });
    const inRun = cliExitFor(new Error('Binder Error: column x not found'), 'run');
    expect(inRun.code).toBe(70);
    expect(inRun.text).toMatch(
      /^leadpipe: unexpected error \(a bug; please report it\)\nError: Binder Error/,
    );
    expect(inRun.text).toMatch(/\n\s+at /);
    expect(cliExitFor(new TypeError('x is undefined')).code).toBe(70);
    expect(cliExitFor('a string').text).toContain('a string');
  });

  it('puts a message on one line, without DuckDB position markers', () => {
    expect(
      oneLine('Catalog Error: no table nope!\nDid you mean "pg_enum"?\n\nLINE 1: SELECT * FROM nope\n   ^'),
    ).toBe('Catalog Error: no table nope! Did you mean "pg_enum"?');
  });
});

describe('a closed output pipe', () => {
  it('`leadpipe snowflake plan | head -c 100` ends with exit 0 and no stack', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI } = await import('../../test/helpers.ts');
    const child = spawn(process.execPath, [CLI, 'snowflake', 'plan'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/bug|EPIPE/);
    expect(code).toBe(0);
  });
});

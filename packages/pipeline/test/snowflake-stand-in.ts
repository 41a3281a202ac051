/**
 * A stand-in for a Snowflake connection: it records every statement with its binds and answers from rules
 * the test registers (the last matching rule wins; anything unmatched returns no rows). Used to test the
 * Snowflake engine's control flow without an account.
 */
import type {
  SnowflakeBind,
  SnowflakeRow,
  SnowflakeSession,
} from '../src/warehouse/snowflake/snowflake-connection.ts';

/** What a rule answers: rows, or an error to throw. */
export type StandInReply =
  | SnowflakeRow[]
  | Error
  | ((sql: string, binds: readonly SnowflakeBind[], call: number) => SnowflakeRow[] | Error);

/** An error shaped like snowflake-sdk's (name, code, sqlState). */
export function sdkError(
  message: string,
  fields: { name?: string; code?: string | number; sqlState?: string } = {},
): Error {
  const err = new Error(message) as Error & { code?: string | number; sqlState?: string };
  err.name = fields.name ?? 'OperationFailedError';
  if (fields.code !== undefined) err.code = fields.code;
  if (fields.sqlState !== undefined) err.sqlState = fields.sqlState;
  return err;
}

/** The stand-in session. */
export class StandInSession implements SnowflakeSession {
  readonly statements: { sql: string; binds: SnowflakeBind[] }[] = [];
  closed = false;
  private readonly rules: { match: (sql: string) => boolean; reply: StandInReply; calls: number }[] = [];

  /** Answers statements that contain `match` (a string) or match it (a RegExp). */
  on(match: string | RegExp, reply: StandInReply): this {
    const test =
      typeof match === 'string' ? (sql: string) => sql.includes(match) : (sql: string) => match.test(sql);
    this.rules.push({ match: test, reply, calls: 0 });
    return this;
  }

  async execute(sql: string, binds: readonly SnowflakeBind[] = []): Promise<SnowflakeRow[]> {
    this.statements.push({ sql, binds: [...binds] });
    const rule = [...this.rules].reverse().find((r) => r.match(sql));
    if (!rule) return [];
    rule.calls++;
    const reply = typeof rule.reply === 'function' ? rule.reply(sql, binds, rule.calls) : rule.reply;
    if (reply instanceof Error) throw reply;
    return reply;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** The first line of every statement, for order assertions. */
  heads(): string[] {
    return this.statements.map((s) => s.sql.split('\n')[0] ?? '');
  }

  /** Statements that contain `text`. */
  find(text: string): { sql: string; binds: SnowflakeBind[] }[] {
    return this.statements.filter((s) => s.sql.includes(text));
  }
}

/**
 * A stand-in for a Snowflake connection: it records every statement with its binds and answers from rules
 * the test registers (the last matching rule wins; anything unmatched returns no rows). Used to test the
 * Snowflake engine's control flow without an account. Also the fixtures of the engine's tests: a warehouse
 * on a stand-in, a staged file, a column registry.
 */
import { expect } from 'vitest';
import { loadConfigOrThrow } from '../src/config/config.ts';
import { loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import type { LocalCopy, StagedFile } from '../src/stage/stage.ts';
import type {
  SnowflakeBind,
  SnowflakeRow,
  SnowflakeSession,
} from '../src/warehouse/snowflake/snowflake-connection.ts';
import { SnowflakeWarehouse } from '../src/warehouse/snowflake/snowflake-warehouse.ts';

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

/** The default lead schema. */
export const schema = loadLeadSchemaOrThrow();
/** The Snowflake settings of an empty configuration. */
export const settings = loadConfigOrThrow({ env: {}, cwd: '/tmp' }).snowflake;

/** A SnowflakeWarehouse on a stand-in session, retrying fast. */
export function warehouse(
  session: StandInSession,
  overrides: Partial<typeof settings> = {},
): SnowflakeWarehouse {
  return new SnowflakeWarehouse(session, {
    settings: { ...settings, ...overrides },
    suspendAfterFailures: 3,
    retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
}

/** A staged file of three accepted rows (override any field). */
export function staged(overrides: Partial<StagedFile> = {}): StagedFile {
  return {
    name: 'leads.csv',
    checksum: 'c'.repeat(64),
    size: 120,
    sourceChecksum: 's'.repeat(64),
    sourceSize: 100,
    sourceFormat: 'csv',
    compressed: false,
    stagedAt: '2026-01-01T00:00:00.000Z',
    rowsParsed: 3,
    rowsAccepted: 3,
    rowsRejected: 0,
    columns: ['prospect_id'],
    inferred: {},
    missingRequired: [],
    ...overrides,
  };
}

/** The local copy of a staged file. */
export const copy: LocalCopy = {
  dataPath: '/data/stage/data/leads.csv.ndjson',
  rejectsPath: '/data/stage/rejects/leads.csv.ndjson',
  release: async () => {},
};
/** COPY options: no force, ON_ERROR = CONTINUE. */
export const options = { force: false, onError: 'CONTINUE' as const, stageLocation: 'file:///data/stage' };
/** A column registry with two declared columns and one inferred. */
export const registry = [
  { COLUMN_NAME: 'prospect_id', TYPE: 'string', DECLARED: true },
  { COLUMN_NAME: 'total_visits', TYPE: 'integer', DECLARED: true },
  { COLUMN_NAME: 'utm_campaign', TYPE: 'integer', DECLARED: false },
];

/** Asserts that each line starts with its prefix (statements are long; their heads tell them apart). */
export function expectHeads(actual: readonly string[], prefixes: readonly string[]): void {
  expect(actual.map((a, i) => a.slice(0, prefixes[i]?.length ?? a.length))).toEqual(prefixes);
}

/** A stand-in that has a registry and answers a COPY of `loaded` rows. */
export function loadingSession(loaded = 3): StandInSession {
  return new StandInSession().on('FROM "LEADPIPE_COLUMNS"', registry).on('COPY INTO "LEADS_RAW"', [
    {
      file: 'loads/x/data/leads.csv.ndjson.gz',
      status: 'LOADED',
      rows_parsed: loaded,
      rows_loaded: loaded,
      errors_seen: 0,
    },
  ]);
}

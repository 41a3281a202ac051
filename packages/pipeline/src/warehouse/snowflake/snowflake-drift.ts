/**
 * Drift between the configuration and the Snowflake objects that already exist. The plan creates the
 * storage integration, the S3 stage, the pipes and the file formats with `IF NOT EXISTS`, so a changed
 * `S3_BUCKET`, `S3_PREFIX` or role ARN would silently keep the old values; this module reads the current
 * objects (DESC / SHOW rows), says what differs, and gives the statements that bring each object in line
 * (ALTER where Snowflake allows it, CREATE OR REPLACE for a pipe, with what that costs). Pure functions
 * over rows: the reads are run by the engine.
 */
import { toJsonText } from '../rows.ts';
import type { SnowflakeRow } from './snowflake-connection.ts';
import { SF, configuredName, sqlString } from './snowflake-ddl.ts';
import { quoteIdent } from '../sql-ident.ts';

const q = quoteIdent;

/** What the objects should be, from the plan's options. */
export interface DriftTarget {
  /** The storage integration and S3 stage (only when the plan has them). */
  s3?: { integration: string; roleArn: string; stageUrl: string } | undefined;
  /** The pipes' DDL as planned (`CREATE PIPE IF NOT EXISTS <name> ... AS <copy>`), when planned. */
  pipes?: readonly string[] | undefined;
  /** The file formats' DDL as planned (`CREATE FILE FORMAT IF NOT EXISTS <name> TYPE = ...`). */
  fileFormats: readonly string[];
}

/** One read of the current state: the object, and the statement that describes it. */
export interface DriftRead {
  object: string;
  sql: string;
}

/** The rows each read returned; `null`: the object does not exist (it will be created, no drift). */
export type DriftObserved = ReadonlyMap<string, readonly SnowflakeRow[] | null>;

/** One difference and how `apply` removes it. */
export interface DriftItem {
  object: string;
  setting: string;
  current: string;
  wanted: string;
  /** Statements `apply` runs, in order, after the plan. */
  fix: string[];
  /** What the fix does besides the change itself (a recreated pipe's load history). */
  note?: string;
}

/**
 * What a recreated pipe costs, and why leadpipe still loads each file once: the note `plan` prints and
 * `apply` repeats.
 */
export const PIPE_RECREATE_NOTE =
  'CREATE OR REPLACE PIPE starts a new pipe with an empty load history (Snowpipe keeps which files a pipe loaded for 14 days, per pipe): ' +
  'files still in the stage could load again if an event arrives for them or someone runs ALTER PIPE ... REFRESH, so do not refresh it. ' +
  "What still holds: COPY's own load metadata on LEADS_RAW (64 days, FORCE = FALSE) skips files the table already loaded from the same stage path; " +
  'leadpipe never hands over a file its LOAD_HISTORY has (name + checksum); and a row loaded twice reaches the merge with an unchanged hash, so LEADS_FINAL does not change. ' +
  'The new pipe has the same SQS queue (notification_channel) for the account; check it in `snowflake status`.';

const norm = (s: string): string => s.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();

/** `CREATE PIPE IF NOT EXISTS "X" ... AS <copy>` split into the name and its COPY definition. */
function splitPipe(ddl: string): { name: string; definition: string } {
  const name = /^CREATE PIPE IF NOT EXISTS "([^"]+)"/.exec(ddl)?.[1] ?? '';
  const at = ddl.indexOf('\nAS\n');
  return { name, definition: at >= 0 ? ddl.slice(at + 4) : '' };
}

/** `CREATE FILE FORMAT IF NOT EXISTS "X" TYPE = JSON COMPRESSION = NONE ...` as name and options. */
function splitFormat(ddl: string): { name: string; options: Map<string, string> } {
  const name = /^CREATE FILE FORMAT IF NOT EXISTS "([^"]+)"/.exec(ddl)?.[1] ?? '';
  const options = new Map<string, string>();
  for (const m of ddl.matchAll(/([A-Z_]+) = ([A-Z0-9_]+)/g)) options.set(m[1] ?? '', m[2] ?? '');
  return { name, options };
}

/** The statements that describe the current objects of `target`, in order. */
export function driftReads(target: DriftTarget): DriftRead[] {
  const reads: DriftRead[] = target.fileFormats.map((ddl) => {
    const { name } = splitFormat(ddl);
    return { object: name, sql: `DESC FILE FORMAT ${q(name)}` };
  });
  if (target.s3) {
    reads.push(
      {
        object: target.s3.integration,
        sql: `DESC STORAGE INTEGRATION ${configuredName(target.s3.integration)}`,
      },
      { object: SF.s3Stage, sql: `DESC STAGE ${q(SF.s3Stage)}` },
    );
  }
  for (const ddl of target.pipes ?? []) {
    const { name } = splitPipe(ddl);
    reads.push({ object: name, sql: `SHOW PIPES LIKE ${sqlString(name)}` });
  }
  return reads;
}

/** A DESC row's value for `property` (and `parent` when given), as text. */
function prop(rows: readonly SnowflakeRow[], property: string, parent?: string): string | undefined {
  const row = rows.find(
    (r) =>
      toJsonText(r.property).toUpperCase() === property &&
      (parent === undefined || toJsonText(r.parent_property).toUpperCase() === parent),
  );
  return row === undefined ? undefined : toJsonText(row.property_value);
}

/** A DESC list value (`["s3://a/","s3://b/"]` or `s3://a/,s3://b/`) as its items. */
function listValue(v: string): string[] {
  const t = v.trim();
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON: a comma-separated list.
    }
  }
  return t
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((s) => s.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
}

/**
 * What differs between `target` and the objects described by `observed` (keyed by {@link DriftRead}
 * `sql`). A missing object or a property the rows do not show is no drift: the plan creates the one and
 * nothing can be said of the other.
 */
export function detectDrift(target: DriftTarget, observed: DriftObserved): DriftItem[] {
  const items: DriftItem[] = [];
  const reads = driftReads(target);
  const rowsOf = (object: string): readonly SnowflakeRow[] | null =>
    observed.get(reads.find((r) => r.object === object)?.sql ?? '') ?? null;

  for (const ddl of target.fileFormats) {
    const { name, options } = splitFormat(ddl);
    const rows = rowsOf(name);
    if (!rows) continue;
    const type = prop(rows, 'TYPE');
    const wantedType = options.get('TYPE') ?? 'JSON';
    if (type !== undefined && type.toUpperCase() !== wantedType) {
      items.push({
        object: name,
        setting: 'TYPE',
        current: type,
        wanted: wantedType,
        fix: [ddl.replace('CREATE FILE FORMAT IF NOT EXISTS', 'CREATE OR REPLACE FILE FORMAT')],
        note: 'a file format cannot change its TYPE in place: it is recreated under the same name (stages and pipes name it, so they use the new one)',
      });
      continue;
    }
    const changes: string[] = [];
    for (const [option, wanted] of options) {
      if (option === 'TYPE') continue;
      const current = prop(rows, option);
      if (current === undefined || current.toUpperCase() === wanted) continue;
      items.push({ object: name, setting: option, current, wanted, fix: [] });
      changes.push(`${option} = ${wanted}`);
    }
    const last = items[items.length - 1];
    if (changes.length && last) last.fix = [`ALTER FILE FORMAT ${q(name)} SET ${changes.join(' ')}`];
  }

  if (target.s3) {
    const { integration, roleArn, stageUrl } = target.s3;
    const desc = rowsOf(integration);
    if (desc) {
      const role = prop(desc, 'STORAGE_AWS_ROLE_ARN');
      if (role !== undefined && role !== roleArn) {
        items.push({
          object: integration,
          setting: 'STORAGE_AWS_ROLE_ARN',
          current: role,
          wanted: roleArn,
          fix: [
            `ALTER STORAGE INTEGRATION ${configuredName(integration)} SET STORAGE_AWS_ROLE_ARN = ${sqlString(roleArn)}`,
          ],
          note: 'the integration is altered, not recreated (recreating changes its external id); the new role needs the trust and permissions policies of the AWS steps',
        });
      }
      const allowed = prop(desc, 'STORAGE_ALLOWED_LOCATIONS');
      if (allowed !== undefined && !listValue(allowed).includes(stageUrl)) {
        items.push({
          object: integration,
          setting: 'STORAGE_ALLOWED_LOCATIONS',
          current: allowed,
          wanted: stageUrl,
          fix: [
            `ALTER STORAGE INTEGRATION ${configuredName(integration)} SET STORAGE_ALLOWED_LOCATIONS = (${sqlString(stageUrl)})`,
          ],
        });
      }
    }
    const stage = rowsOf(SF.s3Stage);
    if (stage) {
      const url = prop(stage, 'URL', 'STAGE_LOCATION');
      const current = url === undefined ? undefined : listValue(url)[0];
      const stageIntegration = prop(stage, 'STORAGE_INTEGRATION');
      const wantedIntegration = integration.toUpperCase();
      const urlDrift = current !== undefined && current !== stageUrl;
      const integrationDrift =
        stageIntegration !== undefined && stageIntegration.toUpperCase() !== wantedIntegration;
      if (urlDrift || integrationDrift) {
        const fix = [
          `ALTER STAGE ${q(SF.s3Stage)} SET URL = ${sqlString(stageUrl)} STORAGE_INTEGRATION = ${configuredName(integration)}`,
        ];
        if (urlDrift)
          items.push({
            object: SF.s3Stage,
            setting: 'URL',
            current: current ?? '',
            wanted: stageUrl,
            fix,
            note: 'the pipes read the stage by name and follow it; the new location needs the bucket notification and IAM permissions of the AWS steps',
          });
        if (integrationDrift)
          items.push({
            object: SF.s3Stage,
            setting: 'STORAGE_INTEGRATION',
            current: stageIntegration ?? '',
            wanted: wantedIntegration,
            fix: urlDrift ? [] : fix,
          });
      }
    }
  }

  for (const ddl of target.pipes ?? []) {
    const { name, definition } = splitPipe(ddl);
    const rows = rowsOf(name);
    const row = rows?.find((r) => toJsonText(r.name).toUpperCase() === name.toUpperCase()) ?? rows?.[0];
    if (!row || row.definition === undefined || row.definition === null) continue;
    const current = toJsonText(row.definition);
    if (norm(current) === norm(definition)) continue;
    items.push({
      object: name,
      setting: 'definition',
      current: norm(current),
      wanted: norm(definition),
      fix: [
        `ALTER PIPE ${q(name)} SET PIPE_EXECUTION_PAUSED = TRUE`,
        ddl.replace('CREATE PIPE IF NOT EXISTS', 'CREATE OR REPLACE PIPE'),
      ],
      note: PIPE_RECREATE_NOTE,
    });
  }
  return items;
}

/** Every fix statement, in order, without repeats (one ALTER may fix two settings). */
export function driftFixes(items: readonly DriftItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.fix))];
}

/** The drift as SQL comments and the statements `apply` will run, for `snowflake plan`. */
export function driftScript(items: readonly DriftItem[]): string {
  if (!items.length) return '-- drift: none (every existing object matches the configuration)\n';
  const out = [
    `-- drift: ${items.length} setting(s) differ from the configuration; apply runs the statements below`,
  ];
  for (const i of items) {
    out.push(`-- ${i.object} ${i.setting}: now ${i.current}; configured ${i.wanted}`);
    if (i.note) out.push(`--   note: ${i.note}`);
  }
  out.push('', ...driftFixes(items).map((s) => s + ';'), '');
  return out.join('\n');
}

/** Snowflake's "does not exist or not authorized" (SQL compilation error 002003). */
function isMissingObject(err: unknown): boolean {
  const e = err as { code?: unknown; details?: { snowflakeCode?: unknown } };
  return String(e.code) === '002003' || String(e.details?.snowflakeCode) === '002003';
}

/**
 * Runs {@link driftReads} with `exec` and returns {@link detectDrift}'s items. An object that does not exist
 * (error 002003, or no SHOW row) is not drift: the plan creates it.
 */
export async function readDrift(
  target: DriftTarget,
  exec: (sql: string) => Promise<SnowflakeRow[]>,
): Promise<DriftItem[]> {
  const observed = new Map<string, SnowflakeRow[] | null>();
  for (const read of driftReads(target)) {
    try {
      const rows = await exec(read.sql);
      observed.set(read.sql, rows.length ? rows : null);
    } catch (err) {
      if (!isMissingObject(err)) throw err;
      observed.set(read.sql, null);
    }
  }
  return detectDrift(target, observed);
}

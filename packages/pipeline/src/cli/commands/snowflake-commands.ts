/**
 * `snowflake plan`, `snowflake apply`, `snowflake status`: the Snowflake objects as SQL, created, and
 * Snowflake's own view of the pipeline.
 */
import type { Config } from '../../config/config.ts';
import { TerminalError } from '../../errors.ts';
import type { LeadSchema } from '../../formats/lead-schema.ts';
import { loadLeadSchemaOrThrow } from '../../formats/lead-schema.ts';
import { activateModel, activeModel, leadFunctionOptions, readModelOrThrow } from '../../pipeline/score.ts';
import { compileScoringSql } from '../../scoring/scoring-sql.ts';
import {
  SNOWFLAKE_REQUIRED,
  hasSnowflakeCredentials,
} from '../../warehouse/snowflake/snowflake-connection-options.ts';
import type { DriftItem } from '../../warehouse/snowflake/snowflake-drift.ts';
import { driftScript, readDrift } from '../../warehouse/snowflake/snowflake-drift.ts';
import type { PlanOptions } from '../../warehouse/snowflake/snowflake-plan.ts';
import {
  bucketNotification,
  driftTarget,
  iamPermissionsPolicy,
  iamTrustPolicy,
  planScript,
  s3StageUrl,
  snowflakePlan,
} from '../../warehouse/snowflake/snowflake-plan.ts';
import type { FinalColumn } from '../../warehouse/snowflake/snowflake-ddl.ts';
import { SF, configuredName } from '../../warehouse/snowflake/snowflake-ddl.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, table, withLeadpipe } from '../shared.ts';

/** Columns of LEADS_FINAL before any load: the declared ones, the key first if it is not declared. */
function declaredColumns(schema: LeadSchema, key: string): FinalColumn[] {
  const columns = schema.columns.map((c) => ({ name: c.name, type: c.type, declared: true }));
  if (!columns.some((c) => c.name === key)) columns.unshift({ name: key, type: 'string', declared: false });
  return columns;
}

/** What is missing for the S3 side, in words (empty when nothing is). */
function s3Gaps(config: Config): string[] {
  const gaps: string[] = [];
  if (!config.s3.bucket) gaps.push('S3_BUCKET (and S3_PREFIX) for the external stage on the S3 stage');
  if (!config.snowflake.storageAwsRoleArn)
    gaps.push('SNOWFLAKE_STORAGE_AWS_ROLE_ARN for the storage integration');
  return gaps;
}

/** Setup notes printed after the SQL: what to do in AWS, with placeholders where Snowflake gives values. */
function setupNotes(
  config: Config,
  values: { iamUserArn?: string; externalId?: string; queueArn?: string },
): string {
  const lines: string[] = [];
  const bucket = config.s3.bucket;
  const gaps = s3Gaps(config);
  if (gaps.length) {
    lines.push(
      `-- Not planned: the storage integration, the S3 stage and the pipes. Set ${gaps.join('; ')}.`,
    );
    if (config.snowflake.autoIngest) lines.push('-- SNOWFLAKE_AUTO_INGEST=true needs them.');
    return lines.join('\n');
  }
  if (!bucket) return '';
  const integration = configuredName(config.snowflake.storageIntegration);
  lines.push(
    `-- AWS step 1: let the role ${config.snowflake.storageAwsRoleArn} read the S3 stage (its permissions policy):`,
    ...JSON.stringify(iamPermissionsPolicy(bucket, config.s3.prefix), null, 2)
      .split('\n')
      .map((l) => `--   ${l}`),
    `-- AWS step 2: let Snowflake assume the role (its trust policy). ${values.iamUserArn ? 'Values from DESC STORAGE INTEGRATION:' : `After apply, DESC STORAGE INTEGRATION ${integration} gives STORAGE_AWS_IAM_USER_ARN and STORAGE_AWS_EXTERNAL_ID:`}`,
    ...JSON.stringify(
      iamTrustPolicy(
        values.iamUserArn ?? '<STORAGE_AWS_IAM_USER_ARN>',
        values.externalId ?? '<STORAGE_AWS_EXTERNAL_ID>',
      ),
      null,
      2,
    )
      .split('\n')
      .map((l) => `--   ${l}`),
  );
  if (config.snowflake.autoIngest) {
    const queue = values.queueArn ?? '<notification_channel of SHOW PIPES LIKE ' + `'${SF.pipe}'>`;
    lines.push(
      `-- AWS step 3: send the S3 stage's new files to Snowpipe's queue ${queue} (bucket ${bucket}, event notification;`,
      `--   merge it with the bucket's other notifications: put-bucket-notification-configuration replaces them all):`,
      ...JSON.stringify(bucketNotification(bucket, config.s3.prefix, queue), null, 2)
        .split('\n')
        .map((l) => `--   ${l}`),
    );
  }
  return lines.join('\n');
}

function planOptionsFromConfig(config: Config, model: string): PlanOptions {
  const schema = loadLeadSchemaOrThrow(config.schemaFile);
  const scoring = compileScoringSql(
    readModelOrThrow(model, schema),
    'snowflake',
    config.key,
    leadFunctionOptions(config, schema),
  );
  const s = config.snowflake;
  return {
    key: config.key,
    columns: declaredColumns(schema, config.key),
    warehouse: s.warehouse,
    taskSchedule: s.taskSchedule,
    suspendAfterFailures: config.taskSuspendAfterFailures,
    autoIngest: s.autoIngest,
    s3: config.s3.bucket
      ? {
          bucket: config.s3.bucket,
          prefix: config.s3.prefix,
          integration: s.storageIntegration,
          roleArn: s.storageAwsRoleArn,
        }
      : undefined,
    scoring,
  };
}

/** The drift of the existing objects from `options` (connects with the configuration's settings). */
async function readDriftFromSnowflake(config: Config, options: PlanOptions): Promise<DriftItem[]> {
  const { connectSnowflake } = await import('../../warehouse/snowflake/snowflake-connection.ts');
  const session = await connectSnowflake(config.snowflake);
  try {
    return await readDrift(driftTarget(options), (sql) => session.execute(sql));
  } finally {
    await session.close();
  }
}

/**
 * The size of the scoring UDFs' text, as a comment line: Snowflake compiles each statement, so its size
 * is what the scoring costs to create and to plan (issue #18 keeps it in sight).
 */
function scoringSize(steps: readonly { part: string; object: string; sql: string }[]): string {
  const scoring = steps.filter((s) => s.part === 'scoring');
  if (scoring.length === 0) return '';
  const total = scoring.reduce((a, s) => a + Buffer.byteLength(s.sql), 0);
  // Each function by name and parameter names: LEADPIPE_SCORE() and LEADPIPE_SCORE(LEAD) are overloads.
  const each = scoring.map((s) => {
    const m = /FUNCTION\s+"?([\w$]+)"?\(([^)]*)\)/.exec(s.sql);
    const params = [...(m?.[2] ?? '').matchAll(/"([^"]+)"/g)].map((p) => p[1]).join(', ');
    return `${m?.[1] ?? s.object}(${params}) ${n(Buffer.byteLength(s.sql))}`;
  });
  return `-- scoring UDFs: ${n(total)} bytes of SQL (${each.join(', ')})\n`;
}

/**
 * `leadpipe snowflake plan`: prints every statement `apply` would run, in order (the columns are the
 * declared ones; the scoring UDFs are compiled from `--model`, the shipped model by default), then, when
 * Snowflake credentials are set and `--offline` is not, the drift of the existing integration, S3 stage,
 * pipes and file formats from the configuration with the statements `apply` runs to remove it (read with
 * DESC / SHOW: nothing is changed), then the AWS steps.
 */
export async function snowflakePlanCommand(
  opts: { json?: boolean; model?: string; offline?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global, { warehouse: 'snowflake' });
  const options = planOptionsFromConfig(config, opts.model ?? 'default');
  const steps = snowflakePlan(options);
  const connect = !opts.offline && hasSnowflakeCredentials(config.snowflake);
  const drift = connect ? await readDriftFromSnowflake(config, options) : undefined;
  if (opts.json) return printJson({ steps, gaps: s3Gaps(config), drift: drift ?? null });
  process.stdout.write(
    `-- leadpipe snowflake plan: ${steps.length} statements` +
      ` (database ${config.snowflake.database ?? '<SNOWFLAKE_DATABASE>'}, schema ${config.snowflake.schema ?? '<SNOWFLAKE_SCHEMA>'})\n` +
      scoringSize(steps) +
      '\n' +
      planScript(steps) +
      '\n' +
      (drift
        ? driftScript(drift)
        : `-- drift: not checked (${opts.offline ? '--offline' : `no credentials: set ${SNOWFLAKE_REQUIRED}`}); apply compares the existing objects first\n`) +
      '\n' +
      setupNotes(config, {}) +
      '\n',
  );
}

/**
 * `leadpipe snowflake apply`: creates or updates every object (the core as `init` does, the active model's
 * scoring UDFs, the integration, S3 stage and pipes when configured, and starts the tasks with
 * AUTO_INGEST), then prints the IAM trust policy and the pipe's SQS queue with Snowflake's values.
 */
export async function snowflakeApplyCommand(
  opts: { json?: boolean; model?: string },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global, { warehouse: 'snowflake' });
  const result = await withLeadpipe(config, async (lp) => {
    const { SnowflakeWarehouse } = await import('../../warehouse/snowflake/snowflake-warehouse.ts');
    const wh = lp.warehouse;
    if (!(wh instanceof SnowflakeWarehouse))
      throw new TerminalError('E_BAD_CONFIG', 'snowflake apply needs LEADPIPE_WAREHOUSE=snowflake');
    const { sql: scoring } = opts.model
      ? { sql: await activateModel(lp, readModelOrThrow(opts.model, lp.schema)) }
      : await activeModel(lp);
    const { statements, ...values } = await wh.applyPlan(scoring);
    return { applied: statements, model: scoring.version, values };
  });
  if (opts.json) return printJson(result);
  const drift = result.values.drift;
  process.stdout.write(
    `applied ${result.applied} statements; scoring UDF ${SF.scoreFunction} compiled from model ${result.model}\n` +
      (drift.length
        ? `changed to match the configuration:\n${drift.map((d) => `  ${d.object} ${d.setting}: ${d.current} -> ${d.wanted}${d.note ? `\n    note: ${d.note}` : ''}`).join('\n')}\n`
        : '') +
      (config.snowflake.autoIngest
        ? `tasks ${SF.mergeTask} and ${SF.scoringTask} started (AUTO_INGEST)\n`
        : `tasks created suspended: leadpipe runs the merge after its loads (SNOWFLAKE_AUTO_INGEST=true starts them)\n`) +
      (config.s3.bucket ? `S3 stage: ${s3StageUrl(config.s3.bucket, config.s3.prefix)}\n` : '') +
      setupNotes(config, result.values) +
      '\n',
  );
}

/**
 * `leadpipe snowflake status`: SYSTEM$PIPE_STATUS of both pipes, the native tasks, COPY_HISTORY of LEADS_RAW
 * and of LOAD_ERRORS (the error pipe's loads) and TASK_HISTORY, in leadpipe's status model.
 */
export async function snowflakeStatusCommand(
  opts: { json?: boolean; hours?: string },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global, { warehouse: 'snowflake' });
  const hours = opts.hours ? Number.parseInt(opts.hours, 10) : 24;
  const { SnowflakeWarehouse } = await import('../../warehouse/snowflake/snowflake-warehouse.ts');
  const wh = await SnowflakeWarehouse.open(config);
  let status;
  try {
    status = await wh.nativeStatus({ hours });
  } finally {
    await wh.close();
  }
  if (opts.json) return printJson(status);
  const p = status.pipe;
  process.stdout.write(
    (p
      ? `pipe ${SF.pipe}: ${p.executionState} (${p.nativeExecutionState}), ${p.pendingFileCount} pending file(s); ` +
        `last ingested ${p.lastIngestedFile ?? '-'} at ${p.lastIngestedTime ?? '-'}` +
        `${p.lastError ? `; last error ${p.lastError}` : ''}${p.notificationChannel ? `; queue ${p.notificationChannel}` : ''}\n`
      : `pipe ${SF.pipe}: not created (SNOWFLAKE_AUTO_INGEST is off or snowflake apply has not run)\n`) +
      `tasks: ${status.tasks.map((t) => `${t.name} ${t.state}${t.schedule ? ` (${t.schedule})` : ''}`).join(', ') || '-'}\n\n` +
      `COPY_HISTORY (last ${hours} h):\n${table(status.copyHistory.map((h) => ({ time: h.lastLoadTime, file: h.fileName, by: h.reason, status: h.status, rows: n(h.rowCount), errors: n(h.errorCount), note: h.firstErrorMessage ?? '' })))}\n\n` +
      (status.errorsPipe
        ? `pipe ${SF.errorsPipe}: ${status.errorsPipe.executionState} (${status.errorsPipe.nativeExecutionState}), ${status.errorsPipe.pendingFileCount} pending file(s)${status.errorsPipe.lastError ? `; last error ${status.errorsPipe.lastError}` : ''}\n`
        : '') +
      `rejected rows, COPY_HISTORY of ${SF.loadErrors} (last ${hours} h):\n${table(status.errorCopyHistory.map((h) => ({ time: h.lastLoadTime, file: h.fileName, by: h.reason, status: h.status, rows: n(h.rowCount), errors: n(h.errorCount), note: h.firstErrorMessage ?? '' })))}\n\n` +
      `TASK_HISTORY (${SF.mergeTask}):\n${table(status.taskRuns.map((t) => ({ time: t.queryStartTime, state: t.state, consumed: n(t.rowsConsumed), inserted: n(t.inserted), updated: n(t.updated), unchanged: n(t.unchanged), error: t.errorMessage ?? '' })))}\n`,
  );
}

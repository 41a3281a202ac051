/**
 * Every Snowflake object leadpipe needs, in the order it creates them: one plan that `leadpipe snowflake
 * plan` prints, `leadpipe snowflake apply` runs, and the engine's `init` runs in part (its core) when it
 * changed. All DDL is idempotent (IF NOT EXISTS, CREATE OR ALTER, or CREATE OR REPLACE for objects without
 * state), so applying the plan twice changes nothing. IF NOT EXISTS keeps an existing object as it is:
 * snowflake-drift.ts reads those objects and gives the ALTER (or, for a pipe, recreate) statements that
 * bring them in line with the configuration.
 */
import { createHash } from 'node:crypto';
import { stageRootPrefix } from '../../stage/s3-client.ts';
import type { ScoringSql } from '../warehouse.ts';
import type { FinalColumn } from './snowflake-ddl.ts';
import type { DriftTarget } from './snowflake-drift.ts';
import {
  SF,
  bookkeepingDdl,
  createFinalTableSql,
  fileFormatDdl,
  internalStageDdl,
  seedSql,
  streamDdl,
} from './snowflake-ddl.ts';
import {
  DROP_OLD_VALIDATE_PROCEDURE_SQL,
  pipesDdl,
  s3ObjectsDdl,
  validateProcedureSql,
} from './snowflake-load-sql.ts';
import { scoringDdl, scoringFunctionsSql } from './snowflake-store-sql.ts';
import { runTaskProcedureSql } from './snowflake-task-procedure-sql.ts';
import {
  ROW_HASH_META_SQL,
  applyScoringProcedureSql,
  doubleTextFunctionSql,
  rehashFinalSql,
  resumeTasksSql,
  tasksDdl,
} from './snowflake-task-sql.ts';

/**
 * Which part of the plan a step belongs to. `core` is what the engine needs to run (created by `init`);
 * `s3` needs ACCOUNTADMIN (or CREATE INTEGRATION) and the IAM role; `pipe` exists with AUTO_INGEST;
 * `scoring` needs a model; `start` resumes the native tasks.
 */
export type PlanPart = 'core' | 's3' | 'pipe' | 'scoring' | 'start';

/** One statement of the plan. */
export interface PlanStep {
  part: PlanPart;
  /** The object it creates or changes. */
  object: string;
  sql: string;
}

/** What the plan depends on. */
export interface PlanOptions {
  key: string;
  /** Columns of LEADS_FINAL: the registry's when connected, else the declared schema's (plus the key). */
  columns: readonly FinalColumn[];
  /** Virtual warehouse of the native tasks (serverless without one). */
  warehouse?: string | undefined;
  taskSchedule: string;
  suspendAfterFailures: number;
  /** Snowpipe loads the S3 stage and the native tasks run on their own. */
  autoIngest: boolean;
  /** The S3 stage; with `roleArn`, the storage integration and external stage are planned. */
  s3?: { bucket: string; prefix: string; integration: string; roleArn?: string | undefined } | undefined;
  /** The active model, compiled for Snowflake: its scoring UDFs are planned. */
  scoring?: ScoringSql | undefined;
}

/** `s3://bucket/<prefix>/_leadpipe/stage/`: the folder of leadpipe's S3 stage. */
export function s3StageUrl(bucket: string, prefix: string): string {
  return `s3://${bucket}/${stageRootPrefix(prefix)}`;
}

/** The ordered plan. */
export function snowflakePlan(o: PlanOptions): PlanStep[] {
  const steps: PlanStep[] = [];
  const add = (part: PlanPart, object: string, sqls: readonly string[]): void => {
    for (const sql of sqls) steps.push({ part, object, sql });
  };
  const withS3Stage = Boolean(o.s3?.roleArn);
  add('core', 'file formats', fileFormatDdl());
  add('core', SF.stage, [internalStageDdl()]);
  add('core', 'bookkeeping tables', bookkeepingDdl());
  add('core', SF.final, [createFinalTableSql(o.columns, o.key)]);
  add('core', 'scoring tables', scoringDdl());
  add('core', SF.stream, [streamDdl()]);
  add('core', 'seed rows', seedSql());
  add('core', SF.doubleTextFunction, [doubleTextFunctionSql()]);
  add('core', `${SF.final} row hashes`, [rehashFinalSql(o.columns), ROW_HASH_META_SQL]);
  add('core', SF.runTaskProcedure, [runTaskProcedureSql(o.columns, o.key)]);
  add('core', SF.applyScoringProcedure, [applyScoringProcedureSql(o.key)]);
  add('core', SF.validateProcedure, [
    DROP_OLD_VALIDATE_PROCEDURE_SQL,
    validateProcedureSql(o.columns, o.key, withS3Stage),
  ]);
  add(
    'core',
    'tasks',
    tasksDdl({
      warehouse: o.warehouse,
      schedule: o.taskSchedule,
      suspendAfterFailures: o.suspendAfterFailures,
    }),
  );
  if (o.s3?.roleArn) {
    add(
      's3',
      'storage integration and S3 stage',
      s3ObjectsDdl({
        integration: o.s3.integration,
        roleArn: o.s3.roleArn,
        stageUrl: s3StageUrl(o.s3.bucket, o.s3.prefix),
      }),
    );
    if (o.autoIngest) add('pipe', 'pipes', pipesDdl());
  }
  if (o.scoring) add('scoring', SF.scoreFunction, scoringFunctionsSql(o.scoring, o.key));
  if (o.autoIngest) add('start', 'tasks', resumeTasksSql());
  return steps;
}

/**
 * What the drift check compares the existing objects with: the file formats, and with an S3 stage the
 * integration, the stage's URL and (with AUTO_INGEST) the pipes, as {@link snowflakePlan} plans them.
 */
export function driftTarget(o: PlanOptions): DriftTarget {
  const s3 = o.s3?.roleArn
    ? { integration: o.s3.integration, roleArn: o.s3.roleArn, stageUrl: s3StageUrl(o.s3.bucket, o.s3.prefix) }
    : undefined;
  return { fileFormats: fileFormatDdl(), s3, pipes: s3 && o.autoIngest ? pipesDdl() : undefined };
}

/** A short hash of the core steps: `init` reruns them only when it differs from the stored one. */
export function coreHash(steps: readonly PlanStep[]): string {
  const hash = createHash('sha256');
  for (const s of steps) if (s.part === 'core' || s.part === 'start') hash.update(s.sql + '\n;\n');
  return hash.digest('hex').slice(0, 16);
}

/** The plan as one SQL script, each part under a comment. */
export function planScript(steps: readonly PlanStep[]): string {
  const out: string[] = [];
  let last: string | undefined;
  for (const s of steps) {
    const header = `${s.part}: ${s.object}`;
    if (header !== last) out.push(`-- ${header}`);
    last = header;
    out.push(s.sql + ';', '');
  }
  return out.join('\n');
}

/**
 * The IAM role's trust policy: Snowflake's IAM user may assume the role with the integration's external
 * id (both from `DESC STORAGE INTEGRATION`).
 */
export function iamTrustPolicy(iamUserArn: string, externalId: string): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: iamUserArn },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
}

/** The IAM role's permissions: read the S3 stage's objects and list its folder. */
export function iamPermissionsPolicy(bucket: string, prefix: string): unknown {
  const root = stageRootPrefix(prefix);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: `arn:aws:s3:::${bucket}/${root}*`,
      },
      {
        Effect: 'Allow',
        Action: ['s3:ListBucket', 's3:GetBucketLocation'],
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringLike: { 's3:prefix': [`${root}*`] } },
      },
    ],
  };
}

/** The bucket notification Snowpipe needs: new cleaned files (`.ndjson` under the stage) to the pipe's queue. */
export function bucketNotification(bucket: string, prefix: string, queueArn: string): unknown {
  const root = stageRootPrefix(prefix);
  return {
    QueueConfigurations: [
      {
        Id: 'leadpipe-snowpipe',
        QueueArn: queueArn,
        Events: ['s3:ObjectCreated:*'],
        Filter: {
          Key: {
            FilterRules: [
              { Name: 'prefix', Value: root },
              { Name: 'suffix', Value: '.ndjson' },
            ],
          },
        },
      },
    ],
  };
}

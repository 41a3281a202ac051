/**
 * The whole SQL each engine produces, compared byte for byte with files under `test/sql-golden/`: the full
 * `leadpipe snowflake plan` text (three configurations), every statement the DuckDB engine sends to DuckDB
 * during a scripted session (init, CSV and JSON loads, a re-load with changes and a new column, the task,
 * scoring with the default model and with rules, an override, the history reads, API reads), and every
 * statement the Snowflake engine sends through a recording stand-in connection (no account here).
 *
 * These files were written before the house redesign (issue 15) and pin its promise: moving code changes
 * no SQL. A deliberate SQL change regenerates them with `vitest -u` and shows up as a diff in review.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { loadLeadSchemaOrThrow } from '../src/formats/lead-schema.ts';
import { openLeadpipe } from '../src/pipeline/context.ts';
import { runPipeline } from '../src/pipeline/run.ts';
import { activateModel, applyScoring, overrideScore, readModelOrThrow } from '../src/pipeline/score.ts';
import { compileScoringSql } from '../src/scoring/scoring-sql.ts';
import { runCli, tempDir, testConfig } from './helpers.ts';
import { StandInSession, copy, options, registry, staged, warehouse } from './snowflake-stand-in.ts';

const GOLDEN = path.join(import.meta.dirname, 'sql-golden');

/** Replaces what differs between runs (ids, temporary paths, clock) with stable placeholders. */
function stable(text: string, dirs: readonly string[] = []): string {
  let out = text;
  for (const d of dirs) out = out.split(d).join('<HOME>');
  return out
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<UUID>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<TIME>');
}

describe('the SQL each engine produces is unchanged', () => {
  it('snowflake plan prints the same text (default model, rules, S3 with auto-ingest)', async () => {
    const env = {
      S3_BUCKET: 'acme-leads',
      S3_PREFIX: 'incoming/',
      SNOWFLAKE_STORAGE_AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/leadpipe-snowflake',
      SNOWFLAKE_AUTO_INGEST: 'true',
    };
    const runs = await Promise.all([
      runCli(['snowflake', 'plan']),
      runCli(['snowflake', 'plan', '--model', 'rules']),
      runCli(['snowflake', 'plan', '--model', 'rules'], { env }),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    await expect(runs[0]?.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'snowflake-plan-default.sql'));
    await expect(runs[1]?.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'snowflake-plan-rules.sql'));
    await expect(runs[2]?.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'snowflake-plan-s3-auto-ingest.sql'));
  });

  describe('DuckDB', () => {
    const seen: string[] = [];
    const original = {
      runAndReadAll: DuckDBConnection.prototype.runAndReadAll,
      extractStatements: DuckDBConnection.prototype.extractStatements,
    };
    beforeAll(() => {
      DuckDBConnection.prototype.runAndReadAll = function (sql, ...rest) {
        seen.push(sql);
        return original.runAndReadAll.call(this, sql, ...rest);
      };
      DuckDBConnection.prototype.extractStatements = function (sql) {
        seen.push(sql);
        return original.extractStatements.call(this, sql);
      };
    });
    afterAll(() => Object.assign(DuckDBConnection.prototype, original));

    it('sends the same statements through a whole session', async () => {
      const { dir, cleanup } = await tempDir('leadpipe-golden-');
      try {
        const header = 'Prospect ID,Lead Origin,Lead Source,Total Visits,Converted,Last Activity';
        const v1 = path.join(dir, 'leads.csv');
        await writeFile(
          v1,
          [
            header,
            'a-1,API,Google,3,1,Email Opened',
            'a-2,Landing Page Submission,Direct Traffic,0,0,Select',
            'a-3,API,Olark Chat,x,0,SMS Sent',
            ',API,Google,1,0,Email Opened',
          ].join('\n') + '\n',
        );
        const v2 = path.join(dir, 'leads.ndjson');
        await writeFile(
          v2,
          [
            {
              'Prospect ID': 'a-1',
              'Lead Source': 'Google',
              'Total Visits': 3,
              Converted: 1,
              'Campaign Code': 7,
            },
            {
              'Prospect ID': 'a-2',
              'Lead Source': 'Reference',
              'Total Visits': 5,
              Converted: 1,
              'Campaign Code': 2.5,
            },
            { 'Prospect ID': 'a-4', 'Lead Source': 'Google', Converted: 0 },
          ]
            .map((r) => JSON.stringify(r))
            .join('\n') + '\n',
        );
        const lp = await openLeadpipe(testConfig(path.join(dir, 'home')));
        const home = path.join(dir, 'home');
        try {
          await runPipeline(lp, [v1]);
          await runPipeline(lp, [v2], { model: 'rules' });
          await runPipeline(lp, [v1], { model: 'default', force: true });
          await activateModel(lp, readModelOrThrow('rules', lp.schema));
          await applyScoring(lp);
          await overrideScore(lp, 'a-2', 95, 'called back');
          await overrideScore(lp, 'a-2', null, '');
          await lp.warehouse.scoreHistory('a-2');
          await lp.warehouse.loadHistory({ limit: 10 });
          await lp.warehouse.loadErrors({ file: 'leads.csv' });
          await lp.warehouse.taskHistory({ limit: 10 });
          await lp.warehouse.streamStatus();
          await lp.warehouse.taskStatus();
          await lp.warehouse.finalColumns();
          const app = await buildApp({ lp, logger: false });
          try {
            for (const url of [
              '/leads?limit=2',
              '/leads?grade=A,B&min_score=10&sort=-total_visits&q=a-&limit=2',
              '/leads?filter.lead_source=Google&converted=true',
              '/schema',
              '/leads/a-1',
              '/lead-count',
              '/stats',
              '/pipeline/status?limit=5',
              '/loads/leads.csv/errors',
              '/model',
              '/healthcheck',
            ]) {
              const res = await app.inject({ method: 'GET', url });
              expect(res.statusCode, url).toBeLessThan(500);
            }
          } finally {
            await app.close();
          }
        } finally {
          await lp.close();
        }
        await expect(stable(seen.join(';\n-- next\n'), [home, dir]) + '\n').toMatchFileSnapshot(
          path.join(GOLDEN, 'duckdb-session.sql'),
        );
      } finally {
        await cleanup();
      }
    });
  });

  it('Snowflake sends the same statements through a stand-in session (no account here)', async () => {
    const schema = loadLeadSchemaOrThrow();
    const session = new StandInSession().on('FROM "LEADPIPE_COLUMNS"', registry).on('COPY INTO "LEADS_RAW"', [
      {
        file: 'loads/x/data/leads.csv.ndjson.gz',
        status: 'LOADED',
        rows_parsed: 3,
        rows_loaded: 3,
        errors_seen: 0,
      },
    ]);
    const file = staged({
      columns: ['prospect_id', 'total_visits', 'utm_campaign'],
      inferred: { utm_campaign: 'integer' },
    });
    const scoring = compileScoringSql(readModelOrThrow('rules', schema), 'snowflake', 'prospect_id');
    session
      .on('WHERE "ACTIVE" AND "VERSION" = ?', [{ VERSION: scoring.version }])
      .on('CALL "LEADPIPE_RUN_TASK"', [
        {
          LEADPIPE_RUN_TASK: {
            state: 'SUCCEEDED',
            inserted: 3,
            updated: 0,
            unchanged: 0,
            scored: 3,
            consumed: 3,
          },
        },
      ]);
    const wh = warehouse(session);
    await wh.init(schema, 'prospect_id');
    await wh.copyInto(file, copy, options);
    await wh.saveModel(scoring, true);
    await wh.runTask({ scoring, suspendAfterFailures: 3 });
    await wh.applyScoring(scoring);
    await wh.loadHistory({ limit: 5 });
    await wh.taskHistory({ limit: 5 });
    await wh.streamStatus();
    await wh.taskStatus();
    const text = session.statements
      .map((s) => `${s.sql}\n-- binds ${JSON.stringify(s.binds)}`)
      .join(';\n-- next\n');
    await expect(stable(text) + '\n').toMatchFileSnapshot(path.join(GOLDEN, 'snowflake-session.sql'));
  });
});

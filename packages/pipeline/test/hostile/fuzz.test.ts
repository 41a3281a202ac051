import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/pipeline/run.ts';
import { runPipeline } from '../../src/pipeline/run.ts';
import { count, openTemp } from '../helpers.ts';
import type { FuzzFile } from './fuzz-files.ts';
import { makeFuzzFile } from './fuzz-files.ts';

/**
 * Fuzzing the pipeline with hostile files (issue 17): `LEADPIPE_FUZZ_COUNT` files (default 1,000) built
 * from `LEADPIPE_FUZZ_SEED` (default fixed, so CI is reproducible) are run through one in-process leadpipe
 * in small batches. After each batch: nothing throws, the task does not fail, each file ends as the
 * generator says (loaded with every good row in leads_final, or refused as a whole with a reason), and the
 * process's memory stays bounded; every {@link CLEAN_EVERY} files and at the end a clean file loads and
 * merges. A failure names the file's seed and the command that replays it.
 */
const BASE_SEED = Number(process.env.LEADPIPE_FUZZ_SEED ?? 20261203) >>> 0;
const COUNT = Number(process.env.LEADPIPE_FUZZ_COUNT ?? 1000);
/** Files per `runPipeline` call: one task run per batch keeps 1,000 files near a minute. */
const BATCH = 25;
const CLEAN_EVERY = 100;
/**
 * RSS bound over the run's starting RSS. Each file is at most ~2 MB of text (a 200,000-character field
 * in a dozen rows) and DuckDB's buffer pool grows with leads_final (a few thousand rows of <=165 columns);
 * a leak of one file's buffers per file would pass this within a few hundred files.
 */
const RSS_GROWTH_LIMIT = 512 * 1024 * 1024;

function replay(seed: number): string {
  return `LEADPIPE_FUZZ_SEED=${seed} LEADPIPE_FUZZ_COUNT=1 npx vitest run packages/pipeline/test/hostile/fuzz.test.ts`;
}

function describeFile(f: FuzzFile): string {
  return `seed ${f.seed} (${f.name}: ${f.traits.join(', ')}); replay: ${replay(f.seed)}`;
}

function source(name: string, bytes: Buffer): { name: string; open: () => AsyncIterable<Buffer> } {
  return {
    name,
    open: () =>
      (async function* () {
        yield bytes;
      })(),
  };
}

describe('fuzz: hostile files never stop the pipeline (issue 17)', () => {
  it(
    `${COUNT} files from seed ${BASE_SEED}: rows settled, good rows merged, memory bounded`,
    async () => {
      console.log(`fuzz: LEADPIPE_FUZZ_SEED=${BASE_SEED} LEADPIPE_FUZZ_COUNT=${COUNT}`);
      const { lp, cleanup } = await openTemp();
      const failures: string[] = [];
      // Printed as found too, so a long local run that is stopped early still tells what it found.
      const note = (failure: string): void => {
        console.error(`fuzz failure: ${failure}`);
        failures.push(failure);
      };
      const started = Date.now();
      const rssStart = process.memoryUsage().rss;
      let rssPeak = rssStart;
      const outcomes = new Map<string, number>();
      let cleanRuns = 0;

      const loadClean = async (tag: string): Promise<void> => {
        const key = `clean-${tag}`;
        cleanRuns++;
        let run: RunSummary;
        try {
          run = await runPipeline(lp, [
            source(`${key}.csv`, Buffer.from(`Prospect ID,City\r\n${key},Pune\r\n`)),
          ]);
        } catch (err) {
          note(`a clean file after ${tag} files threw ${(err as Error).stack ?? String(err)}`);
          return;
        }
        const merged = await count(
          lp,
          `SELECT count(*) FROM leads_final WHERE prospect_id = '${key}' AND score IS NOT NULL`,
        );
        if (
          run.files.length !== 1 ||
          run.files[0]!.status !== 'LOADED' ||
          run.task.state !== 'SUCCEEDED' ||
          merged !== 1
        )
          note(`a clean file after ${tag} files did not load and merge: ${JSON.stringify(run)}`);
      };

      try {
        for (let start = 0; start < COUNT; start += BATCH) {
          const batch = Array.from({ length: Math.min(BATCH, COUNT - start) }, (_, k) =>
            makeFuzzFile((BASE_SEED + start + k) >>> 0),
          );
          let run: RunSummary;
          let current = -1;
          try {
            run = await runPipeline(
              lp,
              batch.map((f) => source(f.name, f.bytes)),
              {
                onFile: (_name, i) => {
                  current = i;
                  return undefined;
                },
              },
            );
          } catch (err) {
            note(
              `runPipeline threw ${(err as Error).stack ?? String(err)}\n  after starting seed ${batch[current]?.seed} (the task runs after the last), in the batch of: ${batch.map(describeFile).join('\n  ')}` +
                `\n  (alone a file may pass: replay the whole run up to it with LEADPIPE_FUZZ_SEED=${BASE_SEED} LEADPIPE_FUZZ_COUNT=${start + batch.length})`,
            );
            // What the issue found: after such a throw every later run fails too; the clean file below shows it.
            break;
          }
          if (!/^(SUCCEEDED|SKIPPED)$/.test(run.task.state)) {
            note(
              `task ${run.task.state}: ${run.task.error ?? run.task.reason}\n  in the batch of: ${batch.map(describeFile).join('\n  ')}`,
            );
          }
          if (run.files.length !== batch.length) {
            note(`${run.files.length} results for ${batch.length} files (seeds from ${batch[0]!.seed})`);
            continue;
          }
          const present = new Set(
            (
              await lp.warehouse.query(
                `SELECT prospect_id FROM leads_final WHERE prospect_id IN (${batch
                  .flatMap((f) => f.goodKeys)
                  .map((k) => `'${k}'`)
                  .join(',')})`,
              )
            ).map((r) => String(r.prospect_id)),
          );
          // Every rejected row is recorded (file, line, reason, raw text): the count a file reports is the count stored.
          const loadIds = run.files.flatMap((r) => (r.loadId ? [`'${r.loadId.replace(/'/g, "''")}'`] : []));
          const recorded = new Map(
            loadIds.length === 0
              ? []
              : (
                  await lp.warehouse.query(
                    `SELECT load_id, count(*) AS n FROM load_errors WHERE load_id IN (${loadIds.join(',')}) GROUP BY 1`,
                  )
                ).map((r) => [String(r.load_id), Number(r.n)]),
          );
          batch.forEach((f, k) => {
            const got = run.files[k]!;
            outcomes.set(got.status, (outcomes.get(got.status) ?? 0) + 1);
            if (f.expect.outcome === 'failed') {
              if (got.status !== 'LOAD_FAILED' || !f.expect.reason.test(got.reason ?? '')) {
                note(
                  `expected LOAD_FAILED matching ${f.expect.reason}, got ${got.status} (${got.reason ?? ''}): ${describeFile(f)}`,
                );
              }
              return;
            }
            if (got.status !== 'LOADED' && got.status !== 'PARTIALLY_LOADED') {
              note(`expected rows, got ${got.status} (${got.reason ?? ''}): ${describeFile(f)}`);
              return;
            }
            if (
              got.rowsLoaded < f.goodKeys.length ||
              (recorded.get(got.loadId ?? '') ?? 0) !== got.errorCount
            ) {
              note(
                `${got.rowsLoaded} rows loaded for ${f.goodKeys.length} good ones, ${got.errorCount} rejected but ` +
                  `${recorded.get(got.loadId ?? '') ?? 0} recorded: ${describeFile(f)}`,
              );
            }
            const missing = f.goodKeys.filter((key) => !present.has(key));
            if (missing.length > 0) {
              note(
                `good rows missing from leads_final: ${missing.join(', ')} (first error: ${JSON.stringify(got.firstError)}): ${describeFile(f)}`,
              );
            }
          });
          rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
          if (rssPeak - rssStart > RSS_GROWTH_LIMIT) {
            note(
              `RSS grew by ${Math.round((rssPeak - rssStart) / 2 ** 20)} MiB after seed ${batch.at(-1)!.seed}`,
            );
            break;
          }
          if ((start + batch.length) % CLEAN_EVERY === 0) {
            await loadClean(String(start + batch.length));
            console.log(
              `fuzz: ${start + batch.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s`,
            );
          }
          if (failures.length >= 20) break;
        }
        await loadClean('end');
      } finally {
        await cleanup();
      }
      console.log(
        `fuzz: ${COUNT} files in ${((Date.now() - started) / 1000).toFixed(1)} s; ${JSON.stringify(Object.fromEntries(outcomes))}; ` +
          `${cleanRuns} clean files; RSS ${Math.round(rssStart / 2 ** 20)} -> peak ${Math.round(rssPeak / 2 ** 20)} MiB`,
      );
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
    Math.max(600_000, COUNT * 1000),
  );
});

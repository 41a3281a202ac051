/**
 * The continuous pipeline of one machine, inside the process that holds the warehouse: `serve` loads what
 * was staged (by `/upload`, by a person dropping files in the stage, or left by a crash), runs the task when
 * the stream has data, and runs it on a schedule (the original design's hourly scoring task). Every piece of
 * work goes through the API's one write queue, so it never interleaves with an upload's load.
 */
import type { FastifyBaseLogger } from 'fastify';
import { LeadpipeError } from '../errors.ts';
import type { Alerter } from '../pipeline/alerts.ts';
import { alertRun } from '../pipeline/alerts.ts';
import { loadFiles, pendingFiles } from '../pipeline/pipe.ts';
import { runTask } from '../pipeline/task.ts';
import type { StagedFile } from '../stage/stage.ts';
import { stageKeyOf } from '../stage/stage.ts';
import type { LoadFileResult, TaskRunResult } from '../warehouse/warehouse.ts';
import type { ApiContext } from './api-context.ts';

// The status is public (`/pipeline/status`): an engine's message may quote SQL or paths, the log keeps it.
function publicError(err: unknown): string {
  const code = err instanceof LeadpipeError ? err.code : 'E_UNEXPECTED';
  return `${code} at ${new Date().toISOString()} (see the server log)`;
}

/** What asked for a refresh: a caller (`POST /pipeline/refresh`), an upload, the stage poll, the schedule. */
export type RefreshTrigger = 'MANUAL' | 'UPLOAD' | 'POLL' | 'SCHEDULED';

/** What one refresh did. */
export interface RefreshResult {
  trigger: RefreshTrigger;
  /** The staged files loaded, oldest first (none when nothing was pending). */
  files: LoadFileResult[];
  /** The task run, or null when there was nothing to merge and the schedule did not ask for a run. */
  task: TaskRunResult | null;
}

/** The driver's state, for `/pipeline/status`. */
export interface DriverStatus {
  running: boolean;
  pollSeconds: number;
  scheduleMinutes: number;
  lastRefresh: { trigger: RefreshTrigger; at: string; files: number; task: string | null } | null;
  nextScheduledRun: string | null;
  lastError: string | null;
}

/** Loads pending files and runs the task, now or in the background. */
export interface PipelineDriver {
  /**
   * Loads every staged file not loaded yet, then runs the task when anything is waiting in the stream (or
   * always, for `SCHEDULED`), in the write queue; sends the alerts failures call for.
   */
  refresh(trigger?: RefreshTrigger): Promise<RefreshResult>;
  /** Sends the alerts a run done elsewhere (`/upload-and-load`) calls for. */
  report(run: { files: readonly LoadFileResult[]; task: TaskRunResult | null }): Promise<void>;
  /**
   * Asks for a refresh soon (after an upload) when started; several nudges close together make one refresh.
   */
  nudge(): void;
  /** Tells the API that the warehouse changed behind its back (auto-ingest in the same process): caches drop. */
  changed(): Promise<void>;
  /** Starts the stage poll and the schedule (a server does; a Lambda handler does not). */
  start(): void;
  /** Stops the timers and waits for a refresh in progress. */
  stop(): Promise<void>;
  status(): DriverStatus;
}

/** Options of {@link createPipelineDriver}. */
export interface DriverOptions {
  log: FastifyBaseLogger;
  alerter: Alerter;
  /** How often the stage is checked for pending files, in seconds; 0 = never (uploads still nudge). */
  pollSeconds: number;
  /** Scheduled task runs, every N minutes; 0 = none. Ignored by engines that run their task natively. */
  scheduleMinutes: number;
  /** Delay between an upload and its refresh, so a burst of uploads loads together (default 200 ms). */
  nudgeDelayMs?: number;
}

/**
 * Creates the driver of one API instance. Nothing runs until {@link PipelineDriver.start} (timers) or a
 * call.
 *
 * @example
 * const driver = createPipelineDriver(ctx, { log: app.log, alerter, pollSeconds: 5, scheduleMinutes: 60 });
 * driver.start();                       // serve: background loads and the hourly run
 * await driver.refresh('MANUAL');       // POST /pipeline/refresh
 */
export function createPipelineDriver(ctx: ApiContext, options: DriverOptions): PipelineDriver {
  const { lp } = ctx;
  const { log, alerter } = options;
  const native = lp.warehouse.capabilities.nativeChangeCapture;
  const scheduleMinutes = native ? 0 : options.scheduleMinutes;
  const timers: NodeJS.Timeout[] = [];
  let nudgeTimer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> = Promise.resolve();
  let running = false;
  let lastRefresh: DriverStatus['lastRefresh'] = null;
  let lastError: string | null = null;
  let nextScheduled: number | null = null;
  /** Staged files (key and checksum) known not to be pending. */
  const settled = new Set<string>();
  const identity = (f: StagedFile): string => `${stageKeyOf(f)}\u0000${f.checksum}`;

  const refresh = (trigger: RefreshTrigger = 'MANUAL'): Promise<RefreshResult> => {
    const work = ctx.write(async () => {
      const listed = await lp.stage.list();
      const files = await loadFiles(lp, await pendingFiles(lp, listed));
      // Every file listed now is settled (loaded, skipped, failed or quarantined): the poll skips it.
      for (const f of listed) settled.add(identity(f));
      const scheduled = trigger === 'SCHEDULED';
      const waiting = files.length > 0 || (await lp.warehouse.streamStatus()).pendingRows > 0;
      const task = scheduled || waiting ? await runTask(lp, scheduled ? { trigger: 'SCHEDULED' } : {}) : null;
      await alertRun(alerter, { files, task }, { stageLocation: lp.stage.location });
      return { trigger, files, task };
    });
    const tracked = work.then(
      (r) => {
        lastRefresh = {
          trigger,
          at: new Date().toISOString(),
          files: r.files.length,
          task: r.task?.state ?? null,
        };
        lastError = null;
        if (r.files.length > 0 || r.task)
          log.info(
            {
              trigger,
              files: r.files.map((f) => ({ file: f.file, status: f.status, rows: f.rowsLoaded })),
              task: r.task?.state ?? null,
            },
            'pipeline refreshed',
          );
      },
      (err: unknown) => {
        lastError = publicError(err);
        log.error({ err, trigger }, 'pipeline refresh failed');
      },
    );
    inFlight = Promise.all([inFlight, tracked]);
    return work;
  };

  // Background work never throws: a failure is logged (and alerted by refresh) and the next tick tries again.
  const background = (trigger: RefreshTrigger): void => {
    refresh(trigger).catch(() => undefined);
  };

  const poll = async (): Promise<void> => {
    if (ctx.writing()) return;
    try {
      // Only files not seen settled are checked: the stage keeps loaded files, and asking the load
      // history about each of them every few seconds would grow with the home.
      const unseen = (await lp.stage.list()).filter((f) => !settled.has(identity(f)));
      const pending = unseen.length > 0 ? (await pendingFiles(lp, unseen)).length : 0;
      if (pending > 0 || (await lp.warehouse.streamStatus()).pendingRows > 0) background('POLL');
      else for (const f of unseen) settled.add(identity(f));
    } catch (err) {
      lastError = publicError(err);
      log.warn({ err }, 'pipeline poll failed; retrying at the next tick');
    }
  };

  return {
    refresh,
    changed: () => ctx.write(async () => undefined),
    async report(run) {
      await alertRun(alerter, run, { stageLocation: lp.stage.location });
    },
    nudge() {
      // Not started (Lambda, tests): the file waits for POST /pipeline/refresh or /upload-and-load.
      if (!running || nudgeTimer) return;
      nudgeTimer = setTimeout(() => {
        nudgeTimer = undefined;
        background('UPLOAD');
      }, options.nudgeDelayMs ?? 200);
      nudgeTimer.unref();
    },
    start() {
      if (running) return;
      running = true;
      if (options.pollSeconds > 0) {
        const t = setInterval(() => void poll(), options.pollSeconds * 1000);
        t.unref();
        timers.push(t);
      }
      if (scheduleMinutes > 0) {
        const everyMs = scheduleMinutes * 60_000;
        nextScheduled = Date.now() + everyMs;
        const t = setInterval(() => {
          nextScheduled = Date.now() + everyMs;
          background('SCHEDULED');
        }, everyMs);
        t.unref();
        timers.push(t);
      }
    },
    async stop() {
      running = false;
      nextScheduled = null;
      for (const t of timers.splice(0)) clearInterval(t);
      if (nudgeTimer) clearTimeout(nudgeTimer);
      nudgeTimer = undefined;
      await inFlight;
    },
    status: () => ({
      running,
      pollSeconds: options.pollSeconds,
      scheduleMinutes,
      lastRefresh,
      nextScheduledRun: nextScheduled === null ? null : new Date(nextScheduled).toISOString(),
      lastError,
    }),
  };
}

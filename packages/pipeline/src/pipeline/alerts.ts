/**
 * Monitoring alerts: when a file fails to load or the task fails or suspends, POST a JSON notification to
 * the configured webhook (`LEADPIPE_ALERT_WEBHOOK_URL`) and log it. The payload follows Snowflake's error
 * notifications (`INGEST_FAILED_FILE` for Snowpipe, `USER_TASK_FAILED` for tasks) in flat form.
 */
import { randomUUID } from 'node:crypto';
import { TerminalError, TransientError, errorMessage } from '../errors.ts';
import { withRetry, type RetryOptions } from '../retry.ts';
import type { LoadFileResult, TaskRunResult } from '../warehouse/warehouse.ts';

/** Name of the pipe auto-ingest feeds (the COPY INTO leads_raw), as alerts and logs call it. */
export const PIPE_NAME = 'leads_raw_pipe';

/** Alert kinds: a file that could not be loaded; a failed task run; a task suspended after repeated failures. */
export type AlertKind = 'INGEST_FAILED_FILE' | 'TASK_FAILED' | 'TASK_SUSPENDED';

/** The JSON body POSTed to the webhook. */
export interface Alert {
  version: '1.0';
  /** Unique per alert, so a receiver can drop a re-delivered one. */
  messageId: string;
  kind: AlertKind;
  /** ISO time the failure was seen. */
  time: string;
  /** The pipe (file alerts) or the task (task alerts) concerned. */
  pipe?: string;
  task?: string;
  /** The table loaded into (`leads_raw`) or merged into (`leads_final`). */
  table: string;
  /** Staged file name. */
  file?: string;
  /** Where the file came from, e.g. `s3://bucket/key`. */
  source?: string;
  stageLocation?: string;
  error: string;
}

/** What a caller gives; the rest is filled in. */
export type AlertInput = Omit<Alert, 'version' | 'messageId' | 'time'> & { time?: string };

/** Sends alerts; never throws (an alert that cannot be delivered is logged). */
export interface Alerter {
  send(alert: AlertInput): Promise<void>;
}

/** The part of a pino logger alerts are written to (a server's logger, or auto-ingest's). */
export interface AlertLogger {
  warn(facts: object, message: string): void;
  error(facts: object, message: string): void;
}

/** Options of {@link createAlerter}. */
export interface AlerterOptions {
  /** Webhook URL; without it alerts are only logged. */
  webhookUrl?: string | undefined;
  logger: AlertLogger;
  /** Retries of a delivery that failed for a transient reason (network, 5xx, 429). Default 3 attempts. */
  retry?: RetryOptions;
  /** Time limit of one POST, in ms. Default 5,000. */
  timeoutMs?: number;
}

/**
 * An alerter that logs every alert at `error` level and POSTs it as JSON to the webhook when one is set.
 *
 * @example
 * const alerter = createAlerter({ webhookUrl: config.alerts.webhookUrl, logger });
 * await alerter.send({ kind: 'INGEST_FAILED_FILE', pipe: PIPE_NAME, table: 'leads_raw', file, error });
 */
export function createAlerter(options: AlerterOptions): Alerter {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    async send(input) {
      const alert: Alert = {
        version: '1.0',
        messageId: randomUUID(),
        ...input,
        time: input.time ?? new Date().toISOString(),
      };
      options.logger.error(
        { alert },
        `alert ${alert.kind}: ${alert.file ?? alert.task ?? ''} ${alert.error}`,
      );
      const url = options.webhookUrl;
      if (!url) return;
      try {
        await withRetry(
          async () => {
            let response: Response;
            try {
              response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(alert),
                signal: AbortSignal.timeout(timeoutMs),
              });
            } catch (err) {
              throw new TransientError('E_ALERT_UNREACHABLE', `webhook unreachable: ${errorMessage(err)}`, {
                cause: err,
              });
            }
            await response.body?.cancel();
            if (response.status >= 500 || response.status === 429)
              throw new TransientError('E_ALERT_REJECTED', `webhook answered ${response.status}`);
            if (!response.ok)
              throw new TerminalError('E_ALERT_REJECTED', `webhook answered ${response.status}`);
          },
          {
            attempts: 3,
            ...options.retry,
            onRetry: (err, attempt, delayMs) =>
              options.logger.warn(
                { err: errorMessage(err), attempt, delayMs },
                'alert delivery failed; retrying',
              ),
          },
        );
      } catch (err) {
        options.logger.error(
          { err: errorMessage(err), kind: alert.kind, messageId: alert.messageId },
          'alert could not be delivered',
        );
      }
    },
  };
}

/** The alert a task run calls for: a failure, or the failure that suspended the task; none otherwise. */
export function taskAlert(result: TaskRunResult): AlertInput | undefined {
  if (result.state !== 'FAILED' && result.state !== 'FAILED_AND_AUTO_SUSPENDED') return undefined;
  return {
    kind: result.state === 'FAILED' ? 'TASK_FAILED' : 'TASK_SUSPENDED',
    task: result.name,
    table: 'leads_final',
    error: result.error ?? result.state,
  };
}

/** The alert a file's load calls for: a file that could not be loaded, or was quarantined; none otherwise. */
export function loadAlert(
  result: Pick<LoadFileResult, 'file' | 'status' | 'reason' | 'firstError'>,
  where: { source?: string; stageLocation?: string } = {},
): AlertInput | undefined {
  if (result.status !== 'LOAD_FAILED' && result.status !== 'QUARANTINED') return undefined;
  return {
    kind: 'INGEST_FAILED_FILE',
    pipe: PIPE_NAME,
    table: 'leads_raw',
    file: result.file,
    ...where,
    error: result.reason ?? result.firstError?.reason ?? 'load failed',
  };
}

/**
 * Sends the alerts a pipeline run calls for (every failed file, then a failed or suspending task run), the
 * one place `run`, `load`, `task run`, `serve` and the upload routes report failures through.
 */
export async function alertRun(
  alerter: Alerter,
  run: { files?: readonly LoadFileResult[]; task?: TaskRunResult | null },
  where: { stageLocation?: string } = {},
): Promise<number> {
  const alerts = [
    ...(run.files ?? []).map((f) => loadAlert(f, where)),
    run.task ? taskAlert(run.task) : undefined,
  ].filter((a): a is AlertInput => a !== undefined);
  for (const a of alerts) await alerter.send(a);
  return alerts.length;
}

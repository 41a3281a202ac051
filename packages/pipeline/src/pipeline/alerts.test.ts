import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingLogger, webhookReceiver } from '../../test/ingest-fixtures.ts';
import { PIPE_NAME, createAlerter, taskAlert } from './alerts.ts';

describe('webhook alerts', () => {
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  beforeAll(async () => {
    hook = await webhookReceiver();
  });
  afterAll(() => hook.close());

  it('POSTs a JSON notification with kind, pipe, file, error and time, and logs it', async () => {
    const logger = recordingLogger();
    await createAlerter({ webhookUrl: hook.url, logger }).send({
      kind: 'INGEST_FAILED_FILE',
      pipe: PIPE_NAME,
      table: 'leads_raw',
      file: 'bad.csv',
      source: 's3://leads/in/bad.csv',
      error: 'columns "a" and "A" both normalise to "a"',
    });
    const alert = hook.received.at(-1);
    expect(alert).toMatchObject({
      version: '1.0',
      kind: 'INGEST_FAILED_FILE',
      pipe: 'leads_raw_pipe',
      file: 'bad.csv',
      error: expect.stringContaining('normalise'),
    });
    expect(Date.parse(alert?.time ?? '')).not.toBeNaN();
    expect(alert?.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('INGEST_FAILED_FILE') }),
    );
  });

  it('retries a delivery the receiver answered with 503', async () => {
    const before = hook.received.length;
    hook.statuses.push(503, 503);
    const logger = recordingLogger();
    await createAlerter({ webhookUrl: hook.url, logger, retry: { baseDelayMs: 10 } }).send({
      kind: 'TASK_SUSPENDED',
      task: 't',
      table: 'leads_final',
      error: 'boom',
    });
    expect(hook.received.length).toBe(before + 1);
    expect(logger.lines.filter((l) => l.message.includes('retrying'))).toHaveLength(2);
  });

  it('logs and carries on when the webhook cannot be reached', async () => {
    const logger = recordingLogger();
    await createAlerter({
      webhookUrl: 'http://127.0.0.1:9/hook',
      logger,
      retry: { attempts: 2, baseDelayMs: 10 },
    }).send({ kind: 'TASK_FAILED', task: 't', table: 'leads_final', error: 'x' });
    expect(logger.lines.at(-1)?.message).toBe('alert could not be delivered');
  });

  it('alerts on a failed and on a suspending task run, not on others', () => {
    const run = {
      runId: 'r',
      name: 'leads_merge_task',
      inserted: 0,
      updated: 0,
      unchanged: 0,
      scored: 0,
      rowsConsumed: 0,
    };
    expect(taskAlert({ ...run, state: 'FAILED', error: 'e' })).toMatchObject({
      kind: 'TASK_FAILED',
      task: 'leads_merge_task',
      error: 'e',
    });
    expect(taskAlert({ ...run, state: 'FAILED_AND_AUTO_SUSPENDED', error: 'e' })).toMatchObject({
      kind: 'TASK_SUSPENDED',
    });
    expect(taskAlert({ ...run, state: 'SUCCEEDED' })).toBeUndefined();
    expect(taskAlert({ ...run, state: 'SKIPPED' })).toBeUndefined();
  });
});

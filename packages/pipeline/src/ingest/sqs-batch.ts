/**
 * One batch of SQS messages carrying S3 events: ingest the objects they announce, keep the messages hidden
 * while that runs, and delete the messages whose objects were all handled. The rest stay on the queue and
 * come back after the visibility timeout.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  SQSClient,
  type Message,
} from '@aws-sdk/client-sqs';
import type { Config } from '../config/config.ts';
import { errorMessage } from '../errors.ts';
import { withRetry } from '../retry.ts';
import { ingestObject, type IngestContext, type IngestResult } from './ingest-object.ts';
import { parseS3EventMessage, uniqueObjects } from './s3-events.ts';

/** An SQS client for the configured endpoint (emulators) and credentials, with connection timeouts. */
export function createSqsClient(settings: Config['s3']): SQSClient {
  return new SQSClient({
    region: settings.region,
    ...(settings.endpointUrl ? { endpoint: settings.endpointUrl } : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 60_000 },
  });
}

/** What {@link handleSqsBatch} did. */
export interface SqsBatchResult {
  /** One result per object announcement (repeats within the batch included, as `DUPLICATE`). */
  results: IngestResult[];
  testEvents: number;
  /** Messages deleted (all their objects handled). */
  deleted: number;
}

/**
 * Ingests the objects a batch of messages announces, in order. The same object version announced twice
 * in the batch (the two events of a multipart upload) is handled once. A message is deleted when none of
 * its objects was DEFERRED; the test event and messages that are not S3 events are deleted too.
 */
export async function handleSqsBatch(
  ctx: IngestContext,
  sqs: SQSClient,
  queueUrl: string,
  messages: readonly Message[],
  visibilityTimeoutSeconds: number,
): Promise<SqsBatchResult> {
  const { logger } = ctx;
  const inProgress = new Set(messages);
  // Keep the messages hidden while a long load runs, so they are not handed out again meanwhile.
  const heartbeat = setInterval(
    () => {
      const entries = [...inProgress].map((m, i) => ({
        Id: String(i),
        ReceiptHandle: m.ReceiptHandle as string,
        VisibilityTimeout: visibilityTimeoutSeconds,
      }));
      if (entries.length === 0) return;
      sqs
        .send(new ChangeMessageVisibilityBatchCommand({ QueueUrl: queueUrl, Entries: entries }))
        .catch((err: unknown) =>
          logger.warn({ err: errorMessage(err) }, 'cannot extend the visibility of messages in progress'),
        );
    },
    Math.max(1, visibilityTimeoutSeconds / 2) * 1000,
  );
  const done: Message[] = [];
  const handled = new Map<string, IngestResult>();
  const results: IngestResult[] = [];
  let testEvents = 0;
  try {
    for (const m of messages) {
      const event = parseS3EventMessage(m.Body);
      if (event.kind === 'test') testEvents++;
      if (event.kind === 'unknown')
        logger.warn({ messageId: m.MessageId, reason: event.reason }, 'not an S3 event; dropped');
      let complete = true;
      if (event.kind === 'objects') {
        for (const ref of uniqueObjects(event.objects)) {
          const id = `${ref.bucket}\n${ref.key}\n${ref.etag ?? ''}`;
          let r = ref.etag ? handled.get(id) : undefined;
          if (r) r = { ...r, status: r.status === 'DEFERRED' ? 'DEFERRED' : 'DUPLICATE' };
          else {
            r = await ingestObject(ctx, ref);
            handled.set(id, r);
          }
          results.push(r);
          if (r.status === 'DEFERRED') complete = false;
        }
      }
      if (complete) done.push(m);
      inProgress.delete(m);
    }
  } finally {
    clearInterval(heartbeat);
  }
  let deleted = 0;
  if (done.length > 0) {
    try {
      await withRetry(
        async () => {
          const r = await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: queueUrl,
              Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle as string })),
            }),
          );
          deleted = done.length - (r.Failed?.length ?? 0);
          if (r.Failed?.length)
            logger.warn(
              { failed: r.Failed },
              'some handled messages were not deleted; they come back as duplicates',
            );
        },
        { attempts: 3, ...(ctx.signal ? { signal: ctx.signal } : {}) },
      );
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, 'cannot delete handled messages; they come back as duplicates');
    }
  }
  return { results, testEvents, deleted };
}

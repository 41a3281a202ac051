/**
 * Fixtures of the S3 / auto-ingest tests: small lead files, a recording logger, a local webhook receiver,
 * and one-number queries.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Alert } from '../src/pipeline/alerts.ts';
import type { IngestLogger } from '../src/ingest/ingest-logger.ts';
import type { Leadpipe } from '../src/pipeline/context.ts';

/** A small lead CSV: `rows` leads with ids `f<file>-<n>`, so files never share a key. */
export function leadCsv(file: number, rows = 5): string {
  const lines = ['Prospect ID,Lead Source,TotalVisits,Converted'];
  for (let i = 1; i <= rows; i++) lines.push(`f${file}-${i},Google,${(file + i) % 7},${i % 2}`);
  return lines.join('\n') + '\n';
}

/** A CSV above 5 MiB (so an upload of it goes multipart) with `rows` leads of file `file`. */
export function bigLeadCsv(file: number, rows = 2_800): string {
  const notes = 'n'.repeat(2_000);
  const lines = ['Prospect ID,Lead Source,Notes'];
  for (let i = 1; i <= rows; i++) lines.push(`f${file}-${i},Google,${notes}`);
  return lines.join('\n') + '\n';
}

/** A file no reader accepts: two columns normalise to the same name. */
export const UNPARSEABLE_CSV = 'Prospect ID,prospect id\na,b\n';

/** One number from a query (`SELECT count(*) ...`). */
export async function count(lp: Leadpipe, sql: string): Promise<number> {
  const rows = await lp.warehouse.query(sql);
  return Number(Object.values(rows[0] ?? {})[0]);
}

/** A logger that keeps every line, for assertions. */
export function recordingLogger(): IngestLogger & {
  lines: { level: string; message: string; facts: object }[];
} {
  const lines: { level: string; message: string; facts: object }[] = [];
  const at = (level: string) => (facts: object, message: string) =>
    void lines.push({ level, message, facts });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A local webhook receiver: answers each POST with the next of `statuses` (then 204) and keeps the accepted alerts. */
export async function webhookReceiver(): Promise<{
  url: string;
  received: Alert[];
  statuses: number[];
  close: () => Promise<void>;
}> {
  const received: Alert[] = [];
  const statuses: number[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const status = statuses.shift() ?? 204;
      if (status < 300) received.push(JSON.parse(body) as Alert);
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    statuses,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * The logger auto-ingest writes to: pino-shaped (`log.warn({ ...facts }, 'message')`), so a server can
 * pass its own pino logger and tests a recording one.
 */
import pino from 'pino';
import type { Config } from '../config/config.ts';

/** The part of a pino logger that auto-ingest uses. */
export interface IngestLogger {
  debug(facts: object, message: string): void;
  info(facts: object, message: string): void;
  warn(facts: object, message: string): void;
  error(facts: object, message: string): void;
}

/**
 * A pino logger writing JSON lines to stderr (stdout stays for command output), at the configured level.
 *
 * @example
 * const log = createIngestLogger(config.logLevel);
 */
export function createIngestLogger(level: Config['logLevel']): IngestLogger {
  return pino({ level, base: { name: 'leadpipe-ingest' } }, pino.destination({ fd: 2, sync: true }));
}

/** A logger that drops everything. */
export const SILENT_LOGGER: IngestLogger = { debug() {}, info() {}, warn() {}, error() {} };

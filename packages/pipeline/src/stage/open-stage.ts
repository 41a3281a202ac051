/**
 * The one place that chooses the stage from the configuration.
 */
import path from 'node:path';
import type { Config } from '../config/config.ts';
import { TerminalError } from '../errors.ts';
import { LocalStage } from './local-stage.ts';
import type { Stage } from './stage.ts';

/** Opens the configured stage. */
export async function openStage(config: Config): Promise<Stage> {
  switch (config.stage) {
    case 'local':
      return new LocalStage(path.join(config.home, 'stage'));
    case 's3':
      throw new TerminalError('E_STAGE_UNAVAILABLE', 'the S3 stage is not available in this build yet');
  }
}

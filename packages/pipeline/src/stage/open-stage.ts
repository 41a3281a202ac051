/**
 * The one place that chooses the stage from the configuration.
 */
import path from 'node:path';
import type { Config } from '../config/config.ts';
import { TerminalError } from '../errors.ts';
import { LocalStage } from './local-stage.ts';
import type { Stage } from './stage.ts';

/**
 * Opens the configured stage: a folder under the home (`local`), or `s3://S3_BUCKET/S3_PREFIX/_leadpipe/stage/`
 * (`s3`; the AWS SDK is loaded only then).
 */
export async function openStage(config: Config): Promise<Stage> {
  switch (config.stage) {
    case 'local':
      return new LocalStage(path.join(config.home, 'stage'));
    case 's3': {
      if (!config.s3.bucket) {
        throw new TerminalError(
          'E_BAD_CONFIG',
          'the s3 stage needs a bucket: set S3_BUCKET (and S3_ENDPOINT_URL for an emulator)',
        );
      }
      const [{ S3Stage }, { createS3Client, stageRootPrefix }] = await Promise.all([
        import('./s3-stage.ts'),
        import('./s3-client.ts'),
      ]);
      return new S3Stage({
        client: createS3Client(config.s3),
        bucket: config.s3.bucket,
        root: stageRootPrefix(config.s3.prefix),
      });
    }
  }
}

// Entry point of the S3-event Lambda function (image command `packages/pipeline/src/ingest/s3-event-lambda-entry.handler`).
// Lambda's Node runtime loads JavaScript only. The image holds no TypeScript sources: it runs the code
// compiled to `dist/` (npm run build, Dockerfile.lambda's first stage), no transpiler. In a checkout (the
// sources beside this file: tests, `sam local`) the TypeScript runs through tsx, a devDependency, as
// bin/leadpipe.js does.
import { existsSync } from 'node:fs';

let ingest;
if (existsSync(new URL('./s3-event-lambda.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  ingest = await import('./s3-event-lambda.ts');
} else ingest = await import(new URL('../../dist/ingest/s3-event-lambda.js', import.meta.url).href);

export const handler = ingest.handler;

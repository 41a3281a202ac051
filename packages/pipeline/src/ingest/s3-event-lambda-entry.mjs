// Entry point of the S3-event Lambda function (image command `packages/pipeline/src/ingest/s3-event-lambda-entry.handler`).
// Lambda's Node runtime loads JavaScript only; leadpipe runs its TypeScript through tsx, as bin/leadpipe.js
// does, so there is no build step between the repository and the container image.
import { register } from 'tsx/esm/api';

register();
const ingest = await import('./s3-event-lambda.ts');

export const handler = ingest.handler;

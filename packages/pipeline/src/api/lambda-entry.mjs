// Entry point of the Lambda function (handler `packages/pipeline/src/api/lambda-entry.handler`).
// Lambda's Node runtime loads JavaScript only; leadpipe runs its TypeScript through tsx, as bin/leadpipe.js
// does, so there is no build step between the repository and the container image.
import { register } from 'tsx/esm/api';

register();
const api = await import('./lambda.ts');

export const handler = api.handler;

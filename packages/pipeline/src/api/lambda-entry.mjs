// Entry point of the Lambda function (handler `packages/pipeline/src/api/lambda-entry.handler`).
// Lambda's Node runtime loads JavaScript only. The image holds no TypeScript sources: it runs the code
// compiled to `dist/` (npm run build, Dockerfile.lambda's first stage), no transpiler. In a checkout (the
// sources beside this file: tests, `sam local`) the TypeScript runs through tsx, a devDependency, as
// bin/leadpipe.js does.
import { existsSync } from 'node:fs';

let api;
if (existsSync(new URL('./lambda.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  api = await import('./lambda.ts');
} else api = await import(new URL('../../dist/api/lambda.js', import.meta.url).href);

export const handler = api.handler;

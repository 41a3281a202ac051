#!/usr/bin/env node
// The `leadpipe` command. In a checkout (src/ present) it runs the TypeScript sources through tsx, a
// devDependency: no build step between a clone and a run. In the published package (only dist/, see
// `files` in package.json) it runs the compiled JavaScript, with no transpiler at all.
import { existsSync } from 'node:fs';

// The pinned AWS SDK warns on every start that its later releases will need Node 22; we pin it, so the
// warning only adds noise to every command's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}

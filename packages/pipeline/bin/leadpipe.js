#!/usr/bin/env node
// The `leadpipe` command. In a checkout (src/ present) it runs the TypeScript sources through tsx, a
// devDependency: no build step between a clone and a run. In the published package (only dist/, see
// `files` in package.json), or where tsx is not installed but `npm run build` has run, it runs the
// compiled JavaScript, with no transpiler at all.
import { existsSync } from 'node:fs';

// The pinned AWS SDK warns on every start that its later releases will need Node 22; we pin it, so the
// warning only adds noise to every command's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const built = new URL('../dist/cli/main.js', import.meta.url);
let tsx;
if (existsSync(new URL('../src/cli/main.ts', import.meta.url))) {
  tsx = await import('tsx/esm/api').catch((err) => {
    if (existsSync(built)) return undefined;
    throw new Error(
      'leadpipe: tsx (a devDependency) is not installed and dist/ is not built: run `npm ci`, or `npm run build`',
      { cause: err },
    );
  });
}
if (tsx) {
  tsx.register();
  await import('../src/cli/main.ts');
} else {
  await import(built.href);
}

#!/usr/bin/env node
// leadpipe runs its TypeScript sources directly through tsx: no build step between a clone and a run.
import { register } from 'tsx/esm/api';

// The pinned AWS SDK warns on every start that its later releases will need Node 22; we pin it, so the
// warning only adds noise to every command's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
await import('../src/cli/main.ts');

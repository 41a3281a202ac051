/**
 * The `leadpipe` command line. Each command's code is loaded only when that command runs.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ON_ERROR } from '../config/config.ts';
import { UsageError } from '../errors.ts';
import { cliExitFor, oneLine } from './cli-errors.ts';
import { registerExportCommand } from './commands/export-command.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command();
program
  .name('leadpipe')
  .description(
    'Lead files -> stage -> exactly-once load -> stream/task -> typed, scored leads (DuckDB or Snowflake).',
  )
  .version(version, '--version', 'print the version of leadpipe')
  .option('--home <dir>', 'data home (env LEADPIPE_HOME, default ./.leadpipe)')
  .option('--key <column>', 'key column of leads_final (env LEADPIPE_KEY, default prospect_id)')
  .option('--config <file>', 'config file (default ./leadpipe.config.json when present)')
  .option('--env-file <file>', 'env file read instead of ./.env and ./env/.env')
  // Commander exits 1 on its own errors; the exit code is decided below, in one place (2 for usage).
  .exitOverride();

const onErrorOption = new Option('--on-error <mode>', 'what rejected rows do to a file').choices(ON_ERROR);
const jsonOption = new Option('--json', 'print one JSON document instead of text');

program
  .command('init')
  .description(
    'set what this home knows of its data, once: key (--key), label, null tokens, schema; later commands need no flags',
  )
  .addOption(
    new Option(
      '--key-from <how>',
      '`row` for files without an id: the key (lead_id unless --key) is <file name>:<record number>',
    ).choices(['column', 'row']),
  )
  .option('--label <column>', 'label column (converted / not converted) training reads by default')
  .option('--null-tokens <list>', 'comma-separated values read as null (default: LEADPIPE_NULL_TOKENS)')
  .option('--schema <file>', 'declared lead schema file')
  .option('--no-schema', 'no declared schema: every column type is inferred (the default of a new home)')
  .addOption(new Option('--preset <name>', 'a bundled declared schema').choices(['x-education']))
  .addOption(jsonOption)
  .action(async (opts) => (await import('./commands/home-commands.ts')).initCommand(opts, program.opts()));

program
  .command('run')
  .description('PUT + load + task in one go (with no files: the bundled sample, into an empty home only)')
  .argument(
    '[files...]',
    'lead files (CSV, JSON, NDJSON, gzipped or not), folders (their lead files, not recursing), or s3://bucket/prefix/ for every object under it',
  )
  .option('--force', 'reload files already loaded with the same checksum')
  .option('--quiet', 'no progress lines on stderr')
  .option(
    '--model <model>',
    'score with this model: a model file, `rules` or `default` (it becomes the active one)',
  )
  .addOption(onErrorOption)
  .addOption(jsonOption)
  .action(async (files: string[], opts) =>
    files.some((f) => /^s3:\/\//i.test(f))
      ? (await import('./commands/ingest-commands.ts')).runS3Command(files, opts, program.opts())
      : (await import('./commands/pipeline-commands.ts')).runCommand(files, opts, program.opts()),
  );

program
  .command('put')
  .description('clean and stage files without loading them')
  .argument('<files...>', 'lead files, or folders (their lead files, not recursing)')
  .addOption(
    new Option(
      '--stage <stage>',
      'stage to put into (env LEADPIPE_STAGE); s3 uploads in parts above 5 MiB',
    ).choices(['local', 's3']),
  )
  .addOption(jsonOption)
  .action(async (files: string[], opts) =>
    (await import('./commands/pipeline-commands.ts')).putCommand(files, opts, program.opts()),
  );

program
  .command('load')
  .description('load staged files not loaded yet (COPY INTO leads_raw)')
  .option('--force', 'reload every staged file')
  .addOption(onErrorOption)
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/pipeline-commands.ts')).loadCommand(opts, program.opts()),
  );

const task = program.command('task').description('the stream -> leads_final task');
task
  .command('run')
  .description('run the task once now (resumes a suspended task)')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/pipeline-commands.ts')).taskRunCommand(opts, program.opts()),
  );

const quarantine = program
  .command('quarantine')
  .description('files set aside so the pipe could go on: list, retry, drop');
quarantine
  .command('list')
  .description('the quarantined files: when, where it failed, rows held, reason')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/quarantine-commands.ts')).quarantineListCommand(opts, program.opts()),
  );
quarantine
  .command('retry')
  .description('load a quarantined file again and run the task (exit 1 if it fails again)')
  .argument('<file>', 'the file name, as `quarantine list` shows it')
  .addOption(jsonOption)
  .action(async (file: string, opts) =>
    (await import('./commands/quarantine-commands.ts')).quarantineRetryCommand(file, opts, program.opts()),
  );
quarantine
  .command('drop')
  .description('forget a quarantined file: its held rows leave leads_raw, its history says DROPPED')
  .argument('<file>', 'the file name, as `quarantine list` shows it')
  .addOption(jsonOption)
  .action(async (file: string, opts) =>
    (await import('./commands/quarantine-commands.ts')).quarantineDropCommand(file, opts, program.opts()),
  );

program
  .command('validate')
  .description('check files without loading: rows, columns, missing columns, first errors')
  .argument('[files...]')
  .option('--max-errors <n>', 'errors to show per file', '20')
  .option(
    '--staged <name>',
    'check a staged file instead (rows, columns, key, types); on Snowflake with LEADPIPE_VALIDATE_STAGED_FILE',
  )
  .addOption(jsonOption)
  .action(async (files: string[], opts: { staged?: string; json?: boolean; maxErrors: string }) => {
    if (opts.staged !== undefined) {
      if (files.length) throw new UsageError('validate takes FILES or --staged NAME, not both');
      return (await import('./commands/validate-staged-command.ts')).validateStagedCommand(
        opts.staged,
        opts,
        program.opts(),
      );
    }
    if (!files.length) throw new UsageError("missing required argument 'files' (or --staged NAME)");
    return (await import('./commands/inspect-commands.ts')).validateCommand(files, opts, program.opts());
  });

program
  .command('status')
  .description('pipe status, load history, stream lag, last task runs')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/inspect-commands.ts')).statusCommand(opts, program.opts()),
  );

program
  .command('query')
  .description('read-only SQL over the warehouse')
  .argument('<sql>')
  .option(
    '--raw <s3-uri>',
    "copy the files under s3://bucket/prefix/ to a local folder the SQL reads as $raw, e.g. read_csv($raw || '/**/*.csv')",
  )
  .addOption(jsonOption)
  .action(async (sql: string, opts) =>
    opts.raw
      ? (await import('./commands/ingest-commands.ts')).rawQueryCommand(sql, opts, program.opts())
      : (await import('./commands/inspect-commands.ts')).queryCommand(sql, opts, program.opts()),
  );

program
  .command('watch')
  .description(
    "auto-ingest: load new S3 objects from the bucket's SQS events (or by polling the prefix) until stopped",
  )
  .option(
    '--queue-url <url>',
    "SQS queue of the bucket's ObjectCreated events (env SQS_QUEUE_URL); without one, poll S3_BUCKET/S3_PREFIX",
  )
  .option(
    '--poll-seconds <s>',
    'polling interval without a queue (env LEADPIPE_WATCH_POLL_SECONDS, default 30)',
  )
  .option('--wait-seconds <s>', 'SQS long-poll wait (default 20)')
  .option(
    '--visibility-timeout <s>',
    'how long a received event stays hidden before it is redelivered (default 300)',
  )
  .addOption(jsonOption)
  .action(async (opts) => (await import('./commands/ingest-commands.ts')).watchCommand(opts, program.opts()));

program
  .command('pipe')
  .description('the pipe that loads S3 lead files into leads_raw')
  .command('refresh')
  .description('load every object under S3_BUCKET/S3_PREFIX not handled yet (ALTER PIPE ... REFRESH)')
  .option('--prefix <prefix>', 'a narrower key prefix (default S3_PREFIX)')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/ingest-commands.ts')).pipeRefreshCommand(opts, program.opts()),
  );

program
  .command('train')
  .description('train a scoring model on converted / not converted history')
  .option('--data <file>', 'a lead file with the label column')
  .option('--from-warehouse', 'train on leads_final')
  .option('--label <column>', "label column (default: the home's, set by init --label, else its schema's)")
  .option('--out <file>', 'write the model (its card) to this file')
  .option('--split-by-id', 'hold out the TEST part of shared/data/SPLIT.md (md5 of the key) for the metrics')
  .option('--holdout <file>', 'labelled leads for the metrics (default: out-of-fold on the training rows)')
  .option(
    '--features <file>',
    'feature file: {"include": [...], "exclude": [...], "categorical": [...]} (default: the preset beside the schema, if any)',
  )
  .option('--seed <n>', 'random seed', '42')
  .option('--min-rows <n>', 'refuse to train on fewer labelled rows', '500')
  .option('--min-positives <n>', 'refuse to train on fewer positives (or negatives)', '50')
  .option('--activate', 'make the new model the active one')
  .option('--grades <a,b,c>', 'grade cut-offs on the score (default: quartiles of the training scores)')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/scoring-commands.ts')).trainCommand(opts, program.opts()),
  );

program
  .command('score')
  .description('apply_scoring now: score leads whose score is missing or from another model')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/scoring-commands.ts')).scoreCommand(opts, program.opts()),
  );

program
  .command('override')
  .description('set a manual score that survives rescoring and retraining, or clear it')
  .argument('<id>', 'the lead key (prospect_id)')
  .option('--score <n>', 'score 0-100')
  .option('--reason <text>', 'why (kept in the score history)')
  .option('--clear', 'remove the override')
  .action(async (id: string, opts) =>
    (await import('./commands/scoring-commands.ts')).overrideCommand(id, opts, program.opts()),
  );

const model = program
  .command('model')
  .description('show the active model card (`model use` changes it)')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/scoring-commands.ts')).modelCommand(opts, program.opts()),
  );
model
  .command('use')
  .description('activate a model and rescore every lead now')
  .argument('<model>', 'a model file (`leadpipe train --out`), `rules` or `default`')
  .addOption(jsonOption)
  // `--json` after `use` is also `model`'s own option, which Commander gives the parent: read both.
  .action(async (spec: string, _opts, command: Command) =>
    (await import('./commands/scoring-commands.ts')).modelUseCommand(
      spec,
      command.optsWithGlobals(),
      program.opts(),
    ),
  );

program
  .command('generate')
  .description("write a synthetic lead file (the real dataset's columns)")
  .requiredOption('--rows <n>', 'rows to write')
  .requiredOption('--out <file>', 'output CSV')
  .option('--seed <n>', 'random seed', '1')
  .action(async (opts) => (await import('./commands/inspect-commands.ts')).generateCommand(opts));

program
  .command('serve')
  .description(
    'run the HTTP API (docs at /docs) and the pipeline: staged files load, merge and score in the background, the task runs on its schedule',
  )
  .option('--port <n>', 'port (env LEADPIPE_PORT, default 8000; 0 = any free port)')
  .option(
    '--host <address>',
    'bind address (env LEADPIPE_HOST, default 127.0.0.1; others need LEADPIPE_API_KEY)',
  )
  .option('--watch', 'also run auto-ingest from S3, as `watch` does (env LEADPIPE_SERVE_WATCH)')
  .action(async (opts) => (await import('./commands/serve-command.ts')).serveCommand(opts, program.opts()));

registerExportCommand(program, () => program.opts());

const snowflake = program
  .command('snowflake')
  .description('the Snowflake objects: plan (SQL and drift, read-only), apply, status');
snowflake
  .command('plan')
  .description(
    'print every statement apply would run, the drift of existing objects (read-only, with credentials), and the AWS steps',
  )
  .option('--model <model>', 'compile the scoring UDF from this model: a file, `rules` or `default`')
  .option('--offline', 'do not connect: print the plan without the drift check')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/snowflake-commands.ts')).snowflakePlanCommand(opts, program.opts()),
  );
snowflake
  .command('apply')
  .description('create or update every Snowflake object; print the IAM trust policy and the SQS queue')
  .option('--model <model>', 'activate this model first: a file, `rules` or `default`')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/snowflake-commands.ts')).snowflakeApplyCommand(opts, program.opts()),
  );
snowflake
  .command('status')
  .description('SYSTEM$PIPE_STATUS, the native tasks, COPY_HISTORY and TASK_HISTORY')
  .option('--hours <n>', 'COPY_HISTORY window in hours (default 24, at most 336)')
  .addOption(jsonOption)
  .action(async (opts) =>
    (await import('./commands/snowflake-commands.ts')).snowflakeStatusCommand(opts, program.opts()),
  );

/** Every command under `root`, the root included. */
function allCommands(root: Command): Command[] {
  return [root, ...root.commands.flatMap((c) => allCommands(c))];
}

/** `snowflake plan` for that command, '' for the program itself. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

// Commander's own errors (unknown command or option, missing argument, invalid choice) as one line that
// says where the usage is, instead of the whole help text.
for (const command of allCommands(program)) {
  const where = commandPath(command);
  command.configureOutput({
    outputError: (text, write) =>
      write(
        `leadpipe: ${oneLine(text.replace(/^error: /, ''))} — see \`leadpipe ${where ? `${where} ` : ''}--help\`\n`,
      ),
  });
}

let running = '';
program.hook('preAction', (_root, action) => {
  running = commandPath(action);
});

/** Prints the one line (or, for a bug, the stack) for `err` and returns the exit code. */
function report(err: unknown): number {
  const { code, text } = cliExitFor(err, running);
  process.stderr.write(text);
  return code;
}

// Errors outside the awaited action (a stream's 'error' event nobody listens to, a stray rejection) take
// the same rule instead of Node's default crash output.
process.on('uncaughtException', (err) => process.exit(report(err)));
process.on('unhandledRejection', (err) => process.exit(report(err)));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.exitCode = report(err);
}

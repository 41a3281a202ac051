/**
 * `leadpipe validate --staged NAME`: the checks of a file already in the stage, run by the warehouse on
 * Snowflake (LEADPIPE_VALIDATE_STAGED_FILE) and by leadpipe elsewhere. Exit code 1 when it is invalid.
 */
import { validateStaged } from '../../pipeline/validate-staged.ts';
import type { GlobalOptions } from '../shared.ts';
import { configFrom, n, printJson, withLeadpipe } from '../shared.ts';

/** `leadpipe validate --staged NAME [--json]` */
export async function validateStagedCommand(
  name: string,
  opts: { json?: boolean },
  global: GlobalOptions,
): Promise<void> {
  const config = configFrom(global);
  const r = await withLeadpipe(config, (lp) => validateStaged(lp, name));
  if (opts.json) printJson(r);
  else {
    process.stdout.write(
      `${r.file} (staged; checked by ${r.checkedBy === 'warehouse' ? 'the warehouse procedure' : 'leadpipe'}): ${r.valid ? 'VALID' : 'INVALID'}${r.reason ? ` (${r.reason})` : ''}\n` +
        `  ${n(r.rows)} rows, ${n(r.rowsWithoutKey)} without a key, ${n(r.rowsWithTypeErrors)} with type errors, ${n(r.notDocuments)} not documents; ${r.columns.length} columns\n` +
        Object.entries(r.typeErrors)
          .map(([c, count]) => `  ${c}: ${n(count)} value(s) do not fit its type\n`)
          .join('') +
        (r.missingDeclaredColumns.length
          ? `  declared columns absent: ${r.missingDeclaredColumns.join(', ')}\n`
          : '') +
        (r.undeclaredColumns.length
          ? `  undeclared columns (inferred): ${r.undeclaredColumns.join(', ')}\n`
          : ''),
    );
  }
  if (!r.valid) process.exitCode = 1;
}

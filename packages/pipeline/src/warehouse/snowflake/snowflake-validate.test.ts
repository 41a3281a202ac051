import { describe, expect, it } from 'vitest';
import { StandInSession, copy, staged, warehouse } from '../../../test/snowflake-stand-in.ts';
import { stagedFileCheck } from './snowflake-copy.ts';
import { validateProcedureSql } from './snowflake-load-sql.ts';

describe('LEADPIPE_VALIDATE_STAGED_FILE (stand-in connection, no live Snowflake)', () => {
  it('validate --staged PUTs the file into a folder of its own, CALLs the procedure with bound parameters, and removes the folder', async () => {
    const result = {
      file: 'x',
      valid: false,
      reason: 'values that do not fit their declared type',
      rows: 3,
      not_documents: 0,
      rows_without_key: 0,
      rows_with_type_errors: 1,
      type_errors: { total_visits: 1 },
      columns: ['prospect_id', 'total_visits'],
      missing_declared_columns: ['converted'],
      undeclared_columns: [],
      loaded: 0,
    };
    const session = new StandInSession().on('CALL "LEADPIPE_VALIDATE_STAGED_FILE"', [
      { LEADPIPE_VALIDATE_STAGED_FILE: JSON.stringify(result) },
    ]);
    const check = await warehouse(session).validateStagedFile(staged(), copy);
    expect(check).toEqual({
      file: 'leads.csv',
      valid: false,
      reason: 'values that do not fit their declared type',
      rows: 3,
      notDocuments: 0,
      rowsWithoutKey: 0,
      rowsWithTypeErrors: 1,
      typeErrors: { total_visits: 1 },
      columns: ['prospect_id', 'total_visits'],
      missingDeclaredColumns: ['converted'],
      undeclaredColumns: [],
    });
    const [put, call, remove] = session.statements;
    const folder = /@"LEADPIPE_STAGE"\/(loads\/validate-[0-9a-f-]+\/)data\//.exec(put?.sql ?? '')?.[1];
    expect(put?.sql).toMatch(/^PUT 'file:\/\/\/data\/stage\/data\/leads\.csv\.ndjson' /);
    expect(call).toEqual({
      sql: 'CALL "LEADPIPE_VALIDATE_STAGED_FILE"(?, ?)',
      binds: [`${folder}data/leads.csv.ndjson.gz`, false],
    });
    expect(remove?.sql).toBe(`REMOVE @"LEADPIPE_STAGE"/${folder}`);
  });

  it('removes the folder when the CALL fails', async () => {
    const session = new StandInSession().on('CALL ', new Error('Unknown user-defined function'));
    await expect(warehouse(session).validateStagedFile(staged(), copy)).rejects.toThrow(/Unknown/);
    expect(session.heads().filter((h) => h.startsWith('REMOVE'))).toHaveLength(1);
  });

  it('binds the file name and builds no SQL from it: the procedure text has no dynamic SQL', () => {
    const sql = validateProcedureSql(
      [{ name: 'prospect_id', type: 'string', declared: true }],
      'prospect_id',
      false,
    );
    expect(sql).toContain('WHERE s."F" = :FILE_NAME');
    expect(sql).not.toMatch(/EXECUTE IMMEDIATE|\|\| *FILE_NAME|\|\| *:FILE_NAME *\|\|/);
    expect(sql).toContain('SELECT COUNT(*) INTO :v_already FROM "LEADS_RAW" WHERE "LOAD_ID" = :FILE_NAME');
    expect(sql).not.toContain('FROM @"LEADS_S3_STAGE"');
  });

  it('reads the OBJECT whether the driver gives it parsed or as JSON text', () => {
    expect(stagedFileCheck({ valid: true, rows: '2', type_errors: { a: 0 } }, 'f')).toMatchObject({
      valid: true,
      rows: 2,
      typeErrors: {},
    });
  });
});

import { writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.ts';
import { StandInSession, registry, warehouse } from '../../../test/snowflake-stand-in.ts';
import { exportLeadsStatements } from './snowflake-export.ts';

describe('exportLeads on Snowflake', () => {
  let scratch: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    scratch = await tempDir('leadpipe-sf-export-');
  });
  afterEach(() => scratch.cleanup());

  it('writes COPY INTO the stage with binds, GET into the local folder, REMOVE', () => {
    const [copy, get, remove] = exportLeadsStatements(
      ['prospect_id', 'score'],
      [
        { column: 'grade', value: "A' OR 1=1" },
        { column: 'city', value: '' },
      ],
      'prospect_id',
      'csv',
      'e1',
      '/tmp/x',
    );
    expect(copy).toEqual({
      sql:
        `COPY INTO @"LEADPIPE_STAGE"/exports/e1/leads.csv FROM (SELECT "prospect_id", "score" FROM "LEADS_FINAL" WHERE "grade" = ? AND "city" IS NULL ORDER BY "prospect_id") ` +
        `FILE_FORMAT = (TYPE = CSV COMPRESSION = NONE FIELD_OPTIONALLY_ENCLOSED_BY = '"' NULL_IF = () EMPTY_FIELD_AS_NULL = FALSE) HEADER = TRUE SINGLE = TRUE OVERWRITE = TRUE MAX_FILE_SIZE = 5368709120`,
      binds: ["A' OR 1=1"],
    });
    expect(get).toEqual({ sql: `GET @"LEADPIPE_STAGE"/exports/e1/ 'file:///tmp/x/'`, binds: [] });
    expect(remove).toEqual({ sql: `REMOVE @"LEADPIPE_STAGE"/exports/e1/`, binds: [] });
    const [ndjson] = exportLeadsStatements(
      ['prospect_id', "o'k"],
      [],
      'prospect_id',
      'ndjson',
      'e2',
      '/tmp/x',
    );
    expect(ndjson!.sql).toContain(
      `SELECT OBJECT_CONSTRUCT_KEEP_NULL('prospect_id', "prospect_id", 'o''k', "o'k") FROM`,
    );
    expect(ndjson!.sql).toContain('FILE_FORMAT = (TYPE = JSON COMPRESSION = NONE) SINGLE = TRUE');
    const [parquet] = exportLeadsStatements(['prospect_id'], [], 'prospect_id', 'parquet', 'e3', '/tmp/x');
    expect(parquet!.sql).toContain('FILE_FORMAT = (TYPE = PARQUET) HEADER = TRUE');
    expect(() => exportLeadsStatements([], [], 'k', 'csv', 'e1', "/tmp/it's")).toThrow(/quotes/);
  });

  it('runs through a stand-in connection: the file GET brings lands in the folder under its name', async () => {
    const session = new StandInSession()
      .on('FROM "LEADPIPE_COLUMNS"', registry)
      .on('COPY INTO @"LEADPIPE_STAGE"/exports/', [{ rows_unloaded: 2, input_bytes: 10, output_bytes: 10 }])
      .on(/^GET /, (sql) => {
        const dir = /'file:\/\/(.*)\/'$/.exec(sql)![1]!;
        writeFileSync(path.join(dir, 'leads.csv_0_0_0.csv'), 'prospect_id\na\nb\n');
        return [{ file: 'leads.csv_0_0_0.csv', size: 16, status: 'DOWNLOADED' }];
      });
    const result = await warehouse(session).exportLeads(scratch.dir, {
      format: 'csv',
      filters: [{ column: 'total_visits', value: '3' }],
    });
    expect(result).toEqual({ file: path.join(scratch.dir, 'leads.csv'), rows: 2 });
    expect(await readFile(result.file, 'utf8')).toBe('prospect_id\na\nb\n');
    expect(await readdir(scratch.dir)).toEqual(['leads.csv']);
    const [copySql, getSql, removeSql] = session.statements.slice(-3).map((st) => st.sql);
    const folder = /^COPY INTO (@"LEADPIPE_STAGE"\/exports\/[0-9a-f-]+\/)leads\.csv FROM/.exec(copySql!)?.[1];
    expect(folder).toBeDefined();
    expect(getSql).toBe(`GET ${folder} 'file://${scratch.dir}/'`);
    expect(removeSql).toBe(`REMOVE ${folder}`);
    const copy = session.statements.at(-3)!;
    expect(copy.sql).toContain('"utm_campaign", "source_file"');
    expect(copy.sql).toContain('WHERE "total_visits" = ?');
    expect(copy.binds).toEqual(['3']);
    await expect(
      warehouse(session).exportLeads(scratch.dir, {
        format: 'csv',
        filters: [{ column: 'nope', value: '1' }],
      }),
    ).rejects.toMatchObject({ code: 'E_EXPORT_FILTER' });
  });
});

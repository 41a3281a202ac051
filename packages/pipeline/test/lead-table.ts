/** Typed leads as a DuckDB table, for tests that run a model's SQL over them. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LeadSchema } from '../src/formats/lead-schema.ts';
import type { Lead } from '../src/scoring/model/lead.ts';
import { duckdbType } from '../src/warehouse/duckdb/duckdb-ddl.ts';

/**
 * Creates `table` with the schema's columns (quoted, typed as the warehouse types them) and appends
 * `leads`, a missing value as NULL. Timestamps are not supported (no dataset here has one).
 *
 * @example
 * await loadLeadTable(conn, 'leads_final', schema, leads);
 */
export async function loadLeadTable(
  conn: DuckDBConnection,
  table: string,
  schema: LeadSchema,
  leads: readonly Lead[],
): Promise<void> {
  const cols = schema.columns;
  await conn.run(
    `CREATE TABLE ${table} (${cols.map((c) => `"${c.name}" ${duckdbType(c.type)}`).join(', ')})`,
  );
  const app = await conn.createAppender(table);
  for (const l of leads) {
    for (const c of cols) {
      const v = l[c.name];
      if (v === null || v === undefined) app.appendNull();
      else if (c.type === 'string') app.appendVarchar(String(v));
      else if (c.type === 'boolean') app.appendBoolean(v === true);
      else if (c.type === 'integer') app.appendBigInt(BigInt(v as number));
      else app.appendDouble(v as number);
    }
    app.endRow();
  }
  app.closeSync();
}

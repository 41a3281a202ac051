/**
 * Stopgap reader of a leads CSV into typed leads, for tests and for training the default model.
 * The pipeline's streaming reader (formats/) replaces it; keep it small and isolated.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { TerminalError } from '../errors.ts';
import type { Lead, LeadSchema, LeadValue, ColumnType } from './model/lead.ts';

const NULL_TOKENS = new Set(['', 'select', 'na', 'n/a', 'null']);

function typedValue(raw: string, type: ColumnType, column: string, row: number): LeadValue {
  const text = raw.trim();
  if (NULL_TOKENS.has(text.toLowerCase())) return null;
  switch (type) {
    case 'string':
      return text;
    case 'boolean': {
      const t = text.toLowerCase();
      if (t === 'yes' || t === '1' || t === 'true') return true;
      if (t === 'no' || t === '0' || t === 'false') return false;
      break;
    }
    case 'integer': {
      const n = Number(text);
      if (Number.isInteger(n)) return n;
      break;
    }
    case 'double': {
      const n = Number(text);
      if (Number.isFinite(n)) return n;
      break;
    }
  }
  throw new TerminalError('E_BAD_VALUE', `row ${row}: column "${column}" expects ${type}, got "${raw}"`);
}

/**
 * Reads a CSV file whose headers are the schema's `source` names (or its snake_case names) and returns
 * typed leads. Null tokens ('', Select, NA, N/A, null; any case) become `null`; columns not in the
 * schema are ignored.
 *
 * @example
 * const leads = readLeadsCsv('/work/shared/data/leads.csv', readLeadSchema('packages/pipeline/schema/leads.schema.json'));
 */
export function readLeadsCsv(path: string, schema: LeadSchema): Lead[] {
  const records = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const columns = schema.columns;
  return records.map((rec, i) => {
    const lead: Lead = {};
    for (const col of columns) {
      const raw = rec[col.source ?? col.name] ?? rec[col.name];
      lead[col.name] = raw === undefined ? null : typedValue(raw, col.type, col.name, i + 2);
    }
    return lead;
  });
}

/**
 * A synthetic lead dataset with dates, for the age features' tests: a seeded generator in which recency
 * drives conversion (recent sign-ups convert more), beside a channel, a visit count and date columns that
 * the trainer must leave out (a constant export stamp, a batch date shared by nearly every row, a decision
 * date that gives the outcome away).
 */
import { writeFileSync } from 'node:fs';
import { seededRandom } from '../src/seeded-random.ts';
import type { Lead } from '../src/scoring/model/lead.ts';
import type { TrainingColumn } from '../src/scoring/train/infer-features.ts';

/** The newest sign-up of the dataset is just before this time: 2026-06-01T00:00:00Z. */
export const DATED_REFERENCE = Date.UTC(2026, 5, 1);

const DAY = 86_400_000;

/** `2026-05-31 13:04:05` (DuckDB's and a CSV's spelling: no offset, read as UTC). */
function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** The columns of {@link datedLeads} as a file read through formats/ types them. */
export const DATED_COLUMNS: TrainingColumn[] = [
  { name: 'lead_id', type: 'string' },
  { name: 'signed_up_at', type: 'timestamp' },
  { name: 'channel', type: 'string' },
  { name: 'visits', type: 'integer' },
  { name: 'exported_on', type: 'timestamp' },
  { name: 'batch_day', type: 'timestamp' },
  { name: 'decided_at', type: 'timestamp' },
  { name: 'converted', type: 'boolean' },
];

/**
 * `n` leads (default 3,000) from `seed`: `signed_up_at` within the year before {@link DATED_REFERENCE}
 * (5% missing), conversion log-odds `1.2 - age / 60` plus small effects of channel and visits.
 */
export function datedLeads(n = 3000, seed = 7): Lead[] {
  const rand = seededRandom(seed);
  const leads: Lead[] = [];
  for (let i = 0; i < n; i++) {
    const age = rand() * 365;
    const channel = ['web', 'email', 'event'][Math.floor(rand() * 3)] ?? 'web';
    const visits = Math.floor(rand() * 30);
    const logit = 1.2 - age / 60 + (channel === 'event' ? 0.4 : 0) + 0.02 * visits;
    const converted = rand() < 1 / (1 + Math.exp(-logit));
    const missing = rand() < 0.05;
    const signed = DATED_REFERENCE - Math.round(age * DAY) - 60_000;
    // Decided in the last weeks for a lead that converted, months ago otherwise (1% the other way round).
    const quick = converted !== rand() < 0.01;
    const decided = DATED_REFERENCE - (quick ? 1 + rand() * 20 : 100 + rand() * 200) * DAY;
    leads.push({
      lead_id: `L${String(i).padStart(5, '0')}`,
      signed_up_at: missing ? null : stamp(signed),
      channel,
      visits,
      exported_on: '2026-06-01',
      batch_day: i % 400 === 0 ? '2026-05-02' : '2026-05-01',
      decided_at: stamp(decided),
      converted,
    });
  }
  return leads;
}

/** Writes leads as a CSV file (header from the first lead, empty cells for null). */
export function writeLeadsCsv(file: string, leads: readonly Lead[]): void {
  const names = Object.keys(leads[0] ?? {});
  const cell = (v: Lead[string] | undefined) => (v === null || v === undefined ? '' : String(v));
  const lines = [names.join(','), ...leads.map((l) => names.map((c) => cell(l[c])).join(','))];
  writeFileSync(file, lines.join('\n') + '\n');
}

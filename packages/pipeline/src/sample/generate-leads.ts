/**
 * A synthetic lead generator: the columns of the real lead dataset, with realistic category mixes and a
 * conversion outcome driven by a hidden logistic model (engagement, origin, occupation, last activity),
 * so that a model trained on it finds signal. Deterministic for a seed. Used for the bundled sample.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadLeadSchemaOrThrow } from '../formats/lead-schema.ts';
import { seededRandom } from '../seeded-random.ts';

type Weighted = readonly (readonly [string, number])[];

function pick(rand: () => number, options: Weighted): string {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of options) {
    r -= w;
    if (r <= 0) return v;
  }
  return options[options.length - 1]![0];
}

const ORIGIN: Weighted = [
  ['Landing Page Submission', 53],
  ['API', 39],
  ['Lead Add Form', 7.7],
  ['Lead Import', 0.6],
];
const SOURCE_WEB: Weighted = [
  ['Google', 31],
  ['Direct Traffic', 28],
  ['Olark Chat', 19],
  ['Organic Search', 12.5],
  ['Referral Sites', 1.4],
  ['Facebook', 0.6],
  ['bing', 0.1],
  ['google', 0.05],
];
const SOURCE_FORM: Weighted = [
  ['Reference', 75],
  ['Welingak Website', 20],
  ['Google', 3],
  ['Direct Traffic', 2],
];
const ACTIVITY: Weighted = [
  ['Email Opened', 37],
  ['SMS Sent', 30],
  ['Olark Chat Conversation', 10.5],
  ['Page Visited on Website', 7],
  ['Converted to Lead', 4.6],
  ['Email Bounced', 3.5],
  ['Email Link Clicked', 2.9],
  ['Form Submitted on Website', 1.3],
  ['Unreachable', 1],
  ['Unsubscribed', 0.66],
  ['Had a Phone Conversation', 0.3],
  ['', 1.1],
];
const COUNTRY: Weighted = [
  ['India', 70],
  ['', 26.6],
  ['United States', 0.7],
  ['United Arab Emirates', 0.6],
  ['Singapore', 0.25],
  ['Saudi Arabia', 0.23],
  ['United Kingdom', 0.16],
  ['Australia', 0.14],
];
const SPECIALIZATION: Weighted = [
  ['Select', 21],
  ['', 15.6],
  ['Finance Management', 10.6],
  ['Human Resource Management', 9.2],
  ['Marketing Management', 9.1],
  ['Operations Management', 5.4],
  ['Business Administration', 4.4],
  ['IT Projects Management', 4],
  ['Supply Chain Management', 3.8],
  ['Banking, Investment And Insurance', 3.7],
  ['Travel and Tourism', 2.2],
  ['Media and Advertising', 2.2],
  ['International Business', 1.9],
  ['Healthcare Management', 1.7],
  ['E-COMMERCE', 1.2],
  ['Hospitality Management', 1.2],
  ['Retail Management', 1.1],
  ['Rural and Agribusiness', 0.8],
];
const HEARD: Weighted = [
  ['Select', 54.6],
  ['', 23.9],
  ['Online Search', 8.7],
  ['Word Of Mouth', 3.8],
  ['Student of SomeSchool', 3.4],
  ['Other', 2],
  ['Multiple Sources', 1.6],
  ['Advertisements', 0.8],
  ['Social Media', 0.7],
  ['Email', 0.3],
];
const OCCUPATION: Weighted = [
  ['Unemployed', 60.6],
  ['', 29.1],
  ['Working Professional', 7.6],
  ['Student', 2.3],
  ['Other', 0.2],
  ['Housewife', 0.1],
  ['Businessman', 0.1],
];
const CITY: Weighted = [
  ['Mumbai', 34.9],
  ['Select', 24.3],
  ['', 15.4],
  ['Thane & Outskirts', 8.1],
  ['Other Cities', 7.4],
  ['Other Cities of Maharashtra', 4.9],
  ['Other Metro Cities', 4.1],
  ['Tier II Cities', 0.8],
];
const PROFILE: Weighted = [
  ['Select', 44.9],
  ['', 29.3],
  ['Potential Lead', 17.5],
  ['Other Leads', 5.3],
  ['Student of SomeSchool', 2.6],
  ['Lateral Student', 0.2],
  ['Dual Specialization Student', 0.2],
];
const INDEX: Weighted = [
  ['', 45.6],
  ['02.Medium', 41.6],
  ['01.High', 9],
  ['03.Low', 3.8],
];

/**
 * Yields `rows` synthetic leads as records keyed by the source column names (`Prospect ID`, ...).
 */
export function* syntheticLeads(rows: number, seed = 1): Generator<Record<string, string>> {
  const rand = seededRandom(seed);
  const hex = (n: number): string =>
    Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
  for (let i = 0; i < rows; i++) {
    const origin = pick(rand, ORIGIN);
    const source =
      origin === 'Lead Add Form'
        ? pick(rand, SOURCE_FORM)
        : origin === 'Lead Import'
          ? 'Facebook'
          : pick(rand, SOURCE_WEB);
    const chat = source === 'Olark Chat' || (origin === 'API' && rand() < 0.3);
    const visits = chat && rand() < 0.7 ? 0 : Math.min(251, Math.round(-Math.log(1 - rand()) * 3.4));
    const time = visits === 0 ? 0 : Math.min(2272, Math.round(Math.exp(5.6 + rand() * 1.6 - 0.5)));
    const pages =
      visits === 0 ? 0 : Math.round(Math.max(1, visits * (0.5 + rand())) * 100) / Math.max(1, visits) / 100;
    const activity = pick(rand, ACTIVITY);
    const occupation = pick(rand, OCCUPATION);
    const doNotEmail = rand() < 0.08;
    const freeCopy = origin === 'Landing Page Submission' && rand() < 0.55;
    const logit =
      -1.3 +
      (time / 1000) * 2.2 +
      (origin === 'Lead Add Form' ? 2.8 : 0) +
      (origin === 'Landing Page Submission' ? -0.3 : 0) +
      (source === 'Olark Chat' ? -0.4 : 0) +
      (source === 'Welingak Website' ? 1.5 : 0) +
      (activity === 'SMS Sent' ? 1.4 : 0) +
      (activity === 'Had a Phone Conversation' ? 2.5 : 0) +
      (activity === 'Email Bounced' ? -1.4 : 0) +
      (activity === 'Olark Chat Conversation' ? -1.1 : 0) +
      (activity === 'Converted to Lead' ? -1 : 0) +
      (occupation === 'Working Professional' ? 2.6 : 0) +
      (occupation === '' ? -0.6 : 0) +
      (doNotEmail ? -1.1 : 0) +
      (visits > 10 ? -0.3 : 0);
    const converted = rand() < 1 / (1 + Math.exp(-logit));
    const tags =
      rand() < 0.36
        ? ''
        : converted
          ? pick(rand, [
              ['Will revert after reading the email', 70],
              ['Closed by Horizzon', 20],
              ['Lost to EINS', 10],
            ])
          : pick(rand, [
              ['Ringing', 30],
              ['Interested in other courses', 25],
              ['Already a student', 20],
              ['switched off', 10],
              ['Not doing further education', 15],
            ]);
    const quality =
      rand() < 0.52
        ? ''
        : converted
          ? pick(rand, [
              ['High in Relevance', 40],
              ['Might be', 45],
              ['Not Sure', 15],
            ])
          : pick(rand, [
              ['Not Sure', 35],
              ['Might be', 25],
              ['Worst', 20],
              ['Low in Relevance', 20],
            ]);
    const activityIndex = pick(rand, INDEX);
    const profileIndex =
      activityIndex === ''
        ? ''
        : pick(rand, [
            ['02.Medium', 50],
            ['01.High', 45],
            ['03.Low', 5],
          ]);
    yield {
      'Prospect ID': `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rand() * 4)]}${hex(3)}-${hex(4)}${(i >>> 0).toString(16).padStart(8, '0')}`,
      'Lead Number': String(800000 + i),
      'Lead Origin': origin,
      'Lead Source': rand() < 0.004 ? '' : source,
      'Do Not Email': doNotEmail ? 'Yes' : 'No',
      'Do Not Call': 'No',
      Converted: converted ? '1' : '0',
      TotalVisits: rand() < 0.015 ? '' : String(visits),
      'Total Time Spent on Website': String(time),
      'Page Views Per Visit':
        visits === 0 ? '0' : String(Math.round(Math.max(1, pages * visits) * 100) / 100),
      'Last Activity': activity,
      Country: pick(rand, COUNTRY),
      Specialization: pick(rand, SPECIALIZATION),
      'How did you hear about X Education': pick(rand, HEARD),
      'What is your current occupation': occupation,
      'What matters most to you in choosing a course': occupation === '' ? '' : 'Better Career Prospects',
      Search: rand() < 0.0015 ? 'Yes' : 'No',
      Magazine: 'No',
      'Newspaper Article': 'No',
      'X Education Forums': 'No',
      Newspaper: 'No',
      'Digital Advertisement': rand() < 0.0004 ? 'Yes' : 'No',
      'Through Recommendations': rand() < 0.0008 ? 'Yes' : 'No',
      'Receive More Updates About Our Courses': 'No',
      Tags: tags,
      'Lead Quality': quality,
      'Update me on Supply Chain Content': 'No',
      'Get updates on DM Content': 'No',
      'Lead Profile': pick(rand, PROFILE),
      City: pick(rand, CITY),
      'Asymmetrique Activity Index': activityIndex,
      'Asymmetrique Profile Index': profileIndex,
      'Asymmetrique Activity Score': activityIndex === '' ? '' : String(12 + Math.floor(rand() * 7)),
      'Asymmetrique Profile Score': profileIndex === '' ? '' : String(13 + Math.floor(rand() * 8)),
      'I agree to pay the amount through cheque': 'No',
      'A free copy of Mastering The Interview': freeCopy ? 'Yes' : 'No',
      'Last Notable Activity': activity === '' || rand() < 0.36 ? 'Modified' : activity,
    };
  }
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Writes `rows` synthetic leads as CSV (the real file's header and conventions: CRLF, minimal quoting). */
export async function writeSyntheticLeadsCsv(out: string, rows: number, seed = 1): Promise<void> {
  const header = loadLeadSchemaOrThrow().columns.map((c) => c.source ?? c.name);
  const stream = createWriteStream(out);
  const write = async (s: string): Promise<void> => {
    if (!stream.write(s)) await once(stream, 'drain');
  };
  await write(header.map(csvField).join(',') + '\r\n');
  let buf = '';
  for (const lead of syntheticLeads(rows, seed)) {
    buf += header.map((h) => csvField(lead[h] ?? '')).join(',') + '\r\n';
    if (buf.length > 1 << 16) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((resolve, reject) =>
    stream.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
}

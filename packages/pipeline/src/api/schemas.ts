/**
 * JSON schemas shared by the routes: what requests are validated against, and what the OpenAPI document
 * (served at `/docs`) says responses look like. Handlers send JSON text they built themselves, so response
 * schemas document the shape without filtering or coercing it.
 */

/** An RFC 7807 problem (every 4xx/5xx). */
export const problemSchema = {
  type: 'object',
  description: 'RFC 7807 problem details; `code` is stable and documented, `requestId` matches the logs.',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', description: 'urn:leadpipe:problem:<code>' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { in: { type: 'string' }, path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
} as const;

/** Response schemas of every route for 4xx and 5xx. */
export const errorResponses = {
  '4xx': {
    description: 'A problem with the request',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
  '5xx': {
    description: 'A problem on the server side',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
} as const;

/** A JSON 200 response with a description. */
export function ok(
  description: string,
  schema: Record<string, unknown>,
  status = 200,
): Record<string, unknown> {
  return { [status]: { description, content: { 'application/json': { schema } } }, ...errorResponses };
}

const anyObject = { type: 'object', additionalProperties: true } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const nullableString = { type: ['string', 'null'] } as const;

/** One reason of a score. */
const reasonSchema = {
  type: 'object',
  properties: {
    feature: { type: 'string' },
    label: { type: 'string' },
    value: { type: 'string' },
    logOdds: { type: 'number', description: "The feature's contribution to the lead's log-odds." },
    points: {
      type: 'number',
      description:
        "Trained models: the log-odds in points where +10 doubles the odds of converting. Rules: the rule's points.",
    },
    scorePoints: {
      type: 'integer',
      description:
        "What the reason adds to the 0-100 score (negative: takes away); with `baseline`, the other reasons' scorePoints, `other` and `override` it adds up to the score. See docs/MODEL.md.",
    },
    text: { type: 'string', description: 'e.g. "Lead Origin = Lead Add Form: +18"' },
  },
} as const;

/**
 * The parts of a score besides the reasons' `scorePoints` (integers): `baseline + sum(scorePoints) + other +
 * override = score`.
 */
const breakdownProperties = {
  baseline: {
    type: 'integer',
    description:
      "The score of a lead at the model's baseline: 100 * sigmoid(bias) for trained models, the score at 0 points for rules.",
  },
  other: {
    type: 'integer',
    description: 'Score points of everything not among the reasons shown, plus rounding.',
  },
  override: {
    type: 'integer',
    description: "A manual override's change to the model's score; 0 when there is none.",
  },
} as const;

/** A score's reasons: the top 3 each way, and the breakdown of the score in score points. */
const reasonsSchema = {
  type: 'object',
  properties: {
    ...breakdownProperties,
    positive: { type: 'array', items: reasonSchema },
    negative: { type: 'array', items: reasonSchema },
  },
} as const;

/** A lead as the API returns it: typed columns of leads_final; score fields are null until scored. */
export const leadSchema = {
  type: 'object',
  additionalProperties: true,
  description:
    'A lead: the columns of leads_final by snake_case name (integers as numbers, timestamps as ISO-8601); `GET /schema` lists them.',
  properties: {
    probability: nullableNumber,
    score: { type: ['integer', 'null'] },
    grade: { type: ['string', 'null'], enum: ['A', 'B', 'C', 'D', null] },
    reasons: {
      type: ['object', 'null'],
      additionalProperties: true,
      description:
        "The top 3 reasons each way (`positive`, `negative`), and, when the lead also carries score, probability and model_version and was scored by the active model, the breakdown in score points: `baseline`, each reason's `scorePoints`, `other`, `override` (see docs/MODEL.md).",
      properties: {
        ...breakdownProperties,
        positive: { type: 'array', items: reasonSchema },
        negative: { type: 'array', items: reasonSchema },
      },
    },
    model_version: nullableString,
    scored_at: nullableString,
  },
} as const;

/** One row of a lead's score history. */
export const scoreHistorySchema = {
  type: 'object',
  properties: {
    leadKey: { type: 'string' },
    modelVersion: nullableString,
    probability: nullableNumber,
    score: { type: ['integer', 'null'] },
    grade: nullableString,
    source: { type: 'string', enum: ['model', 'override'] },
    reason: nullableString,
    scoredAt: { type: 'string' },
  },
} as const;

/** What `POST /score-lead` returns per lead. */
export const scoredLeadSchema = {
  type: 'object',
  properties: {
    id: { type: ['string', 'null'], description: 'The key of the posted lead, if it had one.' },
    probability: { type: 'number' },
    score: { type: 'integer', minimum: 0, maximum: 100 },
    grade: { type: 'string', enum: ['A', 'B', 'C', 'D'] },
    reasons: reasonsSchema,
    modelVersion: { type: 'string' },
  },
} as const;

/** One file's load result (as `leadpipe run` prints it). */
export const loadResultSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    file: { type: 'string' },
    checksum: { type: 'string' },
    status: {
      type: 'string',
      enum: ['LOADED', 'PARTIALLY_LOADED', 'LOAD_FAILED', 'SKIPPED', 'LOAD_IN_PROGRESS'],
    },
    reason: { type: 'string' },
    rowsParsed: { type: 'integer' },
    rowsLoaded: { type: 'integer' },
    rowsRejected: { type: 'integer' },
    errorCount: { type: 'integer' },
    firstError: anyObject,
    loadId: { type: 'string' },
  },
} as const;

/** A task run (the merge into leads_final, then scoring). */
export const taskRunSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    runId: { type: 'string' },
    state: { type: 'string', enum: ['SUCCEEDED', 'FAILED', 'SKIPPED', 'FAILED_AND_AUTO_SUSPENDED'] },
    inserted: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    scored: { type: 'integer' },
    rowsConsumed: { type: 'integer' },
    error: { type: 'string' },
    reason: { type: 'string' },
  },
} as const;

/** A rejected row. */
export const loadErrorSchema = {
  type: 'object',
  properties: {
    loadId: { type: 'string' },
    fileName: { type: 'string' },
    line: { type: 'integer' },
    columnName: nullableString,
    error: { type: 'string' },
    rawText: { type: 'string' },
  },
} as const;

/** A staged file's manifest. */
export const stagedFileSchema = {
  type: 'object',
  additionalProperties: true,
  properties: {
    name: {
      type: 'string',
      description: 'The file name as given (sanitised), as the load history shows it.',
    },
    key: {
      type: 'string',
      description:
        'The staged file (uploads: name.checksum prefix), unique per content: two uploads with one name both stay staged until loaded.',
    },
    checksum: { type: 'string' },
    size: { type: 'integer' },
    sourceFormat: { type: 'string', enum: ['csv', 'json', 'ndjson'] },
    compressed: { type: 'boolean' },
    rowsParsed: { type: 'integer' },
    rowsAccepted: { type: 'integer' },
    rowsRejected: { type: 'integer' },
    columns: { type: 'array', items: { type: 'string' } },
    stagedAt: { type: 'string' },
  },
} as const;

/** Free-form objects (documented in words). */
export const objectSchema = anyObject;

/** The multipart body of the upload routes, for the OpenAPI document only (the stream is read by hand). */
export const uploadBodySchema = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'A CSV, JSON-array or NDJSON lead file, gzipped or not (detected from the bytes).',
    },
  },
} as const;

/**
 * The shapes of the leadpipe API's answers, as the dashboard reads them, derived from the types generated from
 * the API's OpenAPI document (`schema.gen.ts`, `npm run gen:api-types`), so a renamed or retyped field fails
 * the type check here instead of at run time.
 *
 * Two refinements are written by hand, each where it is used:
 * - The response schemas list their properties without `required`, so every generated property is optional;
 *   {@link Has} marks the ones the API always sends (the same set the dashboard always relied on).
 * - Some schemas are open objects (`additionalProperties`, e.g. the stats breakdowns, the pipeline status
 *   parts, the model card, a lead's stored reasons); those shapes stay written out here, with the reason.
 */
import type { operations } from './schema.gen.ts';

/** The JSON body of an operation's 200 answer, as generated from the OpenAPI document. */
export type Answer<Op extends keyof operations> = operations[Op] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

/** `T` with the properties `K` present (the API always sends them; its schemas do not say `required`). */
export type Has<T, K extends keyof T> = T & { [P in K]-?: Exclude<T[P], undefined> };

type ListLeads = Answer<'listLeads'>;
type LeadColumns = NonNullable<ListLeads['items']>[number];
type ScoreLeadAnswer = Exclude<Answer<'scoreLead'>, unknown[]>;
type GeneratedReason = NonNullable<NonNullable<ScoreLeadAnswer['reasons']>['positive']>[number];

/** A lead grade, best first. */
export type Grade = NonNullable<LeadColumns['grade']>;

/** All grades, best first. */
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

/** Sort direction. */
export type SortOrder = NonNullable<ListLeads['order']>;

/** One reason of a score, as `GET /leads` and `POST /score-lead` both serve it. */
export type Reason = Has<GeneratedReason, 'points' | 'text'>;

/**
 * The top positive and negative reasons of a score and, when the API could work it out, the score's
 * breakdown in score points: `baseline + sum(scorePoints) + other + override = score`.
 */
export interface Reasons {
  positive: Reason[];
  negative: Reason[];
  baseline?: number;
  other?: number;
  override?: number;
}

/**
 * A lead: columns of leads_final by snake_case name (only those asked for: every property stays optional);
 * score fields are null until scored. Refined: the schema stores `reasons` as an open object.
 */
export type Lead = LeadColumns & { reasons?: Reasons | null };

/** `GET /leads`. */
export type LeadsPage = Has<
  Omit<ListLeads, 'items'>,
  'total' | 'limit' | 'offset' | 'sort' | 'order' | 'nextCursor'
> & { items: Lead[] };

/** One row of `GET /leads/{id}`'s score history. */
export type ScoreHistoryEntry = Required<NonNullable<Answer<'getLead'>['scoreHistory']>[number]>;

/** `GET /leads/{id}`. */
export interface LeadDetail {
  lead: Lead;
  scoreHistory: ScoreHistoryEntry[];
}

// The stats breakdowns are open objects in the schema (their rows are built per dimension): written out.
/** One value of a `GET /stats` breakdown (`value` null = missing). */
export interface DimensionRow {
  value: string | null;
  leads: number;
  converted: number | null;
  conversionRate: number | null;
}

/** One bin of the score histogram. */
export interface HistogramBin {
  bin: number;
  from: number;
  to: number;
  leads: number;
  converted: number | null;
  conversionRate: number | null;
}

/** One probability decile (1 = highest probabilities). */
export interface StatDecile {
  decile: number;
  leads: number;
  meanProbability: number;
  converted: number | null;
  conversionRate: number | null;
}

/** `GET /stats` (`scored` from the schema; the rest refined, see above). */
export interface Stats extends Has<Pick<Answer<'getStats'>, 'scored'>, 'scored'> {
  totals: {
    leads: number;
    converted: number | null;
    labelled: number | null;
    conversionRate: number | null;
    scored: number;
    averageScore: number | null;
  };
  scoreHistogram: HistogramBin[] | null;
  deciles: StatDecile[] | null;
  /** The label column conversion is read from (null: the data has none). */
  label: string | null;
  /** Conversion by the active model's most important categorical columns. */
  breakdowns: Breakdown[];
  byGrade: DimensionRow[] | null;
}

/** A column's label per language, as `GET /schema` and `GET /stats` give it. */
export interface ColumnLabels {
  en: string;
  es: string;
}

/** One breakdown of `GET /stats`: conversion per value of a column. */
export interface Breakdown {
  column: string;
  label: ColumnLabels;
  buckets: DimensionRow[];
}

type GeneratedSchema = Answer<'getSchema'>;
type GeneratedColumn = NonNullable<GeneratedSchema['columns']>[number];
type GeneratedFeature = NonNullable<GeneratedSchema['features']>[number];

/** A column of leads_final as `GET /schema` describes it. */
export type SchemaColumn = Has<
  Omit<GeneratedColumn, 'levels' | 'label'>,
  'name' | 'type' | 'origin' | 'categorical'
> & {
  label: ColumnLabels;
  levels?: { value: string; leads: number }[];
};

/** One input column of the active model (`GET /schema`), most important first. */
export type SchemaFeature = Has<
  Omit<GeneratedFeature, 'label' | 'range'>,
  'column' | 'kind' | 'importance'
> & {
  label: ColumnLabels;
  range?: [number, number];
};

/** `GET /schema`: what forms, filters and charts are built from. */
export type SchemaInfo = Has<Omit<GeneratedSchema, 'columns' | 'features'>, 'key' | 'label'> & {
  columns: SchemaColumn[];
  features: SchemaFeature[];
};

/** `POST /score-lead` for one lead. */
export type ScoreResult = Has<ScoreLeadAnswer, 'id' | 'probability' | 'score' | 'grade' | 'modelVersion'> & {
  reasons: Reasons;
};

// The model card is an open object in the schema (it differs per model kind): written out.

/** The kinds of model `GET /model` describes. */
export type ModelKind = NonNullable<Answer<'getModel'>['kind']>;

/** One input of the active model, for the scoring form. */
export interface ModelInput {
  column: string;
  label: string;
  kind: 'categorical' | 'numeric' | 'boolean';
  levels?: string[];
  median?: number;
  range?: [number, number];
  /** A typical value (median, most frequent level, usual yes/no): the form's default. */
  typical?: string | number | boolean;
}

/** Metrics at one grade cut-off. */
export interface GradeMetric {
  grade: string;
  threshold: number;
  accuracy: number;
  precision: number;
  recall: number;
  positiveRate: number;
}

/** Calibration and lift of one decile on held-out data. */
export interface ModelDecile {
  decile: number;
  count: number;
  meanProbability: number;
  observedRate: number;
  lift: number;
  cumulativeCapture: number;
}

/** `GET /model` for a trained model. */
export interface TrainedModelCard {
  version: string;
  kind: Exclude<ModelKind, 'rules'>;
  label: string;
  description: string;
  createdAt: string;
  trainingSeconds: number;
  featuresUsed: string[];
  featuresExcluded: { column: string; reason: string }[];
  training: {
    rows: number;
    positives: number;
    source?: string;
    folds?: number;
    candidates?: { kind: string; cvLogLoss: number; cvRocAuc: number }[];
  };
  calibration: { method: string; a?: number; b?: number } | null;
  grades: { A: number; B: number; C: number; source?: string };
  metrics: {
    heldOut?: {
      rows: number;
      positives: number;
      rocAuc: number;
      brier: number;
      logLoss: number;
      accuracy: number;
      atGrades?: GradeMetric[];
      deciles?: ModelDecile[];
    };
    heldOutSource?: string;
  };
  inputs: ModelInput[];
  topWeights: { feature: string; label: string; level?: string; role?: string; weight: number }[];
}

/** One rule of a rules model. */
export interface Rule {
  name?: string;
  points: number;
  when: { column: string; op?: string; [argument: string]: unknown }[];
}

/** `GET /model` for a rules model. */
export interface RulesModelCard {
  version: string;
  kind: Extract<ModelKind, 'rules'>;
  description: string | null;
  min: number;
  max: number;
  grades: Record<string, number>;
  rules: Rule[];
  inputs: ModelInput[];
}

/** `GET /model`. */
export type ModelCard = TrainedModelCard | RulesModelCard;

type UploadAndLoad = Answer<'uploadAndLoad'>;
type GeneratedFileResult = NonNullable<UploadAndLoad['file']>;

/** Load status of one file. */
export type LoadStatus = NonNullable<GeneratedFileResult['status']>;

/** One file's load result (refined: the schema keeps `firstError` open). */
export type LoadFileResult = Has<
  GeneratedFileResult,
  'file' | 'status' | 'rowsParsed' | 'rowsLoaded' | 'rowsRejected' | 'errorCount'
> & { firstError?: { line?: number; reason?: string; column?: string } };

/** A task run (merge into leads_final, then scoring). */
export type TaskRun = Has<NonNullable<UploadAndLoad['task']>, 'state' | 'inserted' | 'updated' | 'unchanged'>;

/** A rejected row. */
export type LoadError = Has<
  NonNullable<UploadAndLoad['errors']>[number],
  'fileName' | 'line' | 'columnName' | 'error' | 'rawText'
>;

/** `POST /upload-and-load` (refined: the schema keeps `totals` open). */
export type UploadAndLoadResult = Omit<UploadAndLoad, 'file' | 'errors' | 'task' | 'pending' | 'totals'> & {
  file: LoadFileResult;
  errors: LoadError[];
  task: TaskRun;
  pending: LoadFileResult[];
  totals?: Record<string, number>;
};

/**
 * `POST /validate`: `file`, `valid`, `error` and `undeclaredColumns` from the schema; `summary` and `errors`
 * are open objects there, refined here.
 */
export interface ValidationReport extends Has<
  Pick<Answer<'validateFile'>, 'file' | 'valid' | 'error' | 'undeclaredColumns'>,
  'file' | 'valid'
> {
  summary?: {
    format?: string;
    compressed?: boolean;
    rowsParsed?: number;
    rowsAccepted?: number;
    rowsRejected?: number;
    columns?: string[];
    missingRequired?: string[];
  };
  errors?: { line: number; reason: string; raw?: string; column?: string }[];
}

/** `GET /loads/{file}/errors`. */
export type LoadErrorsPage = Omit<
  Has<Answer<'getLoadErrors'>, 'file' | 'total' | 'limit' | 'offset'>,
  'errors'
> & {
  errors: LoadError[];
};

// The pipeline status's parts are open objects in the schema (engine-specific fields): written out.
/** One row of the load history. */
export interface LoadHistoryRow {
  loadId: string;
  fileName: string;
  stageLocation?: string;
  checksum?: string;
  fileSize?: number;
  status: LoadStatus | string;
  reason?: string | null;
  rowCount: number;
  rowParsed: number;
  errorCount: number;
  firstErrorMessage?: string | null;
  firstErrorLineNumber?: number | null;
  lastLoadTime: string;
}

/** One row of the task history. */
export interface TaskHistoryRow {
  runId: string;
  name?: string;
  state: string;
  scheduledTime?: string;
  queryStartTime?: string;
  completedTime?: string | null;
  errorMessage?: string | null;
  inserted: number;
  updated: number;
  unchanged: number;
  scored?: number;
  rowsConsumed?: number;
  /** The model scored this run's leads without some of its columns: which, in a sentence. */
  modelWarning?: string | null;
}

/** `GET /pipeline/status` (`warehouse`, `stage` from the schema; the rest refined). */
export interface PipelineStatus extends Has<
  Pick<Answer<'getPipelineStatus'>, 'warehouse' | 'stage'>,
  'warehouse' | 'stage'
> {
  pipe: {
    executionState: string;
    pendingFileCount: number;
    oldestPendingFile?: string | null;
    lastIngestedFile?: string | null;
    lastIngestedTime?: string | null;
    lastError?: string | null;
    lastErrorTime?: string | null;
    lastErrorFile?: string | null;
  };
  stream: { name?: string; offset?: number; pendingRows: number; stale?: boolean };
  task: { name?: string; state: string; consecutiveFailures: number; suspendAfterFailures?: number };
  /** Files set aside so the pipe went on (`quarantine list`), newest first. */
  quarantine?: QuarantinedFile[];
  loadHistory: LoadHistoryRow[];
  taskHistory: TaskHistoryRow[];
}

/** A quarantined file in `GET /pipeline/status`. */
export interface QuarantinedFile {
  file: string;
  loadId: string;
  /** Where it failed: `copy` (nothing loaded) or `task` (rows held, not merged). */
  phase: 'copy' | 'task';
  quarantinedAt: string;
  rows: number;
  reason: string;
}

/**
 * An RFC 7807 problem (every 4xx/5xx of the API). Written out: the dashboard also makes problems up for
 * network failures, with fewer fields than the API's schema requires.
 */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: { in: string; path: string; message: string }[];
  [extension: string]: unknown;
}

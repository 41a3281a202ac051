/**
 * The shapes of the leadpipe API's answers, as the dashboard reads them (see the API's OpenAPI document at
 * `/docs/json`). Only the fields the dashboard uses are typed; leads carry any column of leads_final.
 */

/** A lead grade, best first. */
export type Grade = 'A' | 'B' | 'C' | 'D';

/** All grades, best first. */
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

/** Sort direction. */
export type SortOrder = 'asc' | 'desc';

/** One reason of a score, as `GET /leads` and `POST /score-lead` both serve it. */
export interface Reason {
  feature?: string;
  label?: string;
  value?: string;
  points: number;
  text: string;
}

/** The top positive and negative reasons of a score. */
export interface Reasons {
  positive: Reason[];
  negative: Reason[];
}

/** A lead: columns of leads_final by snake_case name; score fields are null until scored. */
export type Lead = Record<string, unknown> & {
  score?: number | null;
  grade?: Grade | null;
  probability?: number | null;
  reasons?: Reasons | null;
};

/** `GET /leads`. */
export interface LeadsPage {
  items: Lead[];
  total: number;
  limit: number;
  offset: number;
  sort: string;
  order: SortOrder;
  nextCursor: string | null;
}

/** One row of `GET /leads/{id}`'s score history. */
export interface ScoreHistoryEntry {
  leadKey: string;
  modelVersion: string | null;
  probability: number | null;
  score: number | null;
  grade: string | null;
  source: 'model' | 'override';
  reason: string | null;
  scoredAt: string;
}

/** `GET /leads/{id}`. */
export interface LeadDetail {
  lead: Lead;
  scoreHistory: ScoreHistoryEntry[];
}

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

/** `GET /stats`. */
export interface Stats {
  scored: boolean;
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
  bySource: DimensionRow[] | null;
  byOrigin: DimensionRow[] | null;
  byActivity: DimensionRow[] | null;
  byGrade: DimensionRow[] | null;
}

/** `POST /score-lead` for one lead. */
export interface ScoreResult {
  id: string | null;
  probability: number | null;
  score: number;
  grade: Grade;
  reasons: Reasons;
  modelVersion: string;
}

/** One input of the active model, for the scoring form. */
export interface ModelInput {
  column: string;
  label: string;
  kind: 'categorical' | 'numeric' | 'boolean';
  levels?: string[];
  median?: number;
  range?: [number, number];
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
  kind: 'logistic' | 'gbt';
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
  kind: 'rules';
  description: string | null;
  min: number;
  max: number;
  grades: Record<string, number>;
  rules: Rule[];
  inputs: ModelInput[];
}

/** `GET /model`. */
export type ModelCard = TrainedModelCard | RulesModelCard;

/** Load status of one file. */
export type LoadStatus = 'LOADED' | 'PARTIALLY_LOADED' | 'LOAD_FAILED' | 'SKIPPED' | 'LOAD_IN_PROGRESS';

/** One file's load result. */
export interface LoadFileResult {
  file: string;
  checksum?: string;
  status: LoadStatus;
  reason?: string;
  rowsParsed: number;
  rowsLoaded: number;
  rowsRejected: number;
  errorCount: number;
  firstError?: { line?: number; reason?: string; column?: string };
  loadId?: string;
}

/** A task run (merge into leads_final, then scoring). */
export interface TaskRun {
  runId?: string;
  state: 'SUCCEEDED' | 'FAILED' | 'SKIPPED' | 'FAILED_AND_AUTO_SUSPENDED';
  inserted: number;
  updated: number;
  unchanged: number;
  scored?: number;
  rowsConsumed?: number;
  error?: string;
  reason?: string;
}

/** A rejected row. */
export interface LoadError {
  loadId?: string;
  fileName: string;
  line: number;
  columnName: string | null;
  error: string;
  rawText: string;
}

/** `POST /upload-and-load`. */
export interface UploadAndLoadResult {
  file: LoadFileResult;
  errors: LoadError[];
  task: TaskRun;
  pending: LoadFileResult[];
  totals?: Record<string, number>;
}

/** `POST /validate`. */
export interface ValidationReport {
  file: string;
  valid: boolean;
  error?: string;
  summary?: {
    format?: string;
    compressed?: boolean;
    rowsParsed?: number;
    rowsAccepted?: number;
    rowsRejected?: number;
    columns?: string[];
    missingRequired?: string[];
  };
  undeclaredColumns?: string[];
  errors?: { line: number; reason: string; raw?: string; column?: string }[];
}

/** `GET /loads/{file}/errors`. */
export interface LoadErrorsPage {
  file: string;
  total: number;
  limit: number;
  offset: number;
  errors: LoadError[];
}

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
}

/** `GET /pipeline/status`. */
export interface PipelineStatus {
  warehouse: string;
  stage: string;
  pipe: {
    executionState: string;
    pendingFileCount: number;
    oldestPendingFile?: string | null;
    lastIngestedFile?: string | null;
    lastIngestedTime?: string | null;
    lastError?: string | null;
    lastErrorTime?: string | null;
  };
  stream: { name?: string; offset?: number; pendingRows: number; stale?: boolean };
  task: { name?: string; state: string; consecutiveFailures: number; suspendAfterFailures?: number };
  loadHistory: LoadHistoryRow[];
  taskHistory: TaskHistoryRow[];
}

/** An RFC 7807 problem (every 4xx/5xx of the API). */
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

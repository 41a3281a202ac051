/**
 * The lead table's state (sort, filters, page, page size, visible columns) as one value with a reducer,
 * and its two translations: the `GET /leads` query string (all sorting, filtering and paging happen on the
 * server) and the URL hash parameters (so a view can be bookmarked, shared and restored on reload).
 */
import type { Grade, SortOrder } from '../../api/types.ts';
import { GRADES } from '../../api/types.ts';

/** Whether conversion is filtered on. */
export type ConvertedFilter = 'any' | 'yes' | 'no';

/** Filters of the lead table. */
export interface LeadFilters {
  grades: Grade[];
  minScore: number | null;
  maxScore: number | null;
  /** Exact values of columns (`filter.<column>=value` on the API), by column. */
  where: Record<string, string>;
  /** The outcome (the home's label column). */
  converted: ConvertedFilter;
  /** Free text: the key or a text column contains it (case-insensitive, on the server). */
  q: string;
}

/** The whole state of the lead table. */
export interface TableState extends LeadFilters {
  /** Sort column; null = the API's default (score, highest first, once leads are scored). */
  sort: string | null;
  order: SortOrder;
  /** Zero-based page. */
  page: number;
  pageSize: number;
  /** Visible columns in order (the key column is always shown first, outside this list). */
  columns: string[];
}

/** Page sizes offered. */
export const PAGE_SIZES: readonly number[] = [25, 50, 100, 250];

/** The default page size. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * Columns shown until the user chooses others: none of the lead's own (the API's default page brings the
 * label and the model's most important inputs; the table shows those), then score and grade.
 */
export const DEFAULT_COLUMNS: readonly string[] = [];

/** Lead columns of the default view: the model's most important inputs, this many. */
export const DEFAULT_FEATURE_COLUMNS = 5;

/**
 * The default view's columns for a home: score, grade and probability, the model's most important inputs,
 * then the label (the outcome).
 */
export function defaultColumns(
  schema: { label: string | null; features: readonly { column: string }[] } | undefined,
  key?: string,
): string[] {
  const features = (schema?.features ?? [])
    .map((f) => f.column)
    .filter((c) => c !== key && c !== schema?.label)
    .slice(0, DEFAULT_FEATURE_COLUMNS);
  return [
    ...new Set(['score', 'grade', 'probability', ...features, ...(schema?.label ? [schema.label] : [])]),
  ];
}

/** Columns whose first click sorts descending (bigger is more interesting). */
const DESCENDING_FIRST = new Set(['score', 'probability', 'updated_at', 'first_seen_at', 'scored_at']);

const COLUMN_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** No filters. */
export const NO_FILTERS: LeadFilters = {
  grades: [],
  minScore: null,
  maxScore: null,
  where: {},
  converted: 'any',
  q: '',
};

/** The state of a fresh table. */
export function initialTableState(): TableState {
  return {
    ...NO_FILTERS,
    sort: null,
    order: 'desc',
    page: 0,
    pageSize: DEFAULT_PAGE_SIZE,
    columns: [...DEFAULT_COLUMNS],
  };
}

/** What can happen to the table. */
export type TableAction =
  | { type: 'sort'; column: string; numeric?: boolean }
  | { type: 'filter'; patch: Partial<LeadFilters> }
  | { type: 'clearFilters' }
  | { type: 'page'; page: number }
  | { type: 'pageSize'; pageSize: number }
  /** `shown`: the columns on screen (the defaults while `columns` is empty). */
  | { type: 'toggleColumn'; column: string; shown?: readonly string[] }
  | { type: 'setColumns'; columns: string[] }
  | { type: 'replace'; state: TableState };

function clampScore(v: number | null | undefined): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Math.min(100, Math.max(0, Math.round(v)));
}

/**
 * The next table state. Sorting a new column starts descending for numbers and scores, ascending for
 * text; sorting the same column again flips it. Any change of filters, sort or page size goes back to the
 * first page (the old page number means nothing for another result).
 */
export function tableReducer(state: TableState, action: TableAction): TableState {
  switch (action.type) {
    case 'sort': {
      const current = state.sort ?? 'score';
      if (current === action.column)
        return { ...state, sort: action.column, order: state.order === 'asc' ? 'desc' : 'asc', page: 0 };
      return {
        ...state,
        sort: action.column,
        order: DESCENDING_FIRST.has(action.column) || action.numeric ? 'desc' : 'asc',
        page: 0,
      };
    }
    case 'filter': {
      const next = { ...state, ...action.patch, page: 0 };
      if (action.patch.where)
        next.where = Object.fromEntries(Object.entries(action.patch.where).filter(([, v]) => v !== ''));
      if ('minScore' in action.patch) next.minScore = clampScore(action.patch.minScore);
      if ('maxScore' in action.patch) next.maxScore = clampScore(action.patch.maxScore);
      if (action.patch.grades) next.grades = GRADES.filter((g) => action.patch.grades?.includes(g));
      return next;
    }
    case 'clearFilters':
      return { ...state, ...NO_FILTERS, page: 0 };
    case 'page':
      return { ...state, page: Math.max(0, Math.floor(action.page)) };
    case 'pageSize':
      return PAGE_SIZES.includes(action.pageSize) ? { ...state, pageSize: action.pageSize, page: 0 } : state;
    case 'toggleColumn': {
      const base = state.columns.length > 0 ? state.columns : [...(action.shown ?? [])];
      const columns = base.includes(action.column)
        ? base.filter((c) => c !== action.column)
        : [...base, action.column];
      return { ...state, columns };
    }
    case 'setColumns':
      return { ...state, columns: [...new Set(action.columns)] };
    case 'replace':
      return action.state;
  }
}

/** Whether any filter is set. */
export function hasFilters(s: LeadFilters): boolean {
  return (
    s.grades.length > 0 ||
    s.minScore !== null ||
    s.maxScore !== null ||
    Object.values(s.where).some((v) => v !== '') ||
    s.converted !== 'any' ||
    s.q.trim() !== ''
  );
}

/** A filter problem the user must fix before the query is sent, or null. */
export function filterProblem(s: LeadFilters): 'scoreRange' | null {
  return s.minScore !== null && s.maxScore !== null && s.minScore > s.maxScore ? 'scoreRange' : null;
}

/** The filter part of a `GET /leads` query. */
export function filterParams(s: LeadFilters, params = new URLSearchParams()): URLSearchParams {
  if (s.grades.length > 0) params.set('grade', s.grades.join(','));
  if (s.minScore !== null) params.set('min_score', String(s.minScore));
  if (s.maxScore !== null) params.set('max_score', String(s.maxScore));
  for (const [column, value] of Object.entries(s.where))
    if (value !== '' && COLUMN_NAME.test(column)) params.set(`filter.${column}`, value.slice(0, 200));
  if (s.converted !== 'any') params.set('converted', s.converted === 'yes' ? 'true' : 'false');
  const q = s.q.trim();
  if (q) params.set('q', q.slice(0, 200));
  return params;
}

/**
 * The `GET /leads` query of a state: page as limit/offset, sort and order, the visible columns (plus the
 * columns the table always needs), and the filters.
 */
export function leadsQuery(
  s: TableState,
  options: { key?: string | undefined; extraColumns?: readonly string[] } = {},
): string {
  const params = new URLSearchParams();
  params.set('limit', String(s.pageSize));
  params.set('offset', String(s.page * s.pageSize));
  if (s.sort) {
    params.set('sort', s.sort);
    params.set('order', s.order);
  }
  const key = options.key;
  const columns = [...new Set([...s.columns, ...(options.extraColumns ?? [])])].filter((c) => c !== key);
  if (columns.length > 0) params.set('columns', columns.join(','));
  filterParams(s, params);
  return `/leads?${params.toString()}`;
}

/** How many pages `total` rows make (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The state as URL hash parameters; defaults are left out so URLs stay short. */
export function toHashParams(s: TableState): URLSearchParams {
  const p = filterParams(s);
  if (s.sort) p.set('sort', s.order === 'desc' ? `-${s.sort}` : s.sort);
  if (s.page > 0) p.set('page', String(s.page + 1));
  if (s.pageSize !== DEFAULT_PAGE_SIZE) p.set('size', String(s.pageSize));
  if (s.columns.join(',') !== DEFAULT_COLUMNS.join(',')) p.set('cols', s.columns.join(','));
  return p;
}

function intOrNull(v: string | null): number | null {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** A state from URL hash parameters; anything malformed falls back to the default for that part. */
export function fromHashParams(p: URLSearchParams): TableState {
  const s = initialTableState();
  const grades = (p.get('grade') ?? '')
    .split(',')
    .filter((g): g is Grade => (GRADES as readonly string[]).includes(g));
  s.grades = GRADES.filter((g) => grades.includes(g));
  s.minScore = clampScore(intOrNull(p.get('min_score')));
  s.maxScore = clampScore(intOrNull(p.get('max_score')));
  s.where = {};
  for (const [name, value] of p.entries()) {
    const column = name.startsWith('filter.') ? name.slice('filter.'.length) : '';
    if (COLUMN_NAME.test(column) && value !== '') s.where[column] = value;
  }
  const converted = p.get('converted');
  s.converted = converted === 'true' ? 'yes' : converted === 'false' ? 'no' : 'any';
  s.q = p.get('q') ?? '';
  const sort = p.get('sort');
  if (sort) {
    const name = sort.startsWith('-') ? sort.slice(1) : sort;
    if (COLUMN_NAME.test(name)) {
      s.sort = name;
      s.order = sort.startsWith('-') ? 'desc' : 'asc';
    }
  }
  const page = intOrNull(p.get('page'));
  if (page !== null && page >= 1) s.page = Math.floor(page) - 1;
  const size = intOrNull(p.get('size'));
  if (size !== null && PAGE_SIZES.includes(size)) s.pageSize = size;
  const cols = p.get('cols');
  if (cols !== null) s.columns = [...new Set(cols.split(',').filter((c) => COLUMN_NAME.test(c)))];
  return s;
}

import { useEffect, useState } from 'react';
import type { Dispatch } from 'react';
import { useI18n } from '../../app/i18n-context.ts';
import type { ConvertedFilter, TableAction, TableState } from './table-state.ts';
import { hasFilters } from './table-state.ts';
import type { SchemaColumn, SchemaInfo } from '../../api/types.ts';
import { GRADES } from '../../api/types.ts';
import { useDebounced } from '../../ui/use-debounced.ts';
import { useColumnLabel } from '../../ui/use-column-label.ts';

/** Props of {@link LeadFiltersBar}. */
export interface LeadFiltersBarProps {
  state: TableState;
  dispatch: Dispatch<TableAction>;
  /** The home's columns: the categorical ones become dropdowns of their levels. */
  schema: SchemaInfo | undefined;
  problem: 'scoreRange' | null;
}

/** Column dropdowns shown from the start: the model's most important categorical inputs, this many. */
export const SHOWN_COLUMN_FILTERS = 2;

/**
 * The columns a user may filter by: categorical lead columns other than the key and the label (the
 * outcome has its own filter), the model's most important first.
 */
export function filterableColumns(schema: SchemaInfo | undefined): SchemaColumn[] {
  if (!schema) return [];
  const rank = new Map(schema.features.map((f, i) => [f.column, i]));
  return schema.columns
    .filter((c) => c.categorical && c.origin === 'lead' && c.name !== schema.key && c.name !== schema.label)
    .sort((a, b) => (rank.get(a.name) ?? 1e9) - (rank.get(b.name) ?? 1e9));
}

function scoreInput(text: string): number | null {
  if (text.trim() === '') return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/**
 * Filters of the lead table: search, grades, score range, the outcome, and dropdowns of the home's
 * categorical columns (the most important ones shown, any other added from a list).
 */
export function LeadFiltersBar({ state, dispatch, schema, problem }: LeadFiltersBarProps) {
  const { t, n } = useI18n();
  const label = useColumnLabel();
  const [added, setAdded] = useState<string[]>([]);
  // Text fields keep their own state: the table follows them once typing pauses.
  const [q, setQ] = useState(state.q);
  const [min, setMin] = useState(state.minScore === null ? '' : String(state.minScore));
  const [max, setMax] = useState(state.maxScore === null ? '' : String(state.maxScore));
  const dq = useDebounced(q, 300);
  const dmin = useDebounced(min, 400);
  const dmax = useDebounced(max, 400);
  useEffect(() => {
    if (dq !== state.q) dispatch({ type: 'filter', patch: { q: dq } });
    // state.q is compared, not a trigger: only a pause in typing applies the search.
  }, [dq]);
  useEffect(() => {
    const minScore = scoreInput(dmin);
    const maxScore = scoreInput(dmax);
    if (minScore !== state.minScore || maxScore !== state.maxScore)
      dispatch({ type: 'filter', patch: { minScore, maxScore } });
    // The state is compared, not a trigger: only a pause in typing applies the range.
  }, [dmin, dmax]);
  // Filters cleared or replaced from outside (the URL, "Clear filters"): show them.
  useEffect(() => setQ(state.q), [state.q]);
  useEffect(() => setMin(state.minScore === null ? '' : String(state.minScore)), [state.minScore]);
  useEffect(() => setMax(state.maxScore === null ? '' : String(state.maxScore)), [state.maxScore]);

  const filterable = filterableColumns(schema);
  const shown = filterable.filter(
    (c, i) => i < SHOWN_COLUMN_FILTERS || added.includes(c.name) || state.where[c.name] !== undefined,
  );
  const more = filterable.filter((c) => !shown.includes(c));
  // Filters from a URL on columns this home does not offer still show, so they can be cleared.
  const unknown = Object.keys(state.where).filter((c) => !filterable.some((f) => f.name === c));
  const setWhere = (column: string, value: string): void =>
    dispatch({ type: 'filter', patch: { where: { ...state.where, [column]: value } } });
  const yesNo = (c: SchemaColumn, value: string): string =>
    c.type === 'boolean'
      ? value === 'true'
        ? t('common.yes')
        : value === 'false'
          ? t('common.no')
          : value
      : value;
  const toggleGrade = (g: (typeof GRADES)[number]): void => {
    const grades = state.grades.includes(g) ? state.grades.filter((x) => x !== g) : [...state.grades, g];
    dispatch({ type: 'filter', patch: { grades } });
  };

  return (
    <form
      className="filters card"
      role="search"
      aria-label={t('leads.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field field-search">
        <label htmlFor="lead-search">{t('leads.search')}</label>
        <input
          id="lead-search"
          type="search"
          value={q}
          placeholder={t('leads.searchPlaceholder')}
          onChange={(e) => setQ(e.target.value)}
          maxLength={200}
        />
      </div>
      <fieldset className="field grade-filter">
        <legend>{t('leads.grade')}</legend>
        <div className="chips">
          {GRADES.map((g) => (
            <label key={g} className={state.grades.includes(g) ? 'chip chip-on' : 'chip'}>
              <input type="checkbox" checked={state.grades.includes(g)} onChange={() => toggleGrade(g)} />
              {g}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field score-range">
        <legend>{t('leads.scoreRange')}</legend>
        <div className="range-inputs">
          <label className="visually-hidden" htmlFor="min-score">
            {t('leads.minScore')}
          </label>
          <input
            id="min-score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={min}
            placeholder="0"
            onChange={(e) => setMin(e.target.value)}
            aria-invalid={problem === 'scoreRange'}
          />
          <span aria-hidden="true">–</span>
          <label className="visually-hidden" htmlFor="max-score">
            {t('leads.maxScore')}
          </label>
          <input
            id="max-score"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={max}
            placeholder="100"
            onChange={(e) => setMax(e.target.value)}
            aria-invalid={problem === 'scoreRange'}
          />
        </div>
        {problem === 'scoreRange' && (
          <p className="field-error" role="alert">
            {t('leads.scoreRangeProblem')}
          </p>
        )}
      </fieldset>
      {shown.map((c) => {
        const id = `filter-${c.name}`;
        const value = state.where[c.name] ?? '';
        const levels = c.levels ?? [];
        return (
          <div className="field" key={c.name}>
            <label htmlFor={id}>{label(c.name)}</label>
            <select id={id} value={value} onChange={(e) => setWhere(c.name, e.target.value)}>
              <option value="">{t('leads.any')}</option>
              {value && !levels.some((l) => l.value === value) && (
                <option value={value}>{yesNo(c, value)}</option>
              )}
              {levels.map((l) => (
                <option key={l.value} value={l.value}>
                  {yesNo(c, l.value)} ({n(l.leads)})
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {unknown.map((column) => (
        <div className="field" key={column}>
          <label htmlFor={`filter-${column}`}>{label(column)}</label>
          <select
            id={`filter-${column}`}
            value={state.where[column]}
            onChange={(e) => setWhere(column, e.target.value)}
          >
            <option value="">{t('leads.any')}</option>
            <option value={state.where[column]}>{state.where[column]}</option>
          </select>
        </div>
      ))}
      {more.length > 0 && (
        <div className="field">
          <label htmlFor="add-filter">{t('leads.moreFilters')}</label>
          <select
            id="add-filter"
            value=""
            onChange={(e) => {
              const column = e.target.value;
              if (column) setAdded((list) => [...list, column]);
            }}
          >
            <option value="">{t('leads.addFilter')}</option>
            {more.map((c) => (
              <option key={c.name} value={c.name}>
                {label(c.name)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="converted-filter">{schema?.label ? label(schema.label) : t('leads.converted')}</label>
        <select
          id="converted-filter"
          value={state.converted}
          onChange={(e) =>
            dispatch({ type: 'filter', patch: { converted: e.target.value as ConvertedFilter } })
          }
        >
          <option value="any">{t('leads.any')}</option>
          <option value="yes">{t('common.yes')}</option>
          <option value="no">{t('common.no')}</option>
        </select>
      </div>
      <div className="field field-actions">
        <button
          type="button"
          className="button button-ghost"
          disabled={!hasFilters(state)}
          onClick={() => dispatch({ type: 'clearFilters' })}
        >
          {t('leads.clearFilters')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useState } from 'react';
import type { Dispatch } from 'react';
import { useI18n } from '../../app/i18n-context.ts';
import type { ConvertedFilter, TableAction, TableState } from './table-state.ts';
import { hasFilters } from './table-state.ts';
import type { Stats } from '../../api/types.ts';
import { GRADES } from '../../api/types.ts';
import { useDebounced } from '../../ui/use-debounced.ts';

/** Props of {@link LeadFiltersBar}. */
export interface LeadFiltersBarProps {
  state: TableState;
  dispatch: Dispatch<TableAction>;
  /** For the source and origin dropdowns (their values, by volume). */
  stats: Stats | undefined;
  problem: 'scoreRange' | null;
}

function scoreInput(text: string): number | null {
  if (text.trim() === '') return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/** Filters of the lead table: search, grades, score range, source, origin and conversion. */
export function LeadFiltersBar({ state, dispatch, stats, problem }: LeadFiltersBarProps) {
  const { t, n } = useI18n();
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

  const sources = (stats?.bySource ?? []).filter((r) => r.value !== null);
  const origins = (stats?.byOrigin ?? []).filter((r) => r.value !== null);
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
      <div className="field">
        <label htmlFor="source-filter">{t('leads.source')}</label>
        <select
          id="source-filter"
          value={state.source}
          onChange={(e) => dispatch({ type: 'filter', patch: { source: e.target.value } })}
        >
          <option value="">{t('leads.any')}</option>
          {state.source && !sources.some((s) => s.value === state.source) && (
            <option value={state.source}>{state.source}</option>
          )}
          {sources.map((s) => (
            <option key={s.value} value={s.value ?? ''}>
              {s.value} ({n(s.leads)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="origin-filter">{t('leads.origin')}</label>
        <select
          id="origin-filter"
          value={state.origin}
          onChange={(e) => dispatch({ type: 'filter', patch: { origin: e.target.value } })}
        >
          <option value="">{t('leads.any')}</option>
          {state.origin && !origins.some((s) => s.value === state.origin) && (
            <option value={state.origin}>{state.origin}</option>
          )}
          {origins.map((s) => (
            <option key={s.value} value={s.value ?? ''}>
              {s.value} ({n(s.leads)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="converted-filter">{t('leads.converted')}</label>
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

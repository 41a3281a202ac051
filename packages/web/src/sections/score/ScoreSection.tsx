import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { SectionProps } from '../../app/section-props.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { postJson } from '../../api/client.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { FormValues } from './score-form.ts';
import { defaultValues, formInputs, formProblems, schemaInputs, scoreRequest } from './score-form.ts';
import type { ScoreResult } from '../../api/types.ts';
import { useSchema } from '../../ui/use-column-label.ts';
import { useDebounced } from '../../ui/use-debounced.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ScoreForm } from './ScoreForm.tsx';
import { ScoreResultPanel } from './ScoreResultPanel.tsx';
import './score.css';

/**
 * Score a lead: a form generated from the active model's features (`GET /schema`: kinds, levels, ranges,
 * typical values), most important first; the score, grade and reasons follow every change.
 */
export function ScoreSection(_props: SectionProps) {
  const { t } = useI18n();
  const model = useSchema();
  const inputs = useMemo(() => formInputs(schemaInputs(model.data?.features ?? [])), [model.data]);
  const [values, setValues] = useState<FormValues | null>(null);

  useEffect(() => {
    if (model.data && values === null) setValues(defaultValues(inputs));
  }, [model.data, values, inputs]);

  const problems = useMemo(() => (values ? formProblems(inputs, values) : {}), [inputs, values]);
  const body = useMemo(
    () =>
      values && Object.keys(problems).length === 0 ? JSON.stringify(scoreRequest(inputs, values)) : null,
    [inputs, values, problems],
  );
  const debounced = useDebounced(body, 200);
  // Scoring is a read (nothing is stored), so it is a query keyed by the request body: a newer body aborts
  // the older request (its signal was taken and nothing shows it any more).
  const score = useQuery({
    queryKey: ['score-lead', debounced],
    queryFn: ({ signal }) =>
      postJson<ScoreResult>('/score-lead', JSON.parse(debounced ?? 'null') as unknown, signal),
    enabled: debounced !== null,
    gcTime: 0,
  });
  // The last score stays on screen while the next one is computed, and beside an error (placeholder data
  // would drop it once a request fails), so it is kept here, adjusted during render.
  const [result, setResult] = useState<ScoreResult | null>(null);
  if (score.data && score.data !== result) setResult(score.data);
  const error = score.error;
  const scoring = score.isFetching;

  if (model.error && !model.data)
    return <ErrorNotice error={model.error} onRetry={() => void model.refetch()} />;
  if (!model.data || !values) return <Loading />;
  return (
    <div className="score-layout">
      <section className="card" aria-labelledby="score-form-title">
        <div className="card-header">
          <h2 id="score-form-title">{t('score.form')}</h2>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => setValues(defaultValues(inputs))}
          >
            {t('score.reset')}
          </button>
        </div>
        <p className="muted small">{t('score.formHint')}</p>
        <ScoreForm
          inputs={inputs}
          values={values}
          problems={problems}
          onChange={(column, value) => setValues((v) => ({ ...(v ?? {}), [column]: value }))}
        />
      </section>
      <section
        className="card score-result-card"
        aria-labelledby="score-result-title"
        aria-live="polite"
        aria-busy={scoring}
      >
        <h2 id="score-result-title">{t('score.result')}</h2>
        {error && <ErrorNotice error={error} />}
        {result ? <ScoreResultPanel result={result} updating={scoring} /> : !error && <Loading />}
      </section>
    </div>
  );
}

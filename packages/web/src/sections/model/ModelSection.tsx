import { useColumnLabel } from '../../ui/use-column-label.ts';
import type { SectionProps } from '../../app/section-props.ts';
import { CalibrationChart } from '../../ui/CalibrationChart.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { useI18n } from '../../app/i18n-context.ts';
import type { ModelCard, TrainedModelCard } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { RulesTable } from './RulesTable.tsx';
import { StatCard } from '../../ui/StatCard.tsx';
import { TopWeights } from './TopWeights.tsx';
import { ModelWarningNotice } from '../../ui/ModelWarningNotice.tsx';
import '../../ui/table.css';
import './model.css';

/** Model: the active model card — features, held-out metrics, calibration and lift, top weights. */
export function ModelSection(_props: SectionProps) {
  const { t, n, dt } = useI18n();
  const label = useColumnLabel();
  const model = useApiQuery<ModelCard>('/model', { shared: true });
  if (model.error && !model.data)
    return <ErrorNotice error={model.error} onRetry={() => void model.refetch()} />;
  if (!model.data) return <Loading />;
  const m = model.data;
  if (m.kind === 'rules') {
    return (
      <div className="stack">
        <section className="card">
          <h2>{t('model.rules')}</h2>
          <p className="mono small">{m.version}</p>
          {m.description && <p>{m.description}</p>}
          <RulesTable card={m} />
        </section>
      </div>
    );
  }
  return (
    <div className="stack" data-testid="model-card">
      <ModelWarningNotice />
      <section className="card">
        <div className="card-header">
          <h2>{t(m.kind === 'gbt' ? 'model.gbt' : 'model.logistic')}</h2>
          <span className="mono small">{m.version}</span>
        </div>
        <p>{m.description}</p>
        <p className="muted small">
          {t('model.trained', {
            when: dt(m.createdAt),
            rows: n(m.training.rows),
            positives: n(m.training.positives),
          })}
          {m.training.source ? ` · ${m.training.source}` : ''}
        </p>
      </section>
      <HeldOut card={m} />
      <div className="two-columns">
        <section className="card" aria-labelledby="weights-title">
          <h2 id="weights-title">{t(m.kind === 'gbt' ? 'model.topSplits' : 'model.topWeights')}</h2>
          <TopWeights weights={m.topWeights} kind={m.kind} />
        </section>
        <section className="card" aria-labelledby="features-title">
          <h2 id="features-title">{t('model.features')}</h2>
          <p className="muted small">{t('model.featuresUsed', { count: m.featuresUsed.length })}</p>
          <ul className="tag-list">
            {m.featuresUsed.map((f) => (
              <li key={f} className="tag">
                {label(f)}
              </li>
            ))}
          </ul>
          <h3>{t('model.excluded')}</h3>
          <ul className="plain-list small">
            {m.featuresExcluded.map((f) => (
              <li key={f.column}>
                <span className="mono">{f.column}</span>{' '}
                <span className="muted">
                  — {t(f.reason === 'leaks-outcome' ? 'model.leaks' : 'model.identifier')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

function HeldOut({ card }: { card: TrainedModelCard }) {
  const { t, n, pct } = useI18n();
  const h = card.metrics.heldOut;
  if (!h) return <p className="muted">{t('model.noMetrics')}</p>;
  const points = (h.deciles ?? []).map((d) => ({
    decile: d.decile,
    leads: d.count,
    predicted: d.meanProbability * 100,
    actual: d.observedRate * 100,
    lift: d.lift,
  }));
  return (
    <>
      <div className="stat-grid">
        <StatCard
          label={t('model.auc')}
          value={n(h.rocAuc, 3)}
          hint={t('model.aucHint')}
          testId="model-auc"
        />
        <StatCard label={t('model.brier')} value={n(h.brier, 3)} hint={t('model.brierHint')} />
        <StatCard label={t('model.logLoss')} value={n(h.logLoss, 3)} hint={t('model.logLossHint')} />
        <StatCard
          label={t('model.accuracy')}
          value={pct(h.accuracy)}
          hint={t('model.heldOut', { rows: n(h.rows), positives: n(h.positives) })}
        />
      </div>
      <div className="two-columns">
        <CalibrationChart
          id="model-calibration"
          title={t('model.calibration')}
          description={t('model.calibrationHint')}
          points={points}
        />
        <section className="card" aria-labelledby="cutoffs-title">
          <h2 id="cutoffs-title">{t('model.cutoffs')}</h2>
          <p className="muted small">{t('model.cutoffsHint')}</p>
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('drawer.grade')}</th>
                  <th scope="col" className="num">
                    {t('model.threshold')}
                  </th>
                  <th scope="col" className="num">
                    {t('model.precision')}
                  </th>
                  <th scope="col" className="num">
                    {t('model.recall')}
                  </th>
                  <th scope="col" className="num">
                    {t('model.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(h.atGrades ?? []).map((g) => (
                  <tr key={g.grade}>
                    <td>{t('model.gradeOrBetter', { grade: g.grade })}</td>
                    <td className="num">≥ {g.threshold}</td>
                    <td className="num">{pct(g.precision)}</td>
                    <td className="num">{pct(g.recall)}</td>
                    <td className="num">{pct(g.positiveRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('model.lift')}</h3>
          <div className="table-scroll">
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('charts.decile')}</th>
                  <th scope="col" className="num">
                    {t('charts.lift')}
                  </th>
                  <th scope="col" className="num">
                    {t('model.capture')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(h.deciles ?? []).map((d) => (
                  <tr key={d.decile}>
                    <td>{d.decile}</td>
                    <td className="num">{n(d.lift, 2)}×</td>
                    <td className="num">{pct(d.cumulativeCapture, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </>
  );
}

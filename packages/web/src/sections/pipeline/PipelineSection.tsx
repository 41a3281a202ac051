import { useEffect, useState } from 'react';
import type { SectionProps } from '../../app/section-props.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatRelative } from '../../app/format.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { PipelineStatus } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { LastErrorBanner } from './LastErrorBanner.tsx';
import { LoadHistoryTable } from './LoadHistoryTable.tsx';
import { QuarantineTable } from './QuarantineTable.tsx';
import { StatCard } from '../../ui/StatCard.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { TaskRunsTable } from './TaskRunsTable.tsx';

/** How often the pipeline status refreshes itself while the page is visible. */
export const PIPELINE_REFRESH_MS = 5000;

/** Pipeline: pipe, stream and task state, load history with rejected rows, task runs; refreshes itself. */
export function PipelineSection(_props: SectionProps) {
  const { t, n, dt, locale } = useI18n();
  const status = useApiQuery<PipelineStatus>('/pipeline/status?limit=30', { refreshMs: PIPELINE_REFRESH_MS });
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (status.error && !status.data)
    return <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return <Loading />;
  const s = status.data;
  const updated = status.dataUpdatedAt ? formatRelative(new Date(status.dataUpdatedAt), locale, now) : '—';
  return (
    <div className="stack">
      <div className="table-toolbar">
        <p className="muted small" aria-live="off">
          {t('pipeline.updated', { when: updated, seconds: PIPELINE_REFRESH_MS / 1000 })} · {s.warehouse} ·{' '}
          {s.stage}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void status.refetch()}
          disabled={status.isFetching}
        >
          {t('pipeline.refresh')}
        </button>
      </div>
      {status.error && (
        <ErrorNotice error={status.error} onRetry={() => void status.refetch()} title={t('pipeline.stale')} />
      )}
      <div className="stat-grid">
        <StatCard
          label={t('pipeline.pipe')}
          value={<StatusBadge status={s.pipe.executionState} />}
          hint={t('pipeline.pendingFiles', { count: n(s.pipe.pendingFileCount) })}
          testId="pipe-state"
        />
        <StatCard
          label={t('pipeline.stream')}
          value={n(s.stream.pendingRows)}
          hint={t('pipeline.streamHint')}
        />
        <StatCard
          label={t('pipeline.task')}
          value={<StatusBadge status={s.task.state} />}
          hint={t('pipeline.failures', {
            count: n(s.task.consecutiveFailures),
            max: n(s.task.suspendAfterFailures ?? null),
          })}
        />
        <StatCard
          label={t('pipeline.lastIngest')}
          value={<span className="mono small">{s.pipe.lastIngestedFile ?? '—'}</span>}
          hint={dt(s.pipe.lastIngestedTime)}
        />
      </div>
      <LastErrorBanner pipe={s.pipe} />
      {(s.quarantine?.length ?? 0) > 0 && (
        <section className="card" aria-labelledby="quarantine-title">
          <h2 id="quarantine-title">{t('quarantine.title', { count: n(s.quarantine?.length ?? 0) })}</h2>
          <QuarantineTable rows={s.quarantine ?? []} onChanged={() => void status.refetch()} />
        </section>
      )}
      <section className="card" aria-labelledby="loads-title">
        <h2 id="loads-title">{t('pipeline.loads')}</h2>
        <LoadHistoryTable rows={s.loadHistory} />
      </section>
      <section className="card" aria-labelledby="runs-title">
        <h2 id="runs-title">{t('pipeline.runs')}</h2>
        <TaskRunsTable rows={s.taskHistory} />
      </section>
    </div>
  );
}

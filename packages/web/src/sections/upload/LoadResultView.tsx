import { useI18n } from '../../app/i18n-context.ts';
import type { LoadFileResult, TaskRun, UploadAndLoadResult } from '../../api/types.ts';
import type { RejectedRow } from '../../ui/RejectedRowsTable.tsx';
import { RejectedRowsTable } from '../../ui/RejectedRowsTable.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

/** Props of {@link LoadResultView}. */
export interface LoadResultViewProps {
  /** The load result (from a success, or from the problem of a failed load). */
  result: Partial<UploadAndLoadResult> & { file: LoadFileResult };
}

function Count({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <div className={`count${tone ? ` count-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** What happened to an uploaded file: status, rows loaded and rejected (with their lines), merge counts. */
export function LoadResultView({ result }: LoadResultViewProps) {
  const { t, n } = useI18n();
  const { file } = result;
  const task: TaskRun | undefined = result.task;
  const rows: RejectedRow[] = (result.errors ?? []).map((e) => ({
    line: e.line,
    column: e.columnName,
    reason: e.error,
    raw: e.rawText,
  }));
  if (rows.length === 0 && file.firstError?.line !== undefined) {
    rows.push({
      line: file.firstError.line,
      column: file.firstError.column ?? null,
      reason: file.firstError.reason ?? '',
    });
  }
  return (
    <div className="load-result" data-testid="load-result">
      <p className="load-status">
        <span className="mono">{file.file}</span> <StatusBadge status={file.status} />
        {file.reason && <span className="muted"> · {file.reason}</span>}
      </p>
      <dl className="counts">
        <Count label={t('upload.parsed')} value={n(file.rowsParsed)} />
        <Count label={t('upload.loaded')} value={n(file.rowsLoaded)} tone="ok" />
        <Count
          label={t('upload.rejected')}
          value={n(file.rowsRejected)}
          tone={file.rowsRejected > 0 ? 'bad' : undefined}
        />
        {task && (
          <>
            <Count label={t('upload.inserted')} value={n(task.inserted)} />
            <Count label={t('upload.updated')} value={n(task.updated)} />
            <Count label={t('upload.unchanged')} value={n(task.unchanged)} />
            {task.scored !== undefined && <Count label={t('upload.scored')} value={n(task.scored)} />}
          </>
        )}
      </dl>
      {task && (
        <p className="muted small">
          {t('upload.task')} <StatusBadge status={task.state} />
          {task.error ? ` · ${task.error}` : task.reason ? ` · ${task.reason}` : ''}
        </p>
      )}
      {result.pending && result.pending.length > 0 && (
        <p className="muted small">
          {t('upload.pending', { files: result.pending.map((p) => `${p.file} (${p.status})`).join(', ') })}
        </p>
      )}
      {file.rowsRejected > 0 && (
        <section>
          <h3>{t('upload.rejectedTitle', { count: n(file.rowsRejected) })}</h3>
          <RejectedRowsTable rows={rows} total={file.errorCount || file.rowsRejected} file={file.file} />
        </section>
      )}
    </div>
  );
}

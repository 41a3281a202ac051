import { useI18n } from '../../app/i18n-context.ts';
import type { ValidationReport } from '../../api/types.ts';
import { RejectedRowsTable } from '../../ui/RejectedRowsTable.tsx';

/** Props of {@link ValidationReportView}. */
export interface ValidationReportViewProps {
  report: ValidationReport;
}

/** A file checked without loading: valid or not, format, rows, column problems, first rejected rows. */
export function ValidationReportView({ report }: ValidationReportViewProps) {
  const { t, n } = useI18n();
  const s = report.summary ?? {};
  const errors = report.errors ?? [];
  return (
    <div className="load-result" data-testid="validation-report">
      <p className="load-status">
        <span className="mono">{report.file}</span>{' '}
        <span className={report.valid ? 'status status-ok' : 'status status-bad'}>
          {report.valid ? t('upload.valid') : t('upload.invalid')}
        </span>
      </p>
      {report.error && <p className="field-error">{report.error}</p>}
      <dl className="counts">
        {s.format && (
          <div className="count">
            <dt>{t('upload.format')}</dt>
            <dd>
              {s.format.toUpperCase()}
              {s.compressed ? ' (gzip)' : ''}
            </dd>
          </div>
        )}
        <div className="count">
          <dt>{t('upload.parsed')}</dt>
          <dd>{n(s.rowsParsed ?? null)}</dd>
        </div>
        <div className="count count-ok">
          <dt>{t('upload.accepted')}</dt>
          <dd>{n(s.rowsAccepted ?? null)}</dd>
        </div>
        <div className={(s.rowsRejected ?? 0) > 0 ? 'count count-bad' : 'count'}>
          <dt>{t('upload.rejected')}</dt>
          <dd>{n(s.rowsRejected ?? null)}</dd>
        </div>
      </dl>
      {s.missingRequired && s.missingRequired.length > 0 && (
        <p className="field-error">
          {t('upload.missingRequired', { columns: s.missingRequired.join(', ') })}
        </p>
      )}
      {report.undeclaredColumns && report.undeclaredColumns.length > 0 && (
        <p className="muted small">
          {t('upload.undeclared', { columns: report.undeclaredColumns.join(', ') })}
        </p>
      )}
      {errors.length > 0 && (
        <RejectedRowsTable
          rows={errors.map((e) => ({
            line: e.line,
            column: e.column ?? null,
            reason: e.reason,
            raw: e.raw ?? '',
          }))}
          total={errors.length}
        />
      )}
    </div>
  );
}

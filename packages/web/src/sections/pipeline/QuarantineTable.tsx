import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import type { QuarantinedFile } from '../../api/types.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import '../../ui/table.css';

/** Props of {@link QuarantineTable}. */
export interface QuarantineTableProps {
  rows: QuarantinedFile[];
  /** Called after a retry or a drop, to refresh the status. */
  onChanged: () => void;
}

/** What `POST /pipeline/quarantine/{file}/{action}` answers. */
interface ResolveAnswer {
  file: string;
  quarantined: boolean;
  reason?: string;
}

/**
 * Files set aside so the pipe went on (SEMANTICS.md §5a), with their reason and a way out: retry (load
 * again and merge; it may stay quarantined) or drop (forget it). Both are writes: the API key is sent when
 * one is set (Upload section).
 */
export function QuarantineTable({ rows, onChanged }: QuarantineTableProps) {
  const { t, n, dt } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const act = async (file: string, action: 'retry' | 'drop'): Promise<void> => {
    if (action === 'drop' && !window.confirm(t('quarantine.confirmDrop', { file }))) return;
    setBusy(`${file}/${action}`);
    setError(null);
    setNote(null);
    try {
      const r = await postJson<ResolveAnswer>(
        `/pipeline/quarantine/${encodeURIComponent(file)}/${action}`,
        {},
      );
      setNote(
        action === 'drop'
          ? t('quarantine.dropped', { file })
          : r.quarantined
            ? t('quarantine.stillQuarantined', { file, reason: r.reason ?? '' })
            : t('quarantine.retried', { file }),
      );
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="stack" data-testid="quarantine">
      <p className="muted small">{t('quarantine.hint')}</p>
      {error !== null && <ErrorNotice error={error as Error} />}
      {note && (
        <p className="small" role="status">
          {note}
        </p>
      )}
      <div className="table-scroll">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{t('pipeline.file')}</th>
              <th scope="col">{t('pipeline.when')}</th>
              <th scope="col">{t('quarantine.phase')}</th>
              <th scope="col" className="num">
                {t('quarantine.rows')}
              </th>
              <th scope="col">{t('quarantine.reason')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('quarantine.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.loadId} data-file={r.file}>
                <td className="mono small">{r.file}</td>
                <td>{dt(r.quarantinedAt)}</td>
                <td>{t(r.phase === 'copy' ? 'quarantine.phaseCopy' : 'quarantine.phaseTask')}</td>
                <td className="num">{n(r.rows)}</td>
                <td className="small">{r.reason}</td>
                <td>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button"
                      disabled={busy !== null}
                      onClick={() => void act(r.file, 'retry')}
                    >
                      {t('quarantine.retry')}
                    </button>
                    <button
                      type="button"
                      className="button button-ghost"
                      disabled={busy !== null}
                      onClick={() => void act(r.file, 'drop')}
                    >
                      {t('quarantine.drop')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

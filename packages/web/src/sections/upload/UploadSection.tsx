import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { SectionProps } from '../../app/section-props.ts';
import { ApiKeyField } from './ApiKeyField.tsx';
import { DropZone } from './DropZone.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { ApiError, uploadFile } from '../../api/client.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { LoadFileResult, UploadAndLoadResult, ValidationReport } from '../../api/types.ts';
import { invalidateApiQueries } from '../../api/query-client.ts';
import { LoadResultView } from './LoadResultView.tsx';
import { ValidationReportView } from './ValidationReportView.tsx';
import './upload.css';

type OnError = 'CONTINUE' | 'SKIP_FILE' | 'ABORT_STATEMENT';

/** What a send takes: the route (with its query), the file, and the progress and cancel hooks. */
interface Send {
  path: string;
  file: File;
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
}

// The mutations' function: one upload, with progress, cancellable.
const sendFile = <T,>({ path, file, onProgress, signal }: Send): Promise<T> =>
  uploadFile<T>(path, file, { onProgress, signal });

type Outcome =
  | { kind: 'loaded'; result: Partial<UploadAndLoadResult> & { file: LoadFileResult } }
  | { kind: 'validated'; report: ValidationReport }
  | { kind: 'error'; error: Error };

/** A failed load's problem carries the load result; show it like a success would be shown. */
function resultOfProblem(err: unknown): (Partial<UploadAndLoadResult> & { file: LoadFileResult }) | null {
  if (!(err instanceof ApiError)) return null;
  const result = err.problem.result as (Partial<UploadAndLoadResult> & { file?: LoadFileResult }) | undefined;
  return result?.file ? (result as Partial<UploadAndLoadResult> & { file: LoadFileResult }) : null;
}

/**
 * Upload: drop or choose a CSV / JSON / NDJSON file (gzipped or not), check it without loading, or load it
 * (stage, COPY, merge, score) and see rows loaded, rejected rows with their lines, and merge counts.
 */
export function UploadSection(_props: SectionProps) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [onError, setOnError] = useState<OnError>('CONTINUE');
  const [force, setForce] = useState(false);
  const [phase, setPhase] = useState<'idle' | 'sending' | 'processing'>('idle');
  const [progress, setProgress] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [needsKey, setNeedsKey] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();
  const validate = useMutation({ mutationFn: sendFile<ValidationReport> });
  const load = useMutation({
    mutationFn: sendFile<UploadAndLoadResult>,
    // The load changed the data (a failed load whose problem carries a result loaded some rows too): every
    // API answer is stale.
    // Not awaited: the result shows at once, as before; sections on screen refetch meanwhile.
    onSuccess: () => void invalidateApiQueries(queryClient),
    onError: (err) => {
      if (resultOfProblem(err)) void invalidateApiQueries(queryClient);
    },
  });

  const send = async (mode: 'load' | 'validate'): Promise<void> => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setProgress(0);
    setPhase('sending');
    const onProgress = (f: number): void => {
      setProgress(f);
      if (f >= 1) setPhase('processing');
    };
    try {
      if (mode === 'validate') {
        const report = await validate.mutateAsync({
          path: '/validate?max_errors=50',
          file,
          onProgress,
          signal: controller.signal,
        });
        setOutcome({ kind: 'validated', report });
      } else {
        const query = new URLSearchParams({ on_error: onError, ...(force ? { force: 'true' } : {}) });
        const result = await load.mutateAsync({
          path: `/upload-and-load?${query.toString()}`,
          file,
          onProgress,
          signal: controller.signal,
        });
        setOutcome({ kind: 'loaded', result });
      }
      setNeedsKey(false);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') setOutcome(null);
      else {
        const result = resultOfProblem(err);
        setNeedsKey(err instanceof ApiError && err.needsApiKey);
        setOutcome(
          result
            ? { kind: 'loaded', result }
            : { kind: 'error', error: err instanceof Error ? err : new Error(String(err)) },
        );
      }
    } finally {
      setPhase('idle');
      abort.current = null;
    }
  };

  const busy = phase !== 'idle';
  return (
    <div className="stack">
      <section className="card" aria-labelledby="upload-title">
        <h2 id="upload-title">{t('upload.title')}</h2>
        <DropZone file={file} disabled={busy} onFile={(f) => (setFile(f), setOutcome(null))} />
        <div className="upload-options">
          <div className="field">
            <label htmlFor="on-error">{t('upload.onError')}</label>
            <select
              id="on-error"
              value={onError}
              onChange={(e) => setOnError(e.target.value as OnError)}
              disabled={busy}
            >
              <option value="CONTINUE">{t('upload.continue')}</option>
              <option value="SKIP_FILE">{t('upload.skipFile')}</option>
              <option value="ABORT_STATEMENT">{t('upload.abort')}</option>
            </select>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={force}
              onChange={(e) => setForce(e.target.checked)}
              disabled={busy}
            />
            {t('upload.force')}
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={!file || busy}
              onClick={() => void send('validate')}
            >
              {t('upload.validate')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!file || busy}
              onClick={() => void send('load')}
              data-testid="upload-button"
            >
              {t('upload.load')}
            </button>
          </div>
        </div>
        {busy && (
          <div className="upload-progress" role="status" aria-live="polite">
            {phase === 'sending' ? (
              <>
                <label htmlFor="upload-progress">
                  {t('upload.sending', { percent: Math.round(progress * 100) })}
                </label>
                <progress id="upload-progress" value={progress} max={1} />
              </>
            ) : (
              <>
                <span>{t('upload.processing')}</span>
                <progress aria-label={t('upload.processing')} />
              </>
            )}
            {phase === 'sending' && (
              <button type="button" className="link-button" onClick={() => abort.current?.abort()}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        )}
        <ApiKeyField required={needsKey} />
      </section>
      {outcome && (
        <section className="card" aria-labelledby="outcome-title" aria-live="polite">
          <h2 id="outcome-title">
            {outcome.kind === 'validated' ? t('upload.validationTitle') : t('upload.resultTitle')}
          </h2>
          {outcome.kind === 'loaded' && <LoadResultView result={outcome.result} />}
          {outcome.kind === 'validated' && <ValidationReportView report={outcome.report} />}
          {outcome.kind === 'error' && <ErrorNotice error={outcome.error} />}
        </section>
      )}
    </div>
  );
}

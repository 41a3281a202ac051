import { useState } from 'react';
import type { PipelineStatus } from '../../api/types.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { readStored, writeStored } from '../../app/storage.ts';

/** Where a dismissed error is remembered (its file and time), so it stays dismissed after a reload. */
const DISMISSED_KEY = 'leadpipe.pipeline.dismissedError';

/**
 * The pipe's last error, tied to its file: shown until it is dismissed (remembered per file and time) or a
 * later file loads, whichever comes first. A new error shows again.
 */
export function LastErrorBanner({ pipe }: { pipe: PipelineStatus['pipe'] }) {
  const { t, dt } = useI18n();
  const id = `${pipe.lastErrorFile ?? ''}|${pipe.lastErrorTime ?? ''}`;
  const [dismissed, setDismissed] = useState(() => readStored(DISMISSED_KEY));
  if (!pipe.lastError || dismissed === id) return null;
  // A later load of another file succeeded: the pipe has moved on from this error.
  const laterLoad =
    pipe.lastIngestedTime &&
    pipe.lastErrorTime &&
    pipe.lastIngestedFile !== pipe.lastErrorFile &&
    Date.parse(pipe.lastIngestedTime) > Date.parse(pipe.lastErrorTime);
  if (laterLoad) return null;
  const file = pipe.lastErrorFile ?? '';
  const message =
    file && pipe.lastError.startsWith(`${file}: `) ? pipe.lastError.slice(file.length + 2) : pipe.lastError;
  return (
    <div className="notice notice-error" role="alert" data-testid="last-error">
      <div className="table-toolbar">
        <p className="notice-title">
          {t('pipeline.lastErrorOf', { file, when: dt(pipe.lastErrorTime ?? null) })}
        </p>
        <button
          type="button"
          className="button button-ghost"
          onClick={() => {
            writeStored(DISMISSED_KEY, id);
            setDismissed(id);
          }}
        >
          {t('pipeline.dismiss')}
        </button>
      </div>
      <p>{message}</p>
    </div>
  );
}

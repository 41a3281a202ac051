import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { formatBytes } from '../../app/format.ts';
import { useI18n } from '../../app/i18n-context.ts';

/** File types offered by the file dialog (the API detects the format and gzip from the bytes). */
export const ACCEPTED_FILES =
  '.csv,.tsv,.txt,.json,.ndjson,.jsonl,.gz,text/csv,application/json,application/gzip';

/** Props of {@link DropZone}. */
export interface DropZoneProps {
  file: File | null;
  disabled?: boolean;
  onFile(file: File): void;
}

/** A drop target for one lead file that is also a button opening the file dialog (keyboard users). */
export function DropZone({ file, disabled = false, onFile }: DropZoneProps) {
  const { t, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      className={`dropzone${over ? ' dropzone-over' : ''}${disabled ? ' dropzone-disabled' : ''}`}
      data-testid="dropzone"
      onDragEnter={(e) => (e.preventDefault(), setOver(true))}
      onDragOver={(e) => (e.preventDefault(), (e.dataTransfer.dropEffect = 'copy'))}
      onDragLeave={(e) => e.currentTarget.contains(e.relatedTarget as Node) || setOver(false)}
      onDrop={onDrop}
    >
      <svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
        <path
          d="M5 20h14v-2H5v2zm7-18l-5.5 5.5 1.4 1.4L11 5.8V16h2V5.8l3.1 3.1 1.4-1.4L12 2z"
          fill="currentColor"
        />
      </svg>
      <p className="dropzone-title">{t('upload.drop')}</p>
      <p className="muted small">{t('upload.formats')}</p>
      <button type="button" className="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t('upload.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          if (chosen) onFile(chosen);
          e.target.value = '';
        }}
      />
      {file && (
        <p className="dropzone-file" data-testid="chosen-file">
          <span className="mono">{file.name}</span>{' '}
          <span className="muted">({formatBytes(file.size, locale)})</span>
        </p>
      )}
    </div>
  );
}

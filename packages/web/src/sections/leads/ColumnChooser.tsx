import { useEffect, useId, useRef, useState } from 'react';
import type { Dispatch } from 'react';
import { useColumnLabel } from '../../ui/use-column-label.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { TableAction } from './table-state.ts';
import { DEFAULT_COLUMNS } from './table-state.ts';

/** Props of {@link ColumnChooser}. */
export interface ColumnChooserProps {
  /** Every column that can be shown. */
  available: string[];
  visible: string[];
  dispatch: Dispatch<TableAction>;
}

/** A "Columns" menu of checkboxes; Escape or a click outside closes it. */
export function ColumnChooser({ available, visible, dispatch }: ColumnChooserProps) {
  const { t } = useI18n();
  const label = useColumnLabel();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onClick = (e: MouseEvent): void => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  // Visible ones first, in their order; then the rest.
  const ordered = [
    ...visible.filter((c) => available.includes(c)),
    ...available.filter((c) => !visible.includes(c)),
  ];
  return (
    <div className="popover-box" ref={box}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('leads.columns', { count: visible.length })}
      </button>
      {open && (
        <div id={panelId} className="popover" role="group" aria-label={t('leads.chooseColumns')}>
          <div className="popover-actions">
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch({ type: 'setColumns', columns: [...DEFAULT_COLUMNS] })}
            >
              {t('leads.defaultColumns')}
            </button>
          </div>
          <ul className="column-list">
            {ordered.map((c) => (
              <li key={c}>
                <label>
                  <input
                    type="checkbox"
                    checked={visible.includes(c)}
                    onChange={() => dispatch({ type: 'toggleColumn', column: c, shown: visible })}
                  />
                  {label(c)}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

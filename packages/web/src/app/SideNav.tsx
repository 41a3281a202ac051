import { useEffect, useState } from 'react';
import { apiUrl } from '../api/client.ts';
import type { Section } from './hash-route.ts';
import { SECTIONS, sectionHash } from './hash-route.ts';
import type { MessageKey } from './i18n.ts';
import { useI18n } from './i18n-context.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

const ICONS: Record<Section, string> = {
  overview: 'M3 13h8V3H3v10zm0 8h8v-6H3v6zm10 0h8V11h-8v10zm0-18v6h8V3h-8z',
  charts: 'M5 9.2h3V19H5V9.2zM10.6 5h2.8v14h-2.8V5zm5.6 8H19v6h-2.8v-6z',
  leads: 'M3 5h18v2H3V5zm0 6h18v2H3v-2zm0 6h18v2H3v-2z',
  score: 'M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  upload: 'M5 20h14v-2H5v2zm7-18l-5.5 5.5 1.4 1.4L11 5.8V16h2V5.8l3.1 3.1 1.4-1.4L12 2z',
  pipeline: 'M4 6h6v4H4V6zm10 0h6v4h-6V6zM9 16h6v4H9v-4zM7 10v3h10v-3h-2v1H9v-1H7zm4 3v3h2v-3h-2z',
  model: 'M12 2l9 5v10l-9 5-9-5V7l9-5zm0 2.3L5 8.2v7.6l7 3.9 7-3.9V8.2l-7-3.9z',
};

/** Props of {@link SideNav}. */
export interface SideNavProps {
  current: Section;
}

/** The side navigation (a collapsible top bar on narrow screens) with the language switch. */
export function SideNav({ current }: SideNavProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [current]);
  return (
    <nav className={open ? 'sidenav sidenav-open' : 'sidenav'} aria-label={t('nav.label')}>
      <div className="brand">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="#1d4ed8" />
          <path
            d="M7 22h18M9 18l5-6 4 4 6-8"
            fill="none"
            stroke="#fff"
            strokeWidth="2.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="brand-name">leadpipe</span>
        <button
          type="button"
          className="menu-button"
          aria-expanded={open}
          aria-controls="nav-links"
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{t('nav.menu')}</span>
        </button>
      </div>
      <ul id="nav-links" className="nav-links">
        {SECTIONS.map((s) => (
          <li key={s}>
            <a
              href={sectionHash(s)}
              className={s === current ? 'nav-link active' : 'nav-link'}
              aria-current={s === current ? 'page' : undefined}
            >
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                <path d={ICONS[s]} fill="currentColor" />
              </svg>
              {t(`nav.${s}` as MessageKey)}
            </a>
          </li>
        ))}
      </ul>
      <div className="nav-footer">
        <LanguageSwitch />
        <a className="nav-docs" href={apiUrl('/docs')} target="_blank" rel="noreferrer">
          {t('nav.apiDocs')}
        </a>
      </div>
    </nav>
  );
}

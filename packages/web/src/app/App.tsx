// First, so the base and layout rules come before the shared parts' and the sections' CSS in the cascade.
import './app.css';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { ComponentType } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import type { Section } from './hash-route.ts';
import type { MessageKey } from './i18n.ts';
import { useI18n } from './i18n-context.ts';
import { useHashRoute } from './use-hash-route.ts';
import { Loading } from '../ui/Loading.tsx';
import type { SectionProps } from './section-props.ts';
import { OverviewSection } from '../sections/overview/OverviewSection.tsx';
import { SideNav } from './SideNav.tsx';

// Everything but the overview loads on first visit: recharts and react-table stay out of the first load.
const SECTION_COMPONENTS: Record<Section, ComponentType<SectionProps>> = {
  overview: OverviewSection,
  charts: lazy(() =>
    import('../sections/charts/ChartsSection.tsx').then((m) => ({ default: m.ChartsSection })),
  ),
  leads: lazy(() => import('../sections/leads/LeadsSection.tsx').then((m) => ({ default: m.LeadsSection }))),
  score: lazy(() => import('../sections/score/ScoreSection.tsx').then((m) => ({ default: m.ScoreSection }))),
  upload: lazy(() =>
    import('../sections/upload/UploadSection.tsx').then((m) => ({ default: m.UploadSection })),
  ),
  pipeline: lazy(() =>
    import('../sections/pipeline/PipelineSection.tsx').then((m) => ({ default: m.PipelineSection })),
  ),
  model: lazy(() => import('../sections/model/ModelSection.tsx').then((m) => ({ default: m.ModelSection }))),
};

/** The dashboard: side navigation and the current section, chosen by the URL hash. */
export function App() {
  const route = useHashRoute();
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const title = t(`nav.${route.section}` as MessageKey);

  useEffect(() => {
    document.title = `${title} · leadpipe`;
  }, [title]);
  useEffect(() => {
    // Move focus to the new section's heading (not on first load), as a page load would for screen readers.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [route.section]);

  const Current = SECTION_COMPONENTS[route.section];
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t('app.skip')}
      </a>
      <SideNav current={route.section} />
      <main id="main" className="main" tabIndex={-1} data-section={route.section}>
        <header className="main-header">
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="muted main-subtitle">{t(`nav.${route.section}.hint` as MessageKey)}</p>
        </header>
        <ErrorBoundary resetKey={route.section}>
          <Suspense fallback={<Loading />}>
            <Current route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

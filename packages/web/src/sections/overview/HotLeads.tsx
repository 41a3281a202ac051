import { EmptyState } from '../../ui/EmptyState.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { GradeBadge } from '../../ui/GradeBadge.tsx';
import { sectionHash } from '../../app/hash-route.ts';
import { hotLeadCaption, hotLeadQueries, mergeHotLeads } from './hot-leads.ts';
import { useSchema } from '../../ui/use-column-label.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { LeadsPage } from '../../api/types.ts';
import { useApiQuery } from '../../api/use-api-query.ts';
import { Loading } from '../../ui/Loading.tsx';
import { ScoreBar } from '../../ui/ScoreBar.tsx';

const LIMIT = 8;

/** The highest-scoring leads that have not converted yet, each a link to its lead drawer. */
export function HotLeads() {
  const { t } = useI18n();
  const schema = useSchema();
  const caption = hotLeadCaption(schema.data);
  const label = schema.data?.label ?? null;
  const [openQuery, topQuery] = hotLeadQueries(LIMIT, label, caption);
  const open = useApiQuery<LeadsPage>(schema.data ? openQuery : null, { shared: true });
  const top = useApiQuery<LeadsPage>(schema.data ? topQuery : null, { shared: true });
  const error = schema.error ?? open.error ?? top.error;
  if (error && !(open.data && top.data))
    return (
      <ErrorNotice
        error={error}
        onRetry={() => {
          void schema.refetch();
          void open.refetch();
          void top.refetch();
        }}
      />
    );
  if (!open.data || !top.data) return <Loading inline />;
  const key = schema.data?.key ?? Object.keys(open.data.items[0] ?? top.data.items[0] ?? {})[0] ?? '';
  const leads = mergeHotLeads(open.data.items, top.data.items, key, LIMIT, label);
  if (leads.length === 0) return <EmptyState title={t('overview.noHot')} />;
  return (
    <ol className="hot-leads" data-testid="hot-leads">
      {leads.map((lead) => {
        const id = String(lead[key]);
        return (
          <li key={id}>
            <a href={sectionHash('leads', { lead: id })} className="hot-lead">
              <GradeBadge grade={lead.grade} />
              <span className="hot-lead-main">
                <span className="mono">{id.slice(0, 8)}</span>
                <span className="muted small">
                  {caption
                    .map((c) => lead[c])
                    .filter((v) => v !== null && v !== undefined && v !== '')
                    .join(' · ')}
                </span>
              </span>
              <ScoreBar score={lead.score} />
            </a>
          </li>
        );
      })}
    </ol>
  );
}

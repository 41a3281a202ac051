import { formatPoints } from '../../app/format.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { RulesModelCard } from '../../api/types.ts';
import '../../ui/table.css';

/** Props of {@link RulesTable}. */
export interface RulesTableProps {
  card: RulesModelCard;
}

function condition(c: RulesModelCard['rules'][number]['when'][number]): string {
  const { column, op, ...rest } = c;
  const args = Object.entries(rest)
    .filter(([k]) => k !== 'ignoreCase')
    .map(([, v]) => JSON.stringify(v))
    .join(' ');
  return `${column} ${typeof op === 'string' ? op : ''} ${args}`.replace(/\s+/g, ' ').trim();
}

/** A rules model: each rule's conditions and points, and the grade cut-offs. */
export function RulesTable({ card }: RulesTableProps) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{t('model.rule')}</th>
            <th scope="col">{t('model.when')}</th>
            <th scope="col" className="num">
              {t('model.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {card.rules.map((r, i) => (
            <tr key={i}>
              <td>{r.name ?? i + 1}</td>
              <td className="mono small">{r.when.map(condition).join(' AND ')}</td>
              <td className="num">{formatPoints(r.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {t('model.rulesRange', { min: card.min, max: card.max })} ·{' '}
        {Object.entries(card.grades)
          .map(([g, v]) => `${g} ≥ ${v}`)
          .join(', ')}
      </p>
    </div>
  );
}

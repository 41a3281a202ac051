import { useColumnLabel } from '../../ui/use-column-label.ts';
import { useI18n } from '../../app/i18n-context.ts';
import type { FormValues } from './score-form.ts';
import { numberStep } from './score-form.ts';
import type { ModelInput } from '../../api/types.ts';

/** Props of {@link ScoreForm}. */
export interface ScoreFormProps {
  inputs: ModelInput[];
  values: FormValues;
  problems: Record<string, 'notANumber' | 'negative'>;
  onChange(column: string, value: string): void;
}

/** Decimals that show a range's scale: none for hundreds, more for small rates. */
function rangeDigits(range: [number, number]): number {
  const span = Math.max(Math.abs(range[0]), Math.abs(range[1]));
  return span >= 10 ? 0 : span >= 1 ? 1 : 3;
}

/**
 * The model's inputs as form fields: dropdowns of the known categories (plus "missing"), numbers with
 * their typical range, and yes/no questions as checkboxes.
 */
export function ScoreForm({ inputs, values, problems, onChange }: ScoreFormProps) {
  const { t, n } = useI18n();
  const columnLabel = useColumnLabel();
  const label = (input: ModelInput): string => columnLabel(input.column, input.label);
  const categorical = inputs.filter((i) => i.kind === 'categorical');
  const numeric = inputs.filter((i) => i.kind === 'numeric');
  const booleans = inputs.filter((i) => i.kind === 'boolean');
  return (
    <form className="score-form" onSubmit={(e) => e.preventDefault()} data-testid="score-form">
      <div className="form-grid">
        {numeric.map((input) => {
          const id = `in-${input.column}`;
          const problem = problems[input.column];
          return (
            <div className="field" key={input.column}>
              <label htmlFor={id}>{label(input)}</label>
              <input
                id={id}
                name={input.column}
                type="number"
                inputMode="decimal"
                min={Math.min(0, input.range?.[0] ?? 0)}
                step={numberStep(input)}
                placeholder={input.median === undefined ? undefined : String(input.median)}
                value={values[input.column] ?? ''}
                aria-invalid={problem !== undefined}
                aria-describedby={`${id}-hint`}
                onChange={(e) => onChange(input.column, e.target.value)}
              />
              <span id={`${id}-hint`} className={problem ? 'field-error' : 'field-hint'}>
                {problem
                  ? t(problem === 'negative' ? 'score.negative' : 'score.notANumber')
                  : input.range
                    ? t('score.typical', {
                        low: n(input.range[0], rangeDigits(input.range)),
                        high: n(input.range[1], rangeDigits(input.range)),
                        median: n(input.median ?? null, rangeDigits(input.range)),
                      })
                    : ''}
              </span>
            </div>
          );
        })}
        {categorical.map((input) => {
          const id = `in-${input.column}`;
          const value = values[input.column] ?? '';
          const levels = input.levels ?? [];
          return (
            <div className="field" key={input.column}>
              <label htmlFor={id}>{label(input)}</label>
              <select
                id={id}
                name={input.column}
                value={value}
                onChange={(e) => onChange(input.column, e.target.value)}
              >
                <option value="">{t('score.missing')}</option>
                {value && !levels.includes(value) && <option value={value}>{value}</option>}
                {levels.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      {booleans.length > 0 && (
        <fieldset className="checkbox-grid">
          <legend>{t('score.yesNo')}</legend>
          {booleans.map((input) => (
            <label key={input.column} className="checkbox">
              <input
                type="checkbox"
                name={input.column}
                checked={values[input.column] === 'true'}
                onChange={(e) => onChange(input.column, e.target.checked ? 'true' : 'false')}
              />
              {label(input)}
            </label>
          ))}
        </fieldset>
      )}
    </form>
  );
}

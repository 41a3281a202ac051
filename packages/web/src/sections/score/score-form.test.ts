import { describe, expect, it } from 'vitest';
import {
  defaultValues,
  formInputs,
  formProblems,
  numberStep,
  schemaInputs,
  scoreRequest,
} from './score-form.ts';
import type { ModelInput } from '../../api/types.ts';

const INPUTS: ModelInput[] = [
  {
    column: 'lead_origin',
    label: 'Lead Origin',
    kind: 'categorical',
    levels: ['Landing Page Submission', 'API'],
  },
  { column: 'do_not_email', label: 'Do Not Email', kind: 'boolean' },
  {
    column: 'total_time_spent_on_website',
    label: 'Total Time Spent on Website',
    kind: 'numeric',
    median: 249,
    range: [0, 1822],
  },
  { column: 'total_visits', label: 'TotalVisits', kind: 'numeric', median: 3, range: [0, 16] },
  // A model may use a column twice (e.g. the number and a derived feature).
  { column: 'total_time_spent_on_website', label: 'Total Time Spent on Website', kind: 'numeric' },
];

describe('the scoring form', () => {
  it('has one field per column, in the model’s order', () => {
    expect(formInputs(INPUTS).map((i) => i.column)).toEqual([
      'lead_origin',
      'do_not_email',
      'total_time_spent_on_website',
      'total_visits',
    ]);
    expect(formInputs(INPUTS)[2]?.median).toBe(249);
  });

  it('defaults to the most frequent category, the median and "no"', () => {
    expect(defaultValues(INPUTS)).toEqual({
      lead_origin: 'Landing Page Submission',
      do_not_email: 'false',
      total_time_spent_on_website: '249',
      total_visits: '3',
    });
  });

  it('sends numbers as numbers, yes/no as booleans and empty fields as missing', () => {
    const body = scoreRequest(INPUTS, {
      lead_origin: 'API',
      do_not_email: 'true',
      total_time_spent_on_website: '12,5',
      total_visits: '',
    });
    expect(body).toEqual({
      lead_origin: 'API',
      do_not_email: true,
      total_time_spent_on_website: 12.5,
      total_visits: null,
    });
  });

  it('flags numbers that are not numbers or are negative', () => {
    expect(formProblems(INPUTS, { total_visits: 'many', total_time_spent_on_website: '-1' })).toEqual({
      total_visits: 'notANumber',
      total_time_spent_on_website: 'negative',
    });
    expect(formProblems(INPUTS, defaultValues(INPUTS))).toEqual({});
  });

  it("builds inputs from the schema's features, defaulting to their typical values", () => {
    const inputs = schemaInputs([
      {
        column: 'month',
        label: { en: 'Month', es: 'Mes' },
        kind: 'categorical',
        levels: ['May', 'Nov'],
        typical: 'Nov',
        importance: 0.2,
      },
      {
        column: 'exits',
        label: { en: 'Exits', es: 'Salidas' },
        kind: 'numeric',
        range: [0, 0.2],
        typical: 0.03,
        importance: 0.5,
      },
      {
        column: 'pages',
        label: { en: 'Pages', es: 'Páginas' },
        kind: 'numeric',
        range: [1, 40],
        typical: 12,
        importance: 0.2,
      },
      {
        column: 'weekend',
        label: { en: 'Weekend', es: 'Finde' },
        kind: 'boolean',
        typical: true,
        importance: 0.1,
      },
    ]);
    expect(defaultValues(inputs)).toEqual({ month: 'Nov', exits: '0.03', pages: '12', weekend: 'true' });
    expect(inputs.map(numberStep)).toEqual(['any', 'any', '1', 'any']);
    // A column whose range goes below zero takes negative numbers.
    expect(
      formProblems([{ column: 'delta', label: 'Delta', kind: 'numeric', range: [-5, 5] }], { delta: '-2' }),
    ).toEqual({});
  });
});

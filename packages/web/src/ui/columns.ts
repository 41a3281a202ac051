/**
 * Names and kinds of lead columns for the table: English and Spanish labels for the known columns of the
 * lead dataset (others are humanised from snake_case), and how each kind of value is shown.
 */
import { formatDateTime, formatNumber, formatPercent, humanizeColumn, MISSING } from '../app/format.ts';
import type { Language } from '../app/i18n.ts';

const LABELS: Record<string, [en: string, es: string]> = {
  prospect_id: ['Prospect ID', 'ID de prospecto'],
  lead_number: ['Lead number', 'Número de lead'],
  lead_origin: ['Lead origin', 'Origen del lead'],
  lead_source: ['Lead source', 'Fuente del lead'],
  do_not_email: ['Do not email', 'No enviar email'],
  do_not_call: ['Do not call', 'No llamar'],
  converted: ['Converted', 'Convertido'],
  total_visits: ['Total visits', 'Visitas totales'],
  total_time_spent_on_website: ['Time on website (s)', 'Tiempo en la web (s)'],
  page_views_per_visit: ['Page views per visit', 'Páginas por visita'],
  last_activity: ['Last activity', 'Última actividad'],
  country: ['Country', 'País'],
  city: ['City', 'Ciudad'],
  specialization: ['Specialization', 'Especialización'],
  what_is_your_current_occupation: ['Current occupation', 'Ocupación actual'],
  what_matters_most_to_you_in_choosing_a_course: ['What matters most', 'Lo más importante'],
  how_did_you_hear_about_x_education: ['How they heard of us', 'Cómo nos conoció'],
  tags: ['Tags', 'Etiquetas'],
  lead_quality: ['Lead quality', 'Calidad del lead'],
  lead_profile: ['Lead profile', 'Perfil del lead'],
  last_notable_activity: ['Last notable activity', 'Última actividad destacada'],
  a_free_copy_of_mastering_the_interview: ['Free interview guide', 'Guía de entrevista gratis'],
  probability: ['Probability', 'Probabilidad'],
  score: ['Score', 'Puntuación'],
  grade: ['Grade', 'Grado'],
  reasons: ['Reasons', 'Motivos'],
  model_version: ['Model version', 'Versión del modelo'],
  scored_at: ['Scored at', 'Puntuado el'],
  updated_at: ['Updated at', 'Actualizado el'],
  first_seen_at: ['First seen', 'Visto por primera vez'],
  source_file: ['Source file', 'Archivo de origen'],
  row_hash: ['Row hash', 'Hash de la fila'],
};

/** The label of a column in a language. */
export function columnLabel(column: string, lang: Language): string {
  const known = LABELS[column];
  if (known) return lang === 'es' ? known[1] : known[0];
  return humanizeColumn(column);
}

const NUMERIC = new Set([
  'score',
  'probability',
  'total_visits',
  'total_time_spent_on_website',
  'page_views_per_visit',
  'lead_number',
]);

/** Whether a column holds numbers (right-aligned in tables). */
export function isNumericColumn(column: string, sample?: unknown): boolean {
  return NUMERIC.has(column) || typeof sample === 'number';
}

/** Columns the column chooser never offers (internal bookkeeping, or shown in the lead drawer instead). */
export const HIDDEN_COLUMNS: ReadonlySet<string> = new Set(['row_hash', 'reasons']);

/** A cell's text: yes/no for booleans, percents for probability, local dates for timestamps. */
export function cellText(column: string, value: unknown, locale: string, yesNo: [string, string]): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (column === 'probability' && typeof value === 'number') return formatPercent(value, locale, 1);
  // Identifiers are not quantities: no digit grouping.
  if (column === 'lead_number') return String(value);
  if (typeof value === 'number') return formatNumber(value, locale, 2);
  if (typeof value === 'string' && /_at$/.test(column)) return formatDateTime(value, locale);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The precedence of a home's settings: explicit configuration (flag, environment, config file) > settings
 * stored by `leadpipe init` > built-in defaults; an explicit key that contradicts the stored one fails.
 */
import { describe, expect, it } from 'vitest';
import { loadConfigOrThrow } from '../config/config.ts';
import type { HomeSettings } from '../warehouse/warehouse.ts';
import { resolveHomeOrThrow, schemaOfOrThrow, settingsFromConfig } from './home.ts';

const stored: HomeSettings = {
  key: 'client_id',
  keyFrom: 'column',
  label: 'y',
  nullTokens: ['unknown'],
  schema: 'inferred',
};

const config = (env: Record<string, string> = {}, flags: Record<string, unknown> = {}) =>
  loadConfigOrThrow({ env, cwd: '/tmp', flags });

describe('home settings precedence', () => {
  it('without stored settings: the configuration, the X Education preset (today)', () => {
    const r = resolveHomeOrThrow(config(), undefined);
    expect(r.stored).toBe(false);
    expect(r.settings).toMatchObject({ key: 'prospect_id', keyFrom: 'column', schema: 'x-education' });
    expect(schemaOfOrThrow(r.settings).columns.length).toBeGreaterThan(30);
    // LEADPIPE_KEY_FROM=row alone names the derived column lead_id.
    expect(settingsFromConfig(config({ LEADPIPE_KEY_FROM: 'row' })).key).toBe('lead_id');
  });

  it('stored settings fill what the configuration left at its default', () => {
    const r = resolveHomeOrThrow(config(), stored);
    expect(r.config.key).toBe('client_id');
    expect(r.config.nullTokens).toEqual(['unknown']);
    expect(r.settings).toEqual(stored);
    expect(schemaOfOrThrow(r.settings).columns).toEqual([]);
  });

  it('explicit null tokens win over the stored ones; an explicit equal key is fine', () => {
    const r = resolveHomeOrThrow(config({ LEADPIPE_NULL_TOKENS: 'x,y', LEADPIPE_KEY: 'client_id' }), stored);
    expect(r.config.nullTokens).toEqual(['x', 'y']);
    expect(r.config.key).toBe('client_id');
  });

  it('an explicit key that contradicts the home fails, naming both; even the default name spelt out', () => {
    expect(() => resolveHomeOrThrow(config({}, { key: 'prospect_id' }), stored)).toThrow(
      /this home is keyed by "client_id", not "prospect_id"/,
    );
    expect(() => resolveHomeOrThrow(config({ LEADPIPE_KEY_FROM: 'row' }), stored)).toThrow(
      /E?this home is keyed by "client_id"/,
    );
  });

  it('a copied configuration counts a non-default key as explicit', () => {
    const copy = { ...config(), key: 'other' };
    expect(() => resolveHomeOrThrow(copy, stored)).toThrow(/keyed by "client_id"/);
    expect(resolveHomeOrThrow({ ...config() }, stored).config.key).toBe('client_id');
  });
});

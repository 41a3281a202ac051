import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLabel, humanizeColumn, readColumnLabels } from './column-labels.ts';
import { modelFeatures } from './model-features.ts';

describe('column labels', () => {
  it('makes words of snake_case names', () => {
    expect(humanizeColumn('total_visits')).toBe('Total visits');
    expect(humanizeColumn('__odd__name_')).toBe('Odd name');
  });

  it("reads a home's labels.json, skipping entries that are not labels, and falls back per language", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leadpipe-labels-'));
    try {
      expect(await readColumnLabels(dir)).toEqual({});
      await writeFile(
        path.join(dir, 'labels.json'),
        JSON.stringify({
          month: { es: 'Mes' },
          region: { en: 'Region', es: 7 },
          bad: 'text',
          empty: { en: ' ' },
        }),
      );
      const labels = await readColumnLabels(dir);
      expect(labels).toEqual({ month: { es: 'Mes' }, region: { en: 'Region' } });
      expect(columnLabel(labels, 'month')).toEqual({ en: 'Mes', es: 'Mes' });
      expect(columnLabel(labels, 'page_values', 'PageValues')).toEqual({
        en: 'PageValues',
        es: 'PageValues',
      });
      expect(columnLabel(labels, 'page_values')).toEqual({ en: 'Page values', es: 'Page values' });
      await writeFile(path.join(dir, 'labels.json'), '{ not json');
      expect(await readColumnLabels(dir)).toEqual({});
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports the columns of a rules model, weighted by the points at stake', () => {
    const features = modelFeatures({
      kind: 'rules',
      version: 'rules-1',
      min: 0,
      max: 4,
      grades: { A: 75, B: 50, C: 25 },
      rules: [
        { when: [{ column: 'channel', op: 'equals', value: 'web' }], points: 3 },
        { when: [{ column: 'visit_count', op: 'gt', value: 2 }], points: -1 },
      ],
    } as Parameters<typeof modelFeatures>[0]);
    expect(features.map((f) => [f.column, f.label, f.importance])).toEqual([
      ['channel', 'Channel', 0.75],
      ['visit_count', 'Visit count', 0.25],
    ]);
  });
});

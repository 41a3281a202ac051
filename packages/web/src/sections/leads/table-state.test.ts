import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLUMNS,
  DEFAULT_PAGE_SIZE,
  defaultColumns,
  filterProblem,
  fromHashParams,
  hasFilters,
  initialTableState,
  leadsQuery,
  pageCount,
  tableReducer,
  toHashParams,
} from './table-state.ts';

const query = (path: string): URLSearchParams => new URLSearchParams(path.split('?')[1]);

describe('the lead table state', () => {
  it('starts on the first page with the API default sort and the default columns', () => {
    const s = initialTableState();
    expect(s).toMatchObject({ sort: null, page: 0, pageSize: DEFAULT_PAGE_SIZE, grades: [], q: '' });
    expect(s.columns).toEqual(DEFAULT_COLUMNS);
    expect(hasFilters(s)).toBe(false);
  });

  it('sorts numbers descending first and text ascending first, and flips on a second click', () => {
    let s = tableReducer(initialTableState(), { type: 'sort', column: 'visits', numeric: true });
    expect([s.sort, s.order]).toEqual(['visits', 'desc']);
    s = tableReducer(s, { type: 'sort', column: 'visits', numeric: true });
    expect([s.sort, s.order]).toEqual(['visits', 'asc']);
    s = tableReducer(s, { type: 'sort', column: 'channel' });
    expect([s.sort, s.order]).toEqual(['channel', 'asc']);
  });

  it('starts the default view with score, grade, probability, the top features and the label', () => {
    const schema = {
      label: 'won',
      features: [
        { column: 'won' },
        { column: 'a' },
        { column: 'b' },
        { column: 'c' },
        { column: 'd' },
        { column: 'e' },
        { column: 'f' },
      ],
    };
    expect(defaultColumns(schema, 'id')).toEqual([
      'score',
      'grade',
      'probability',
      'a',
      'b',
      'c',
      'd',
      'e',
      'won',
    ]);
    expect(defaultColumns(undefined)).toEqual(['score', 'grade', 'probability']);
  });

  it('treats the API default (score, highest first) as the current sort, so clicking score sorts ascending', () => {
    const s = tableReducer({ ...initialTableState(), order: 'desc' }, { type: 'sort', column: 'score' });
    expect([s.sort, s.order]).toEqual(['score', 'asc']);
  });

  it('goes back to the first page when filters, sort or page size change', () => {
    const on3 = tableReducer(initialTableState(), { type: 'page', page: 3 });
    expect(on3.page).toBe(3);
    expect(tableReducer(on3, { type: 'filter', patch: { q: 'google' } }).page).toBe(0);
    expect(tableReducer(on3, { type: 'sort', column: 'score' }).page).toBe(0);
    expect(tableReducer(on3, { type: 'pageSize', pageSize: 100 }).page).toBe(0);
    expect(tableReducer(on3, { type: 'toggleColumn', column: 'city' }).page).toBe(3);
  });

  it('clamps scores to 0-100, keeps grades in order and ignores unknown page sizes', () => {
    const s = tableReducer(initialTableState(), {
      type: 'filter',
      patch: { minScore: -5, maxScore: 120.4, grades: ['C', 'A'] },
    });
    expect([s.minScore, s.maxScore, s.grades]).toEqual([0, 100, ['A', 'C']]);
    expect(tableReducer(s, { type: 'pageSize', pageSize: 7 }).pageSize).toBe(DEFAULT_PAGE_SIZE);
  });

  it('reports a score range whose low end is above its high end', () => {
    expect(filterProblem({ ...initialTableState(), minScore: 80, maxScore: 20 })).toBe('scoreRange');
    expect(filterProblem({ ...initialTableState(), minScore: 20, maxScore: 80 })).toBeNull();
  });

  it('toggles columns (starting from the ones on screen) and drops duplicates', () => {
    let s = tableReducer(initialTableState(), {
      type: 'toggleColumn',
      column: 'city',
      shown: ['score', 'grade'],
    });
    expect(s.columns).toEqual(['score', 'grade', 'city']);
    s = tableReducer(s, { type: 'toggleColumn', column: 'score' });
    expect(s.columns).not.toContain('score');
    expect(tableReducer(s, { type: 'setColumns', columns: ['a', 'a', 'b'] }).columns).toEqual(['a', 'b']);
  });

  it('asks the API for one page with limit, offset, sort, columns and every filter', () => {
    const s = {
      ...initialTableState(),
      page: 2,
      pageSize: 25,
      sort: 'channel',
      order: 'asc' as const,
      grades: ['A' as const, 'B' as const],
      minScore: 40,
      maxScore: 90,
      where: { channel: 'Google', region: '3', 'bad name': 'x' },
      converted: 'no' as const,
      q: '  welingak ',
      columns: ['score', 'id', 'city'],
    };
    const q = query(leadsQuery(s, { key: 'id' }));
    expect(Object.fromEntries(q)).toEqual({
      limit: '25',
      offset: '50',
      sort: 'channel',
      order: 'asc',
      columns: 'score,city',
      grade: 'A,B',
      min_score: '40',
      max_score: '90',
      'filter.channel': 'Google',
      'filter.region': '3',
      converted: 'false',
      q: 'welingak',
    });
  });

  it('leaves the sort to the API until the user picks one', () => {
    const q = query(leadsQuery(initialTableState()));
    expect(q.has('sort')).toBe(false);
    expect(q.get('offset')).toBe('0');
  });

  it('round-trips through the URL hash, leaving defaults out', () => {
    expect(toHashParams(initialTableState()).toString()).toBe('');
    const s = {
      ...initialTableState(),
      grades: ['B' as const],
      sort: 'score',
      order: 'desc' as const,
      page: 4,
      pageSize: 100,
      q: 'x y',
      where: { channel: 'Web & Mobile' },
      columns: ['grade', 'city'],
    };
    const hash = toHashParams(s);
    expect(hash.get('sort')).toBe('-score');
    expect(hash.get('page')).toBe('5');
    expect(hash.get('filter.channel')).toBe('Web & Mobile');
    expect(fromHashParams(new URLSearchParams(hash.toString()))).toEqual(s);
  });

  it('ignores malformed URL parameters instead of failing', () => {
    const s = fromHashParams(
      new URLSearchParams(
        'grade=Z,A&min_score=abc&sort=;drop&page=-2&size=33&cols=city,Bad-Name&converted=maybe&filter.Bad-Name=1&filter.ok=',
      ),
    );
    expect(s.grades).toEqual(['A']);
    expect(s.minScore).toBeNull();
    expect(s.sort).toBeNull();
    expect(s.page).toBe(0);
    expect(s.pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(s.columns).toEqual(['city']);
    expect(s.converted).toBe('any');
    expect(s.where).toEqual({});
  });

  it('counts pages, at least one', () => {
    expect(pageCount(9240, 50)).toBe(185);
    expect(pageCount(0, 50)).toBe(1);
  });
});

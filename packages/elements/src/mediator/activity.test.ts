import { describe, expect, it } from 'vitest';
import { ActivityCount, activityCsv, activityJson, isoWeek, shareOf } from './activity.js';
import { memoryBackend } from './store.js';

describe('isoWeek', () => {
  it('follows ISO 8601 at year ends and in Paris time', () => {
    expect(isoWeek(new Date('2026-12-03T10:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2021-01-03T10:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T10:00:00Z'))).toBe('2025-W01');
    // Sunday 23:30 UTC is already Monday in Paris.
    expect(isoWeek(new Date('2026-12-06T23:30:00Z'))).toBe('2026-W50');
    expect(isoWeek(new Date('2026-12-06T22:30:00Z'))).toBe('2026-W49');
  });
});

describe('ActivityCount', () => {
  it('counts per right, state, reason and help, replacing a bilan’s share when it is saved again', async () => {
    const count = new ActivityCount(memoryBackend());
    const w = '2026-W49';
    await count.record(
      'b1',
      shareOf(
        w,
        { rsa: 'to_open', af: 'open', css: 'not_concerned' },
        { rsa: { reason: 'non-connaissance', help: 'accompagnement-social' } },
      ),
    );
    await count.record(
      'b2',
      shareOf(
        w,
        { rsa: 'to_open' },
        { rsa: { reason: 'non-connaissance', help: 'accompagnement-social', reasonNote: 'typed' } },
      ),
    );
    expect(await count.rows()).toEqual([
      { week: w, right: 'af', state: 'open', reason: '', help: '', count: 1 },
      {
        week: w,
        right: 'rsa',
        state: 'to_open',
        reason: 'non-connaissance',
        help: 'accompagnement-social',
        count: 2,
      },
    ]);
    // b1 saved again with the RSA now oriented: its old row goes, the new one comes.
    await count.record(
      'b1',
      shareOf(
        w,
        { rsa: 'oriented', af: 'open' },
        { rsa: { reason: 'non-connaissance', help: 'accompagnement-social' } },
      ),
    );
    expect((await count.rows()).map((r) => [r.right, r.state, r.count])).toEqual([
      ['af', 'open', 1],
      ['rsa', 'oriented', 1],
      ['rsa', 'to_open', 1],
    ]);
    await count.forget('b1');
    expect(await count.rows()).toHaveLength(3);
    await count.reset();
    expect(await count.rows()).toEqual([]);
  });

  it('exports CSV and JSON with codes and counts only', async () => {
    const rows = [
      {
        week: '2026-W49',
        right: 'rsa',
        state: 'to_open' as const,
        reason: 'autre' as const,
        help: '' as const,
        count: 3,
      },
    ];
    expect(activityCsv(rows)).toBe(
      'semaine,droit,etat,raison,aide,nombre\r\n2026-W49,rsa,to_open,autre,,3\r\n',
    );
    expect(JSON.parse(activityJson(rows, '2026-12-03'))).toEqual({
      format: 'passerelle-activite',
      version: 1,
      exportedOn: '2026-12-03',
      rows,
    });
  });

  it('never takes a right id that could be free text', () => {
    expect(
      shareOf('2026-W49', { 'Mme Dupont a dit': 'to_open', rsa: 'to_open' }, {}).map((r) => r.right),
    ).toEqual(['rsa']);
  });
});

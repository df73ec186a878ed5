import { describe, expect, it } from 'vitest';
import {
  dilaPlagesToOsm,
  dilaV3HorairesToOsm,
  isFrenchPublicHoliday,
  isOpenAt,
  isoWeek,
  normaliseMediationHours,
  openingStatus,
  parseOpeningHours,
  skippedMinutes,
  timeZoneForPostcode,
  wallClock,
  weekTable,
} from '../src/opening-hours.js';
import { readFixture } from './helpers.js';

interface Case {
  value: string;
  tuesday1030: boolean | null;
  tuesday1830: boolean | null;
}
const cases = JSON.parse(readFixture('osm-opening-hours-cases.json')) as Case[];
const TUESDAY = { year: 2026, month: 11, day: 24 };

describe('the 46 real-world cases of partners-samples (Tuesday 2026-11-24, Europe/Paris)', () => {
  it('has them all', () => expect(cases).toHaveLength(46));
  it.each(cases.map((c, i) => [i + 1, c] as const))('case %i', (_n, c) => {
    const parsed = parseOpeningHours(c.value);
    expect(isOpenAt(parsed, TUESDAY, 10 * 60 + 30)).toBe(c.tuesday1030);
    expect(isOpenAt(parsed, TUESDAY, 18 * 60 + 30)).toBe(c.tuesday1830);
  });
  it('rejects exactly the 3 values opening_hours.js 3.15.0 cannot parse', () => {
    const rejected = cases.filter((c) => !parseOpeningHours(c.value).ok).map((c) => c.value);
    expect(rejected).toHaveLength(3);
    expect(rejected[0]).toBe('Mo-Fr 09:00-19:00; Sa 17:00');
  });
  it('warns on hours without minutes', () => {
    const p = parseOpeningHours('Tu-Fr 09:00-12:00,14:00-17:00; Mo 14-17;9-12,14-17');
    expect(p.ok && p.warnings.length).toBeGreaterThan(0);
  });
});

// More strings from real exports (fixtures of this package), with hand-computed answers.
const more: [string, string, number, boolean | null][] = [
  // DILA bulk, Breux-sur-Avre: Monday and Thursday 16:30-18:30.
  ['Mo 16:30-18:30; Th 16:30-18:30', '2026-11-26', 17 * 60, true],
  ['Mo 16:30-18:30; Th 16:30-18:30', '2026-11-24', 17 * 60, false],
  // DILA bulk, Fontaine-le-Port: the Tuesday evening range carries a school-holiday comment.
  [
    'Tu 09:00-12:00,18:00-19:00 "Accueil ouvert uniquement hors vacances scolaires l\'après-midi."; We 09:00-12:00; Fr 09:00-12:00',
    '2026-11-24',
    18 * 60 + 30,
    null,
  ],
  ['We 09:00-12:00; Fr 09:00-12:00', '2026-11-25', 9 * 60, true],
  // LMN Hinaura legacy.
  ['Tu-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00', '2026-11-28', 11 * 60, true],
  ['Tu-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00', '2026-11-23', 11 * 60, false],
  // 1j1s CIJ (v3 horaires converted).
  ['Mo-Th 13:00-17:00; Fr 12:30-16:00', '2026-11-27', 12 * 60 + 45, true],
  // PH off on 11 November (a French public holiday).
  ['Mo-Fr 08:30-12:30; PH off', '2026-11-11', 10 * 60, false],
  // Ascension 2026 is Thursday 14 May.
  ['Mo-Fr 08:30-12:30; PH off', '2026-05-14', 10 * 60, false],
  // Past midnight.
  ['Fr-Sa 20:00-02:00', '2026-11-28', 60, true],
  ['Fr-Sa 20:00-02:00', '2026-11-30', 60, false],
  // Nth weekday of the month: first Monday of December 2026 is the 7th.
  ['Mo[1] 09:00-12:00', '2026-12-07', 10 * 60, true],
  ['Mo[1] 09:00-12:00', '2026-12-14', 10 * 60, false],
  // Dates with month names.
  ['Mo-Fr 09:00-17:00; Dec 24-26 off', '2026-12-24', 10 * 60, false],
  ['Mo-Fr 09:00-17:00; Aug off', '2026-08-12', 10 * 60, false],
  ['Mo-Fr 09:00-17:00; Aug off', '2026-09-02', 10 * 60, true],
  ['24/7', '2026-11-24', 3 * 60, true],
];

describe('more real strings', () => {
  it.each(more)('%s on %s', (value, date, minute, expected) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(isOpenAt(parseOpeningHours(value), { year: y, month: m, day: d }, minute)).toBe(expected);
  });
  it('reaches 40+ real-world strings in total', () => {
    expect(new Set([...cases.map((c) => c.value), ...more.map((m) => m[0])]).size).toBeGreaterThanOrEqual(40);
  });
});

describe('calendar', () => {
  it('computes ISO weeks and French public holidays', () => {
    expect(isoWeek(TUESDAY)).toBe(48);
    expect(isoWeek({ year: 2027, month: 1, day: 1 })).toBe(53);
    expect(isFrenchPublicHoliday({ year: 2026, month: 4, day: 6 })).toBe(true); // Easter Monday
    expect(isFrenchPublicHoliday({ year: 2026, month: 4, day: 3 })).toBe(false);
    expect(isFrenchPublicHoliday({ year: 2026, month: 4, day: 3 }, '67')).toBe(true); // Good Friday in Alsace
    expect(isFrenchPublicHoliday(TUESDAY)).toBe(false);
  });
  it('reads wall-clock time in Paris, summer and winter, and overseas', () => {
    expect(wallClock(new Date('2026-11-24T09:30:00Z'))).toEqual({ date: TUESDAY, minute: 630 });
    expect(wallClock(new Date('2026-07-01T08:00:00Z')).minute).toBe(600);
    expect(timeZoneForPostcode('98800')).toBe('Pacific/Noumea');
    expect(wallClock(new Date('2026-11-24T09:30:00Z'), timeZoneForPostcode('98800')).minute).toBe(
      20 * 60 + 30,
    );
    expect(timeZoneForPostcode('94000')).toBe('Europe/Paris');
  });
});

describe('status sentences', () => {
  const at = (iso: string) => new Date(iso);
  it('open: "Ouvert, ferme à 12 h"', () => {
    const s = openingStatus(parseOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00'), at('2026-11-24T09:30:00Z'));
    expect(s).toMatchObject({ open: true, text: 'Ouvert, ferme à 12 h', openToday: true });
    expect(s.detail).toEqual({ kind: 'open', closes: 720, dayOffset: 0, weekday: 1, holidaysMaybe: false });
  });
  it('the status as data, for other languages', () => {
    const s = openingStatus(parseOpeningHours('Mo-Fr 09:00-17:00'), at('2026-11-27T18:00:00Z'));
    expect(s.detail).toEqual({ kind: 'opens', at: 540, dayOffset: 3, weekday: 0, maybe: false });
  });
  it('closed at lunch: "Fermé, ouvre à 14 h"', () => {
    expect(
      openingStatus(parseOpeningHours('Mo-Fr 09:00-12:00,14:00-17:30'), at('2026-11-24T11:30:00Z')).text,
    ).toBe('Fermé, ouvre à 14 h');
  });
  it('Friday evening: "Fermé, ouvre lundi à 9 h"', () => {
    expect(openingStatus(parseOpeningHours('Mo-Fr 09:00-17:00'), at('2026-11-27T18:00:00Z')).text).toBe(
      'Fermé, ouvre lundi à 9 h',
    );
  });
  it('tomorrow with minutes: "Fermé, ouvre demain à 8 h 30"', () => {
    expect(openingStatus(parseOpeningHours('Mo-Fr 08:30-12:00'), at('2026-11-24T17:00:00Z')).text).toBe(
      'Fermé, ouvre demain à 8 h 30',
    );
  });
  it('a comment makes it "à vérifier" and shows the comment as written', () => {
    const s = openingStatus(
      parseOpeningHours('Tu 14:00-17:00 "sur rendez-vous"'),
      at('2026-11-24T14:00:00Z'),
    );
    expect(s.open).toBeNull();
    expect(s.text).toBe('Ouverture à vérifier : « sur rendez-vous »');
  });
  it('unreadable: shows the text as written, never guesses', () => {
    const s = openingStatus(parseOpeningHours('Lundi matin'), at('2026-11-24T09:30:00Z'));
    expect(s).toEqual({
      open: null,
      text: 'Horaires : Lundi matin',
      openToday: null,
      detail: { kind: 'raw', value: 'Lundi matin' },
    });
  });
  it('uses the place time zone', () => {
    const s = openingStatus(parseOpeningHours('Mo-Fr 17:00-22:00'), at('2026-11-24T09:30:00Z'), {
      timeZone: 'Pacific/Noumea',
    });
    expect(s.text).toBe('Ouvert, ferme à 22 h');
  });
  it('a week table for the detail view', () => {
    const t = weekTable(
      parseOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00'),
      at('2026-11-24T09:30:00Z'),
    );
    expect(t?.[0]).toMatchObject({ day: 'lundi', text: '9 h à 12 h, 14 h à 17 h', weekday: 0 });
    expect(t?.[0]?.schedule.intervals.map((i) => [i.from, i.to])).toEqual([
      [540, 720],
      [840, 1020],
    ]);
    expect(t?.[6]).toMatchObject({ day: 'dimanche', text: 'Fermé', weekday: 6 });
  });
});

describe('converters', () => {
  it('DILA plage_ouverture → OSM, comments kept', () => {
    expect(
      dilaPlagesToOsm([
        {
          nom_jour_debut: 'Lundi',
          nom_jour_fin: 'Vendredi',
          valeur_heure_debut_1: '09:00:00',
          valeur_heure_fin_1: '12:00:00',
          valeur_heure_debut_2: '',
          valeur_heure_fin_2: '',
          commentaire: '',
        },
        {
          nom_jour_debut: 'Samedi',
          nom_jour_fin: 'Samedi',
          valeur_heure_debut_1: '09:00:00',
          valeur_heure_fin_1: '11:00:00',
          commentaire: 'Un "samedi" sur deux',
        },
      ]),
    ).toBe('Mo-Fr 09:00-12:00; Sa 09:00-11:00 "Un \'samedi\' sur deux"');
    expect(
      dilaPlagesToOsm([
        { nom_jour_debut: 'Lundy', valeur_heure_debut_1: '09:00:00', valeur_heure_fin_1: '12:00:00' },
      ]),
    ).toBeNull();
  });
  it('DILA v3 horaires in any order', () => {
    expect(
      dilaV3HorairesToOsm([
        { du: 'Vendredi', au: 'Vendredi', heures: [{ de: '09:00:00', a: '12:00:00' }] },
        {
          du: 'Lundi',
          au: 'Jeudi',
          heures: [
            { de: '09:00:00', a: '12:00:00' },
            { de: '14:00:00', a: '17:00:00' },
          ],
        },
      ]),
    ).toBe('Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00');
  });
  it('médiation numérique "9h-12h" notation, but not inside comments', () => {
    expect(normaliseMediationHours('Mo 9h-12h30 "de 9h à 12h"')).toBe('Mo 9:00-12:30 "de 9h à 12h"');
  });
});

describe('OSM specification points (as opening_hours.js reads them)', () => {
  const day = (d: string) => {
    const [year, month, dd] = d.split('-').map(Number) as [number, number, number];
    return { year, month, day: dd };
  };
  const open = (value: string, d: string, hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return isOpenAt(parseOpeningHours(value), day(d), h * 60 + m);
  };
  it('an "off" rule with times is a break, not a closed day: Mo-Fr 10:00-20:00; 12:00-14:00 off', () => {
    const v = 'Mo-Fr 10:00-20:00; 12:00-14:00 off';
    expect(open(v, '2026-11-24', '11:00')).toBe(true);
    expect(open(v, '2026-11-24', '13:00')).toBe(false);
    expect(open(v, '2026-11-24', '15:00')).toBe(true);
    expect(open(v, '2026-11-28', '11:00')).toBe(false);
    expect(open('Mo-Fr 10:00-20:00; We off', '2026-11-25', '11:00')).toBe(false);
  });
  it('open; Mo 15:00-16:00 off', () => {
    const v = 'open; Mo 15:00-16:00 off';
    expect(open(v, '2026-11-23', '15:30')).toBe(false);
    expect(open(v, '2026-11-23', '14:00')).toBe(true);
    expect(open(v, '2026-11-24', '15:30')).toBe(true);
  });
  it('a later Th rule replaces Wednesday night’s hours past midnight', () => {
    expect(open('We 22:00-02:00; Th 12:00-14:00', '2026-11-25', '23:00')).toBe(true);
    expect(open('We 22:00-02:00; Th 12:00-14:00', '2026-11-26', '01:00')).toBe(false);
    expect(open('We 22:00-02:00; Th 12:00-14:00', '2026-11-26', '13:00')).toBe(true);
    // An earlier Th rule does not: the Wednesday rule comes after it.
    expect(open('Th 12:00-14:00; We 22:00-02:00', '2026-11-26', '01:00')).toBe(true);
    expect(open('We 22:00-02:00, Th 12:00-14:00', '2026-11-26', '01:00')).toBe(true);
  });
  it('knows the hour skipped when clocks go forward, and describes no range in it', () => {
    const paris = 'Europe/Paris';
    expect(skippedMinutes(day('2026-03-29'), paris)).toEqual({ from: 120, to: 180 });
    expect(skippedMinutes(day('2026-10-25'), paris)).toBeNull();
    expect(skippedMinutes(day('2026-03-28'), paris)).toBeNull();
    expect(skippedMinutes(day('2026-03-29'), 'Indian/Reunion')).toBeNull();
    // Sunday 29 March 2026, 1:30 in Paris (0:30 UTC): 2:15-2:45 never comes that night.
    const night = new Date('2026-03-29T00:30:00Z');
    expect(openingStatus(parseOpeningHours('Su 02:15-02:45; Mo 09:00-12:00'), night).text).toBe(
      'Fermé, ouvre demain à 9 h',
    );
    expect(openingStatus(parseOpeningHours('Su 02:30-05:00'), night).text).toBe('Fermé, ouvre à 3 h');
    const week = weekTable(parseOpeningHours('Su 02:15-02:45,09:00-12:00'), night);
    expect(week?.[6]).toMatchObject({ day: 'dimanche', text: '9 h à 12 h' });
    // The week after, the same range exists.
    const later = weekTable(
      parseOpeningHours('Su 02:15-02:45,09:00-12:00'),
      new Date('2026-04-05T08:00:00Z'),
    );
    expect(later?.[6]?.text).toBe('2 h 15 à 2 h 45, 9 h à 12 h');
  });
  it('parses 10,000 time ranges (linear: hang-only timeout)', { timeout: 60_000 }, () => {
    const ranges = Array.from({ length: 10_000 }, (_, i) => {
      const h = String(i % 24).padStart(2, '0');
      return `${h}:00-${h}:30`;
    });
    const p = parseOpeningHours(`Mo-Su ${ranges.join(',')}`);
    expect(p.ok && p.rules[0]?.times.length).toBe(10_000);
    expect(isOpenAt(p, day('2026-11-24'), 10 * 60 + 15)).toBe(true);
    expect(isOpenAt(p, day('2026-11-24'), 10 * 60 + 45)).toBe(false);
    const twice = parseOpeningHours(`${'Mo 10:00-11:00; '.repeat(10_000)}Tu 09:00-10:00`);
    expect(twice.ok && twice.rules.length).toBe(10_001);
  });
});

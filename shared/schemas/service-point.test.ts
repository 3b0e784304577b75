import { describe, expect, it } from 'vitest';
import { OpeningHoursSchema, RECEIVING_UNIT_CODE_PATTERN, ServicePointSchema } from './service-point';
import type { ServicePointInput } from './service-point';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

const center = (): ServicePointInput => ({
  id: 'hn-center',
  kind: 'center',
  receivingUnitCode: 'HN-TT',
  name: { vi: 'Trung tâm', en: 'Center' },
  address: '102 Hai Bà Trưng',
  location: { lat: 21.0258, lng: 105.8462 },
  openingHours: {
    ...closed,
    mon: [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
  },
  open24x7: false,
  demo: false,
});

/** The dossier-code split documented next to RECEIVING_UNIT_CODE_PATTERN. */
const DOSSIER_CODE =
  /^(?<unit>[A-Z][A-Z0-9]{0,7}(?:-[A-Z][A-Z0-9]{0,7}){0,3})-(?<date>\d{6})-(?<serial>\d{4})$/;

describe('receiving-unit code', () => {
  it.each(['HN-TT', 'HN-CN01', 'HN', 'HCM-Q1-P02', 'BD-TT'])('accepts %s', (code) => {
    expect(RECEIVING_UNIT_CODE_PATTERN.test(code)).toBe(true);
  });
  it.each(['hn-tt', 'HN_TT', 'HN-', '-HN', 'HN--TT', 'HN-250101', '1HN', 'HN-TT-CN-X-Y', ''])(
    'rejects %j',
    (code) => {
      expect(RECEIVING_UNIT_CODE_PATTERN.test(code)).toBe(false);
    },
  );
  it('splits a dossier code from the right even when the unit code contains dashes', () => {
    const m = DOSSIER_CODE.exec('HN-CN01-260210-0042');
    expect(m?.groups).toEqual({ unit: 'HN-CN01', date: '260210', serial: '0042' });
    expect(DOSSIER_CODE.test('HN-260210-260210-0042')).toBe(false);
  });
});

describe('OpeningHoursSchema', () => {
  it('rejects overlapping, unsorted or inverted intervals and bad clock times', () => {
    const bad = [
      [
        { from: '08:00', to: '12:00' },
        { from: '11:00', to: '17:00' },
      ],
      [
        { from: '13:00', to: '17:00' },
        { from: '08:00', to: '12:00' },
      ],
      [{ from: '12:00', to: '08:00' }],
      [{ from: '8:00', to: '12:00' }],
      [{ from: '08:00', to: '24:00' }],
    ];
    for (const mon of bad) expect(OpeningHoursSchema.safeParse({ ...closed, mon }).success).toBe(false);
    expect(OpeningHoursSchema.safeParse(center().openingHours).success).toBe(true);
  });
});

describe('ServicePointSchema', () => {
  it('accepts the center', () => {
    expect(ServicePointSchema.safeParse(center()).success).toBe(true);
  });
  it('S2: the center has no parent, every other kind has one', () => {
    expect(ServicePointSchema.safeParse({ ...center(), parentId: 'x' }).success).toBe(false);
    expect(ServicePointSchema.safeParse({ ...center(), kind: 'branch' }).success).toBe(false);
    expect(ServicePointSchema.safeParse({ ...center(), kind: 'branch', parentId: 'hn-center' }).success).toBe(
      true,
    );
  });
  it('S3: physical points need coordinates; online has none and is 24/7', () => {
    const { location: _location, ...noLocation } = center();
    expect(ServicePointSchema.safeParse(noLocation).success).toBe(false);
    const online = { ...noLocation, kind: 'online', parentId: 'hn-center', open24x7: true };
    expect(ServicePointSchema.safeParse(online).success).toBe(true);
    expect(ServicePointSchema.safeParse({ ...online, open24x7: false }).success).toBe(false);
    expect(ServicePointSchema.safeParse({ ...online, location: center().location }).success).toBe(false);
  });
});

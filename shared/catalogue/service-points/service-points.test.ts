import { describe, expect, it } from 'vitest';
import { RECEIVING_UNIT_CODE_PATTERN, ServicePointSchema } from '../../schemas/service-point';
import { rawServicePoints, servicePointById, servicePointByReceivingUnitCode, servicePoints } from './index';

/** Rough box around Hà Nội (after the 2008 expansion): catches swapped lat/lng and typos. */
const inHanoi = (lat: number, lng: number) => lat > 20.5 && lat < 21.4 && lng > 105.25 && lng < 106.05;

describe('service-point catalogue', () => {
  it.each(rawServicePoints.map((s) => [s.id, s] as const))(
    '%s validates against ServicePointSchema',
    (_id, s) => {
      const result = ServicePointSchema.safeParse(s);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it('S1: ids and receiving-unit codes are unique and every code matches its format', () => {
    const ids = servicePoints.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = servicePoints.map((s) => s.receivingUnitCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(RECEIVING_UNIT_CODE_PATTERN);
  });

  it('S2: every parent exists and is the center or a branch', () => {
    for (const s of servicePoints) {
      if (s.parentId === undefined) continue;
      const parent = servicePointById(s.parentId);
      expect(parent, s.id).toBeDefined();
      expect(['center', 'branch'], s.id).toContain(parent?.kind);
    }
  });

  it('has exactly one center, the real one at 102 Hai Bà Trưng, inside Hà Nội', () => {
    const centers = servicePoints.filter((s) => s.kind === 'center');
    expect(centers).toHaveLength(1);
    expect(centers[0]?.demo).toBe(false);
    expect(centers[0]?.address).toContain('102 Hai Bà Trưng');
    for (const s of servicePoints) {
      if (s.location) expect(inHanoi(s.location.lat, s.location.lng), s.id).toBe(true);
    }
  });

  it('S4: has branches, ward points and three mobile stations, all invented entries flagged demo', () => {
    const ofKind = (k: string) => servicePoints.filter((s) => s.kind === k);
    expect(ofKind('branch').length).toBeGreaterThanOrEqual(2);
    expect(ofKind('ward_point').length).toBeGreaterThanOrEqual(3);
    expect(ofKind('mobile_station')).toHaveLength(3);
    expect(ofKind('mobile_station').every((s) => s.demo)).toBe(true);
    for (const s of servicePoints.filter((x) => !x.demo)) expect(s.sourceUrl, s.id).toBeDefined();
  });

  it('resolves a dossier-code prefix to its service point', () => {
    expect(servicePointByReceivingUnitCode('HN-TT')?.kind).toBe('center');
    expect(servicePointByReceivingUnitCode('XX')).toBeUndefined();
  });
});

import type { OpeningHours, TimeInterval } from '../../schemas/service-point';

/** Civil-service counter hours (PRODUCT.md): Mon–Fri 08:00–12:00 and 13:00–17:00. */
const OFFICE_DAY: readonly TimeInterval[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:00', to: '17:00' },
];

const day = (intervals: readonly TimeInterval[]): TimeInterval[] => intervals.map((i) => ({ ...i }));

export const officeHours = (): OpeningHours => ({
  mon: day(OFFICE_DAY),
  tue: day(OFFICE_DAY),
  wed: day(OFFICE_DAY),
  thu: day(OFFICE_DAY),
  fri: day(OFFICE_DAY),
  sat: [],
  sun: [],
});

/** Demo rota for mobile stations: Monday to Saturday, shorter sessions around travel. */
const MOBILE_SESSION: readonly TimeInterval[] = [
  { from: '08:00', to: '11:30' },
  { from: '13:30', to: '17:00' },
];

export const mobileStationHours = (): OpeningHours => ({
  mon: day(MOBILE_SESSION),
  tue: day(MOBILE_SESSION),
  wed: day(MOBILE_SESSION),
  thu: day(MOBILE_SESSION),
  fri: day(MOBILE_SESSION),
  sat: day(MOBILE_SESSION),
  sun: [],
});

/** Nobody at a counter: the online channel is only "open" through `open24x7`. */
export const noStaffedHours = (): OpeningHours => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
});

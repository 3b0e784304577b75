import type { LocalizedText } from '../schemas/common';

/** Labour Code 2019 art. 112(1): 11 paid holidays a year. */
export const NEW_YEAR: LocalizedText = { vi: 'Tết Dương lịch (1/1)', en: "New Year's Day (1 January)" };
export const HUNG_KINGS: LocalizedText = {
  vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)",
};
export const VICTORY_DAY: LocalizedText = {
  vi: 'Ngày Chiến thắng (30/4)',
  en: 'Reunification Day (30 April)',
};
export const LABOUR_DAY: LocalizedText = {
  vi: 'Ngày Quốc tế lao động (1/5)',
  en: "International Workers' Day (1 May)",
};
export const NATIONAL_DAY: LocalizedText = { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' };
export const NATIONAL_DAY_ADJACENT: LocalizedText = {
  vi: 'Quốc khánh (ngày liền kề 2/9)',
  en: 'National Day (day adjacent to 2 September)',
};

/** One of the five Tết days, labelled by its lunar date, e.g. tet('29 tháng Chạp', '29th of the 12th month'). */
export const tet = (lunarVi: string, lunarEn: string): LocalizedText => ({
  vi: `Tết Âm lịch (${lunarVi})`,
  en: `Lunar New Year, Tết (${lunarEn} lunar)`,
});

export const compensatoryDayOffFor = (holidayVi: string, holidayEn: string): LocalizedText => ({
  vi: `Nghỉ bù ${holidayVi} (ngày lễ trùng ngày nghỉ hằng tuần)`,
  en: `Compensatory day off for ${holidayEn} (holiday fell on a weekly rest day)`,
});

export const swappedDayOff = (workedOnVi: string, workedOnEn: string): LocalizedText => ({
  vi: `Nghỉ hoán đổi, làm bù vào ${workedOnVi}`,
  en: `Swapped day off, worked instead on ${workedOnEn}`,
});

export const makeUpWorkingDay = (forVi: string, forEn: string): LocalizedText => ({
  vi: `Làm bù cho ngày nghỉ hoán đổi ${forVi}`,
  en: `Make-up working day for the swapped day off of ${forEn}`,
});

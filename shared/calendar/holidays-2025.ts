import type { CalendarException, CalendarSource } from '../schemas/work-calendar';
import { dayOff, holiday, workingDay } from './exception-builders';
import {
  HUNG_KINGS,
  LABOUR_DAY,
  NATIONAL_DAY,
  NATIONAL_DAY_ADJACENT,
  NEW_YEAR,
  VICTORY_DAY,
  makeUpWorkingDay,
  swappedDayOff,
  tet,
} from './holiday-names';

/**
 * 2025 (Ất Tỵ; Tết = Wed 29/01/2025, Hùng Kings = Mon 07/04/2025). The Prime Minister approved
 * the year's plan in VPCP letter 8726/VPCP-KGVX of 26/11/2024; the Ministry of Labour, Invalids
 * and Social Affairs announced it on 03/12/2024 (notice number not found in the sources read).
 * Holidays: Tết 27–31/01 (28 Chạp – mùng 3; with weekends 25/01–02/02); 30/04–04/05 with
 * Friday 02/05 swapped for Saturday 26/04; National Day 01–02/09 (with the weekend 30/08–02/09).
 */
const PLAN_2025: CalendarSource = {
  title:
    'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ về nghỉ Tết Âm lịch và một số dịp nghỉ lễ năm 2025',
  url: 'https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html',
  issuedOn: '2024-11-26',
};
const MOLISA_2025: CalendarSource = {
  title: 'Thông báo của Bộ Lao động - Thương binh và Xã hội ngày 03/12/2024 về lịch nghỉ lễ, Tết năm 2025',
  url: 'https://en.sggp.org.vn/ministry-asks-public-holidays-to-be-announced-at-least-30-days-in-advance-post114254.html',
  issuedOn: '2024-12-03',
};
const APRIL_2025: CalendarSource = {
  ...PLAN_2025,
  url: 'https://vietnamnews.vn/society/1693234/five-day-break-announced-for-reunification-and-labour-day-holiday.html',
};
const NATIONAL_DAY_2025: CalendarSource = {
  title:
    'Thông báo của Bộ Nội vụ (08/2025) về lịch nghỉ Quốc khánh năm 2025, theo lịch nghỉ lễ năm 2025 đã công bố ngày 03/12/2024',
  url: 'https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html',
};

export const holidays2025: readonly CalendarException[] = [
  holiday('2025-01-01', NEW_YEAR, MOLISA_2025),
  holiday('2025-01-27', tet('28 tháng Chạp Giáp Thìn', '28th of the 12th month'), PLAN_2025),
  holiday(
    '2025-01-28',
    tet('29 tháng Chạp Giáp Thìn, giao thừa', '29th of the 12th month, New Year’s Eve'),
    PLAN_2025,
  ),
  holiday('2025-01-29', tet('mùng 1 tháng Giêng Ất Tỵ', '1st of the 1st month'), PLAN_2025),
  holiday('2025-01-30', tet('mùng 2 tháng Giêng Ất Tỵ', '2nd of the 1st month'), PLAN_2025),
  holiday('2025-01-31', tet('mùng 3 tháng Giêng Ất Tỵ', '3rd of the 1st month'), PLAN_2025),
  holiday('2025-04-07', HUNG_KINGS, APRIL_2025),
  workingDay('2025-04-26', makeUpWorkingDay('thứ Sáu 02/05/2025', 'Friday 02/05/2025'), APRIL_2025),
  holiday('2025-04-30', VICTORY_DAY, APRIL_2025),
  holiday('2025-05-01', LABOUR_DAY, APRIL_2025),
  dayOff('2025-05-02', swappedDayOff('thứ Bảy 26/04/2025', 'Saturday 26/04/2025'), APRIL_2025),
  holiday('2025-09-01', NATIONAL_DAY_ADJACENT, NATIONAL_DAY_2025),
  holiday('2025-09-02', NATIONAL_DAY, NATIONAL_DAY_2025),
];

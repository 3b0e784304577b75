import type { CalendarException, CalendarSource } from '../schemas/work-calendar';
import { dayOff, holiday, workingDay } from './exception-builders';
import {
  HUNG_KINGS,
  LABOUR_DAY,
  NATIONAL_DAY,
  NATIONAL_DAY_ADJACENT,
  NEW_YEAR,
  VICTORY_DAY,
  compensatoryDayOffFor,
  makeUpWorkingDay,
  swappedDayOff,
  tet,
} from './holiday-names';
import { LABOUR_CODE_ART_111, LABOUR_CODE_ART_112 } from './legal-sources';

/**
 * 2026 (Bính Ngọ; Tết = Tue 17/02/2026, Hùng Kings = Sun 26/04/2026).
 * - New Year: Thu 01/01 – Sun 04/01, Friday 02/01 swapped for Saturday 10/01 (VPCP 12729/VPCP-KGVX).
 * - Tết: Mon 16/02 (29 Chạp; Chạp Ất Tỵ has 29 days) – Fri 20/02 (mùng 4); with weekends 14–22/02.
 * - Hùng Kings falls on Sunday 26/04: made up on Monday 27/04 (Labour Code art. 111(3)).
 * - 30/04 and 01/05 are Thursday and Friday: no swap, with the weekend 30/04–03/05.
 * - National Day: Tue 01/09 and Wed 02/09; Monday 31/08 swapped for Saturday 22/08, so 29/08–02/09.
 * Ngày Văn hóa Việt Nam (24/11) is not a holiday yet: see CULTURE_DAY_STATUS in legal-sources.ts.
 */
const NEW_YEAR_2026: CalendarSource = {
  title: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ về nghỉ Tết Dương lịch năm 2026',
  url: 'https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289',
  issuedOn: '2025-12-25',
};
const NOTICE_9441 =
  'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ về lịch nghỉ Tết Âm lịch và nghỉ lễ Quốc khánh năm 2026';
const TET_2026: CalendarSource = {
  title: NOTICE_9441,
  url: 'https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html',
  issuedOn: '2025-10-16',
};
const NATIONAL_DAY_2026: CalendarSource = {
  title: NOTICE_9441,
  url: 'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html',
  issuedOn: '2025-10-16',
};
const REPORT_APRIL_2026 =
  'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm';
const APRIL_2026: CalendarSource = { ...LABOUR_CODE_ART_112, url: REPORT_APRIL_2026 };
const HUNG_KINGS_MAKE_UP_2026: CalendarSource = { ...LABOUR_CODE_ART_111, url: REPORT_APRIL_2026 };

export const holidays2026: readonly CalendarException[] = [
  holiday('2026-01-01', NEW_YEAR, NEW_YEAR_2026),
  dayOff('2026-01-02', swappedDayOff('thứ Bảy 10/01/2026', 'Saturday 10/01/2026'), NEW_YEAR_2026),
  workingDay('2026-01-10', makeUpWorkingDay('thứ Sáu 02/01/2026', 'Friday 02/01/2026'), NEW_YEAR_2026),
  holiday(
    '2026-02-16',
    tet('29 tháng Chạp Ất Tỵ, giao thừa', '29th of the 12th month, New Year’s Eve'),
    TET_2026,
  ),
  holiday('2026-02-17', tet('mùng 1 tháng Giêng Bính Ngọ', '1st of the 1st month'), TET_2026),
  holiday('2026-02-18', tet('mùng 2 tháng Giêng Bính Ngọ', '2nd of the 1st month'), TET_2026),
  holiday('2026-02-19', tet('mùng 3 tháng Giêng Bính Ngọ', '3rd of the 1st month'), TET_2026),
  holiday('2026-02-20', tet('mùng 4 tháng Giêng Bính Ngọ', '4th of the 1st month'), TET_2026),
  holiday('2026-04-26', HUNG_KINGS, APRIL_2026),
  dayOff(
    '2026-04-27',
    compensatoryDayOffFor('Giỗ Tổ Hùng Vương', "Hùng Kings' Day"),
    HUNG_KINGS_MAKE_UP_2026,
  ),
  holiday('2026-04-30', VICTORY_DAY, APRIL_2026),
  holiday('2026-05-01', LABOUR_DAY, APRIL_2026),
  workingDay('2026-08-22', makeUpWorkingDay('thứ Hai 31/08/2026', 'Monday 31/08/2026'), NATIONAL_DAY_2026),
  dayOff('2026-08-31', swappedDayOff('thứ Bảy 22/08/2026', 'Saturday 22/08/2026'), NATIONAL_DAY_2026),
  holiday('2026-09-01', NATIONAL_DAY_ADJACENT, NATIONAL_DAY_2026),
  holiday('2026-09-02', NATIONAL_DAY, NATIONAL_DAY_2026),
];

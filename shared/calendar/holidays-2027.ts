import type { CalendarException, CalendarSource } from '../schemas/work-calendar';
import { dayOff, holiday } from './exception-builders';
import {
  HUNG_KINGS,
  LABOUR_DAY,
  NATIONAL_DAY,
  NATIONAL_DAY_ADJACENT,
  NEW_YEAR,
  VICTORY_DAY,
  compensatoryDayOffFor,
  tet,
} from './holiday-names';

/**
 * 2027 (Đinh Mùi): no schedule had been announced in the sources read, so every entry is
 * `statutory_not_yet_announced` and must be reviewed when the Ministry of Home Affairs publishes
 * the year's notice. Lunar dates computed with the Vietnamese (UTC+7) lunar calendar: Tết =
 * Sat 06/02/2027, the last day of Chạp Bính Ngọ = Fri 05/02 (29 Chạp), Hùng Kings (10/3 lunar)
 * = Fri 16/04/2027. Assumptions where the law leaves the choice to the yearly plan:
 * - Tết: 1 day before and 4 after (the 2026 pattern): 05–09/02; mùng 1 and mùng 2 fall on the
 *   weekend, so art. 111(3) adds Wed 10/02 and Thu 11/02. The real notice may well swap days.
 * - National Day: 02/09 is a Thursday; the adjacent day is assumed to be Friday 03/09, the only
 *   choice that joins the weekend.
 * - 01/05 is a Saturday: made up on Monday 03/05 (art. 111(3)).
 */
const STATUTORY_2027: CalendarSource = {
  title:
    'Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 1 và Điều 111 khoản 3 (lịch nghỉ năm 2027 chưa công bố; ngày cụ thể là dự kiến)',
  issuedOn: '2019-11-20',
};
const pending = 'statutory_not_yet_announced' as const;
const TET_MAKE_UP = compensatoryDayOffFor('Tết Âm lịch', 'Tết');

export const holidays2027: readonly CalendarException[] = [
  holiday('2027-01-01', NEW_YEAR, STATUTORY_2027, pending),
  holiday(
    '2027-02-05',
    tet('29 tháng Chạp Bính Ngọ, giao thừa', '29th of the 12th month, New Year’s Eve'),
    STATUTORY_2027,
    pending,
  ),
  holiday('2027-02-06', tet('mùng 1 tháng Giêng Đinh Mùi', '1st of the 1st month'), STATUTORY_2027, pending),
  holiday('2027-02-07', tet('mùng 2 tháng Giêng Đinh Mùi', '2nd of the 1st month'), STATUTORY_2027, pending),
  holiday('2027-02-08', tet('mùng 3 tháng Giêng Đinh Mùi', '3rd of the 1st month'), STATUTORY_2027, pending),
  holiday('2027-02-09', tet('mùng 4 tháng Giêng Đinh Mùi', '4th of the 1st month'), STATUTORY_2027, pending),
  dayOff('2027-02-10', TET_MAKE_UP, STATUTORY_2027, pending),
  dayOff('2027-02-11', TET_MAKE_UP, STATUTORY_2027, pending),
  holiday('2027-04-16', HUNG_KINGS, STATUTORY_2027, pending),
  holiday('2027-04-30', VICTORY_DAY, STATUTORY_2027, pending),
  holiday('2027-05-01', LABOUR_DAY, STATUTORY_2027, pending),
  dayOff(
    '2027-05-03',
    compensatoryDayOffFor('Ngày Quốc tế lao động', "International Workers' Day"),
    STATUTORY_2027,
    pending,
  ),
  holiday('2027-09-02', NATIONAL_DAY, STATUTORY_2027, pending),
  holiday('2027-09-03', NATIONAL_DAY_ADJACENT, STATUTORY_2027, pending),
];

import type { CalendarSource } from '../schemas/work-calendar';

/**
 * Acts that fix holidays every year. Labour Code 2019 art. 112(1): New Year 1 day, Tết 5 days,
 * 30/4 and 1/5 one day each, National Day 2 days (2/9 plus the day before or after, in force
 * since 1/1/2021), Hùng Kings 10/3 lunar 1 day. Art. 111(3): a holiday on a weekly rest day is
 * made up on the next working day. The yearly schedule (which Tết days, which day next to 2/9,
 * swaps) is set by the Prime Minister and announced by the Ministry of Home Affairs (before
 * March 2025, by the Ministry of Labour, Invalids and Social Affairs).
 */
export const LABOUR_CODE_ART_112: CalendarSource = {
  title: 'Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 1 (nghỉ lễ, tết)',
  issuedOn: '2019-11-20',
};

export const LABOUR_CODE_ART_111: CalendarSource = {
  title:
    'Bộ luật Lao động số 45/2019/QH14, Điều 111 khoản 3 (nghỉ bù khi ngày lễ, tết trùng ngày nghỉ hằng tuần)',
  issuedOn: '2019-11-20',
};

/**
 * Ngày Văn hóa Việt Nam (24/11) is NOT in this calendar. The Politburo chose 24/11 as a paid
 * day off (Resolution 80-NQ/TW); Government Resolution 30/NQ-CP (reported 26/02/2026) only
 * tasks an amendment of Labour Code art. 112(1), and the Employment Department of the Ministry
 * of Home Affairs has proposed it for the draft (VnExpress, 17/01/2026). Until the National
 * Assembly passes that amendment it is not a holiday; add it here, or as an administrator's
 * exception, when the amended article is in force.
 * https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm
 * https://vnexpress.net/de-xuat-luat-hoa-ngay-van-hoa-viet-nam-thanh-ngay-nghi-le-5006749.html
 */
export const CULTURE_DAY_STATUS = 'pending_labour_code_amendment' as const;

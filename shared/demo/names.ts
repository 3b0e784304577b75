/**
 * Common Vietnamese names. Family names with rough population shares (Nguyễn is carried by
 * close to four in ten Vietnamese; the next dozen cover most of the rest); middle and given names
 * by sex, as usually paired. Enough variety that a demo list of thousands looks real.
 */
// prettier-ignore
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 1.5], ['Phan', 4.5],
  ['Vũ', 3.9], ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.8], ['Trịnh', 0.6], ['Đào', 0.5], ['Lương', 0.4], ['Mai', 0.4],
  ['Tạ', 0.3], ['Chu', 0.3], ['Kiều', 0.2], ['Cao', 0.4],
];

// prettier-ignore
export const MIDDLE_NAMES = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Tiến', 'Mạnh', 'Ngọc', 'Hoàng', 'Tuấn', 'Việt'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Bích', 'Thúy', 'Kim', 'Khánh', 'Mai', 'Diệu', 'Hải'],
} as const;

// prettier-ignore
export const GIVEN_NAMES = {
  male: [
    'Anh', 'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Long', 'Nam', 'Quân', 'Phong', 'Sơn', 'Trung', 'Đức',
    'Hiếu', 'Khánh', 'Thắng', 'Việt', 'Bình', 'Cường', 'Hoàng', 'Huy', 'Kiên', 'Lâm', 'Phúc', 'Quang',
    'Thành', 'Toàn', 'Tùng', 'Vinh', 'Đạt',
  ],
  female: [
    'Lan', 'Hương', 'Hoa', 'Linh', 'Trang', 'Thảo', 'Mai', 'Ngọc', 'Hà', 'Huyền', 'Nhung', 'Phương', 'Thủy',
    'Yến', 'Anh', 'Vân', 'Hằng', 'Loan', 'Dung', 'Giang', 'Hạnh', 'Liên', 'Nga', 'Oanh', 'Quỳnh', 'Tâm',
    'Trâm', 'Uyên', 'Vy', 'Hiền',
  ],
} as const;

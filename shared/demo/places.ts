/**
 * Hà Nội wards (phường) after the 1 July 2025 reorganisation of commune-level units, each with a
 * few streets that run through it, so generated addresses read like real ones. Demo data only:
 * the pairing is plausible, not a postal reference.
 */
export const HANOI_WARDS: readonly { readonly ward: string; readonly streets: readonly string[] }[] = [
  { ward: 'Hoàn Kiếm', streets: ['Hàng Bông', 'Hàng Gai', 'Hàng Bạc', 'Đinh Tiên Hoàng'] },
  { ward: 'Cửa Nam', streets: ['Tràng Thi', 'Lý Thường Kiệt', 'Quán Sứ', 'Hai Bà Trưng'] },
  { ward: 'Ba Đình', streets: ['Phan Đình Phùng', 'Quán Thánh', 'Hoàng Hoa Thám'] },
  { ward: 'Ngọc Hà', streets: ['Đội Cấn', 'Ngọc Hà', 'Liễu Giai'] },
  { ward: 'Giảng Võ', streets: ['Giảng Võ', 'Kim Mã', 'Ngọc Khánh', 'Nguyễn Chí Thanh'] },
  { ward: 'Hai Bà Trưng', streets: ['Bà Triệu', 'Lê Đại Hành', 'Phố Huế'] },
  { ward: 'Bạch Mai', streets: ['Bạch Mai', 'Minh Khai', 'Đại La'] },
  { ward: 'Vĩnh Tuy', streets: ['Minh Khai', 'Vĩnh Tuy', 'Kim Ngưu'] },
  { ward: 'Đống Đa', streets: ['Tôn Đức Thắng', 'Nguyễn Lương Bằng', 'Hào Nam'] },
  { ward: 'Kim Liên', streets: ['Phạm Ngọc Thạch', 'Đào Duy Anh', 'Kim Liên Mới'] },
  { ward: 'Văn Miếu - Quốc Tử Giám', streets: ['Quốc Tử Giám', 'Văn Miếu', 'Tôn Đức Thắng'] },
  { ward: 'Láng', streets: ['Láng', 'Láng Hạ', 'Chùa Láng'] },
  { ward: 'Ô Chợ Dừa', streets: ['Xã Đàn', 'Đê La Thành', 'Khâm Thiên'] },
  { ward: 'Cầu Giấy', streets: ['Cầu Giấy', 'Xuân Thủy', 'Trần Thái Tông'] },
  { ward: 'Nghĩa Đô', streets: ['Hoàng Quốc Việt', 'Nghĩa Đô', 'Nguyễn Văn Huyên'] },
  { ward: 'Yên Hòa', streets: ['Trung Kính', 'Yên Hòa', 'Nguyễn Khang'] },
  { ward: 'Tây Hồ', streets: ['Lạc Long Quân', 'Âu Cơ', 'Xuân Diệu'] },
  { ward: 'Thanh Xuân', streets: ['Nguyễn Trãi', 'Khuất Duy Tiến', 'Vũ Trọng Phụng'] },
  { ward: 'Khương Đình', streets: ['Khương Đình', 'Khương Trung', 'Bùi Xương Trạch'] },
  { ward: 'Phương Liệt', streets: ['Trường Chinh', 'Giải Phóng', 'Phương Mai'] },
  { ward: 'Hoàng Mai', streets: ['Tam Trinh', 'Hoàng Mai', 'Lĩnh Nam'] },
  { ward: 'Định Công', streets: ['Định Công', 'Kim Giang', 'Giải Phóng'] },
  { ward: 'Long Biên', streets: ['Nguyễn Văn Cừ', 'Ngọc Lâm', 'Long Biên 2'] },
  { ward: 'Bồ Đề', streets: ['Bồ Đề', 'Ngọc Thụy', 'Nguyễn Sơn'] },
  { ward: 'Việt Hưng', streets: ['Nguyễn Văn Linh', 'Việt Hưng', 'Đoàn Khuê'] },
  { ward: 'Hà Đông', streets: ['Quang Trung', 'Trần Phú', 'Lê Lợi'] },
  { ward: 'Dương Nội', streets: ['Lê Trọng Tấn', 'Tố Hữu', 'Dương Nội'] },
  { ward: 'Từ Liêm', streets: ['Hồ Tùng Mậu', 'Hàm Nghi', 'Lê Đức Thọ'] },
  { ward: 'Xuân Phương', streets: ['Trịnh Văn Bô', 'Xuân Phương', 'Phương Canh'] },
  { ward: 'Sơn Tây', streets: ['Lê Lợi', 'Phó Đức Chính', 'Chùa Thông'] },
];

export const addressLine = (house: number, alley: number | null, street: string, ward: string): string =>
  `Số ${house}${alley === null ? '' : `, ngõ ${alley}`}, phố ${street}, phường ${ward}, Hà Nội`;

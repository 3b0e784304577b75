/** Reasons officers write on slips 02, 03, 04 and in stop/withdrawal decisions (demo wording). */
export const REASONS = {
  refuse: [
    'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan tiếp nhận',
    'Người nộp không thuộc đối tượng được giải quyết theo quy định',
    'Hồ sơ đã được giải quyết trước đó, không đủ điều kiện giải quyết lại',
  ],
  supplement: [
    'Thiếu bản sao giấy tờ chứng minh nơi cư trú',
    'Tờ khai chưa có chữ ký của người yêu cầu',
    'Ảnh chụp giấy tờ không rõ nét, đề nghị nộp lại bản rõ hơn',
    'Thông tin trên tờ khai không khớp với Cơ sở dữ liệu quốc gia về dân cư',
    'Thiếu văn bản ủy quyền có chứng thực',
  ],
  withdrawal: [
    'Công dân đề nghị rút hồ sơ để chuẩn bị lại giấy tờ',
    'Công dân không còn nhu cầu giải quyết thủ tục',
  ],
  stopAfterWithdrawal: ['Dừng xử lý theo đề nghị rút hồ sơ của công dân'],
  stopNoSupplement: ['Quá thời hạn bổ sung hồ sơ nhưng công dân không bổ sung'],
  apology: [
    'Hồ sơ cần xác minh thêm với cơ quan có liên quan',
    'Hệ thống cơ sở dữ liệu chuyên ngành gián đoạn, chưa tra cứu được thông tin',
    'Cần lấy ý kiến phối hợp của cơ quan liên quan theo quy định',
  ],
} as const;

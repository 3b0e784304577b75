/**
 * The Vietnamese dictionary: the default language and the source of truth for keys. Every
 * other locale must translate every key (enforced by the `Dictionary` type in ./en.ts).
 * Placeholders are written `{name}` and filled by `translate`.
 */
export const vi = {
  'app.name': 'Một cửa',
  'app.tagline': 'Trung tâm Phục vụ hành chính công',
  'nav.skip': 'Bỏ qua, đến nội dung chính',
  'nav.home': 'Trang chủ',
  'nav.dossiers': 'Hồ sơ',
  'nav.lookup': 'Tra cứu hồ sơ',
  'nav.settings': 'Cài đặt',
  'nav.menu': 'Điều hướng chính',
  'net.online': 'Trực tuyến',
  'net.offline': 'Ngoại tuyến — dữ liệu được lưu trên thiết bị',
  'update.available': 'Đã có phiên bản mới của ứng dụng.',
  'update.reload': 'Tải lại',
  'update.later': 'Để sau',
  'update.offlineReady': 'Ứng dụng đã sẵn sàng dùng khi không có mạng.',
  'update.dismiss': 'Đóng',
  'home.title': 'Xin chào',
  'home.intro': 'Tiếp nhận, theo dõi và trả kết quả hồ sơ thủ tục hành chính — kể cả khi không có mạng.',
  'home.offlineNote': 'Mọi thao tác được lưu ngay trên thiết bị và tự đồng bộ khi có mạng.',
  'settings.title': 'Cài đặt',
  'settings.language': 'Ngôn ngữ',
  'settings.languageHint': 'Lựa chọn được ghi nhớ trên thiết bị này.',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.back': 'Về trang chủ',
  'lookup.title': 'Tra cứu hồ sơ',
  'lookup.soon': 'Nhập mã hồ sơ ghi trên giấy tiếp nhận để theo dõi tiến độ.',
  'error.bad_request': 'Yêu cầu không hợp lệ.',
  'error.invalid_field': 'Trường "{field}" không hợp lệ: {detail}',
  'error.unauthorized': 'Bạn cần đăng nhập.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.not_found': 'Không tìm thấy tài nguyên được yêu cầu.',
  'error.payload_too_large': 'Dữ liệu gửi lên quá lớn.',
  'error.unsupported_media_type': 'Định dạng dữ liệu không được hỗ trợ; hãy gửi JSON.',
  'error.rate_limited': 'Quá nhiều yêu cầu; vui lòng thử lại sau.',
  'error.protocol_too_old': 'Ứng dụng đã cũ; vui lòng tải lại để cập nhật.',
  'error.conflict': 'Dữ liệu đã bị thay đổi ở nơi khác.',
  'error.internal': 'Máy chủ gặp sự cố; dữ liệu của bạn không bị mất. Vui lòng thử lại.',
} as const;

export type MessageKey = keyof typeof vi;

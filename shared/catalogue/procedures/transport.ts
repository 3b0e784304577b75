import type { ProcedureInput } from '../../schemas/procedure';
import { form, identityPaper, portalUrl } from './common-documents';

/**
 * Giao thông: driving licences and vehicle registration moved to the police on 1/3/2025 (Road
 * Traffic Order and Safety Law 2024). Codes and names from the portal list.
 */

const TRAFFIC_POLICE = {
  vi: 'Công an cấp tỉnh (Phòng Cảnh sát giao thông)',
  en: 'Provincial police (traffic police department)',
};
const LICENCE_LAW = [
  'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15',
  'Thông tư số 37/2023/TT-BTC',
];
const LICENCE_FEE = {
  amount: 135000,
  note: { vi: '135.000 đồng/lần cấp', en: 'VND 135,000 per issue' },
};
const NOTE =
  'Code and name from the portal list (snapshot 2026-07-18); deadline, fee and documents as recalled from the police circulars, not read on the portal detail page.';

const healthCertificate = (): ProcedureInput['documents'][number] => ({
  id: 'driver-health-certificate',
  name: {
    vi: 'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (trừ hạng A1, A, B1)',
    en: 'Driver’s health certificate from an authorised facility (not needed for motorcycle classes)',
  },
  handling: 'submit',
  originals: 1,
  copies: 0,
  when: {
    vi: 'Không phải nộp nếu đã được liên thông điện tử từ cơ sở khám',
    en: 'Not needed when the clinic has sent it electronically',
  },
  replaceableByPopulationData: false,
});

export const transportProcedures: readonly ProcedureInput[] = [
  {
    id: 'driving-licence-exchange',
    nationalCode: '3.000347',
    name: { vi: 'Đổi giấy phép lái xe', en: 'Exchange (renewal) of a driving licence' },
    field: 'transport',
    level: 'provincial',
    authority: TRAFFIC_POLICE,
    documents: [
      form('licence-exchange-request', {
        vi: 'Đơn đề nghị đổi giấy phép lái xe theo mẫu',
        en: 'Licence exchange application form',
      }),
      healthCertificate(),
      {
        id: 'current-licence',
        name: { vi: 'Giấy phép lái xe đang sử dụng', en: 'The driving licence in use' },
        handling: 'present',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      identityPaper(),
    ],
    fee: LICENCE_FEE,
    deadline: { value: 5, unit: 'working_days' },
    channels: ['in_person', 'online'],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bf7-bda8-740c-9f49-ddaae438530d'), legalBasis: LICENCE_LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'driving-licence-reissue',
    nationalCode: '3.000348',
    name: { vi: 'Cấp lại giấy phép lái xe', en: 'Re-issue of a lost or expired driving licence' },
    field: 'transport',
    level: 'provincial',
    authority: TRAFFIC_POLICE,
    documents: [
      form('licence-reissue-request', {
        vi: 'Đơn đề nghị cấp lại giấy phép lái xe theo mẫu',
        en: 'Licence re-issue application form',
      }),
      healthCertificate(),
      identityPaper(),
    ],
    fee: LICENCE_FEE,
    deadline: { value: 5, unit: 'working_days' },
    deadlineNote: {
      vi: 'Trường hợp phải xác minh hoặc sát hạch lại thì thời hạn dài hơn',
      en: 'Longer when the record must be verified or the driver re-examined',
    },
    channels: ['in_person', 'online'],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bf7-bdb6-7217-affe-2819858d612c'), legalBasis: LICENCE_LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'vehicle-first-registration-online',
    nationalCode: '1.012575',
    name: {
      vi: 'Đăng ký xe lần đầu trực tuyến toàn trình đối với xe sản xuất lắp ráp trong nước thực hiện tại cấp tỉnh, cấp xã',
      en: 'Fully online first registration of a domestically assembled vehicle',
    },
    field: 'transport',
    level: 'commune',
    authority: {
      vi: 'Công an cấp xã; Công an cấp tỉnh (Phòng Cảnh sát giao thông)',
      en: 'Commune police; provincial traffic police',
    },
    documents: [
      form('vehicle-registration-declaration', {
        vi: 'Giấy khai đăng ký xe (kê khai điện tử)',
        en: 'Vehicle registration declaration (filed electronically)',
      }),
      {
        id: 'vehicle-origin-data',
        name: {
          vi: 'Dữ liệu phiếu kiểm tra chất lượng xuất xưởng và chứng từ nộp lệ phí trước bạ (liên thông điện tử)',
          en: 'Factory quality-inspection record and registration-tax receipt (exchanged electronically)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
    ],
    fee: {
      amount: null,
      note: {
        vi: 'Lệ phí đăng ký, cấp biển số theo Thông tư 60/2023/TT-BTC, tùy loại xe và khu vực',
        en: 'Registration and plate fee under Circular 60/2023/TT-BTC, by vehicle type and area',
      },
    },
    deadline: { value: 2, unit: 'working_days' },
    channels: ['online'],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bf7-8ec4-71e9-98c9-719f7565b157'),
      legalBasis: [
        'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15',
        'Thông tư số 79/2024/TT-BCA',
        'Thông tư số 60/2023/TT-BTC',
      ],
    },
    verification: 'legal_text',
    note: NOTE,
  },
];

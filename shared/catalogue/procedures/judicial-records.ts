import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, authorisation, form, portalUrl } from './common-documents';

/**
 * Lý lịch tư pháp. Since 2025 criminal-record certificates are issued by the provincial police
 * (records service), not the Department of Justice. One procedure covers both certificate No. 1
 * (for the person) and No. 2 (full record, only for the person themself or a court).
 */

export const judicialRecordsProcedures: readonly ProcedureInput[] = [
  {
    id: 'criminal-record-certificate',
    nationalCode: '3.000333',
    name: {
      vi: 'Cấp Phiếu Lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
      en: 'Criminal record certificate (No. 1 or No. 2) for Vietnamese citizens and foreign residents',
    },
    field: 'judicial_records',
    level: 'provincial',
    authority: {
      vi: 'Công an cấp tỉnh (Phòng Hồ sơ nghiệp vụ)',
      en: 'Provincial police (records department)',
    },
    documents: [
      form('criminal-record-request', {
        vi: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu',
        en: 'Criminal record certificate request form',
      }),
      {
        id: 'identity-copy',
        name: {
          vi: 'Bản sao thẻ căn cước/căn cước công dân hoặc hộ chiếu của người được cấp Phiếu',
          en: 'Copy of the applicant’s ID card or passport',
        },
        handling: 'submit',
        originals: 0,
        copies: 1,
        replaceableByPopulationData: true,
      },
      {
        id: 'residence-proof',
        name: {
          vi: 'Giấy tờ chứng minh nơi thường trú hoặc nơi tạm trú',
          en: 'Proof of permanent or temporary residence',
        },
        handling: 'submit',
        originals: 0,
        copies: 1,
        replaceableByPopulationData: true,
      },
      {
        ...authorisation(true),
        when: {
          vi: 'Chỉ với Phiếu số 1; Phiếu số 2 không được ủy quyền',
          en: 'Certificate No. 1 only; No. 2 cannot be requested through a representative',
        },
      },
    ],
    fee: {
      amount: 200000,
      note: {
        vi: '200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu',
        en: 'VND 200,000 per request; students and people with meritorious services VND 100,000; VND 5,000 for each certificate beyond the second',
      },
    },
    deadline: { value: 10, unit: 'calendar_days' },
    deadlineNote: {
      vi: 'Không quá 15 ngày với người nước ngoài, người cư trú ở nhiều nơi hoặc trường hợp phải xác minh',
      en: 'Up to 15 days for foreigners, people who lived in several provinces, or when verification is needed',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bf7-bd79-75fb-a4c6-ba1bf85d20ad'),
      legalBasis: ['Luật Lý lịch tư pháp số 28/2009/QH12', 'Thông tư số 244/2016/TT-BTC'],
    },
    verification: 'legal_text',
    note: 'Code and name from the portal list (snapshot 2026-07-18). Deadline from art. 48 of the 2009 law; fee from Circular 244/2016/TT-BTC. The police portal cites a 2025 fee circular that was not read, so the amount may have changed. Online requests through VNeID return an electronic certificate.',
  },
];

import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, authorisation, form, portalUrl } from './common-documents';

/**
 * Đất đai (Land Law 2024, Decree 101/2024/NĐ-CP). National standard procedures; provinces publish
 * local variants with shorter deadlines (e.g. Thanh Hóa 1.115520: 13 working days for the first
 * certificate), which belong in a province-specific catalogue, not here.
 */

const LAND_OFFICE = {
  vi: 'Văn phòng đăng ký đất đai/Chi nhánh Văn phòng đăng ký đất đai; Ủy ban nhân dân cấp xã',
  en: 'Land registration office (branch); commune People’s Committee',
};
const LAW = ['Luật Đất đai số 31/2024/QH15', 'Nghị định số 101/2024/NĐ-CP'];
const PROVINCIAL_FEE = {
  amount: null,
  note: {
    vi: 'Lệ phí cấp Giấy chứng nhận do Hội đồng nhân dân tỉnh quyết định; kèm nghĩa vụ tài chính (lệ phí trước bạ, thuế) nếu có',
    en: 'Certificate fee set by the provincial People’s Council, plus any taxes and registration duty',
  },
};
const NOTE =
  'Code and name from the portal list (snapshot 2026-07-18); deadline from art. 22 of Decree 101/2024/NĐ-CP as recalled and documents summarised, not read on the portal detail page. Time for financial obligations is not counted.';

const registrationForm = () =>
  form('land-registration-form', {
    vi: 'Đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu',
    en: 'Land and attached-assets registration form',
  });

const certificateOriginal = (): ProcedureInput['documents'][number] => ({
  id: 'certificate-original',
  name: { vi: 'Bản gốc Giấy chứng nhận đã cấp', en: 'Original of the certificate already issued' },
  handling: 'submit',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: false,
});

export const landProcedures: readonly ProcedureInput[] = [
  {
    id: 'land-certificate-first-issue',
    nationalCode: '1.013978',
    name: {
      vi: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
      en: 'First registration and first land-use right certificate for households and individuals',
    },
    field: 'land',
    level: 'commune',
    authority: LAND_OFFICE,
    documents: [
      registrationForm(),
      {
        id: 'land-use-papers',
        name: {
          vi: 'Một trong các giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)',
          en: 'One of the land-use papers listed in art. 137 of the Land Law (if any)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      {
        id: 'asset-ownership-papers',
        name: {
          vi: 'Giấy tờ về quyền sở hữu tài sản gắn liền với đất, sơ đồ nhà ở, công trình (nếu đăng ký tài sản)',
          en: 'Papers on ownership of buildings on the land, with a floor plan (when registering them)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: { vi: 'Khi đăng ký quyền sở hữu tài sản', en: 'When registering attached assets' },
        replaceableByPopulationData: false,
      },
      form('tax-declarations', {
        vi: 'Tờ khai lệ phí trước bạ, tờ khai thuế sử dụng đất phi nông nghiệp',
        en: 'Registration-duty and non-agricultural land-use tax declarations',
      }),
      authorisation(true),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 20, unit: 'working_days' },
    deadlineNote: {
      vi: 'Đăng ký đất đai không quá 17 ngày làm việc, cấp Giấy chứng nhận không quá 03 ngày làm việc; xã miền núi, vùng khó khăn thêm 10 ngày',
      en: 'Registration up to 17 working days plus 3 for the certificate; 10 more days in mountainous or remote communes',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bfa-8678-770b-8917-1872078767cd'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'land-transfer-registration',
    nationalCode: '1.013831',
    name: {
      vi: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi quyền sử dụng đất nông nghiệp mà không theo phương án dồn điền, đổi thửa; chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; cho thuê, cho thuê lại quyền sử dụng đất trong dự án xây dựng kinh doanh kết cấu hạ tầng; bán hoặc tặng cho hoặc để thừa kế hoặc góp vốn bằng tài sản gắn liền với đất thuê của Nhà nước theo hình thức thuê đất trả tiền hàng năm',
      en: 'Registration of a transfer, inheritance, gift or capital contribution of land-use rights and attached assets',
    },
    field: 'land',
    level: 'commune',
    authority: LAND_OFFICE,
    documents: [
      form('land-change-form', {
        vi: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu',
        en: 'Land change registration form',
      }),
      {
        id: 'transfer-contract',
        name: {
          vi: 'Hợp đồng, văn bản về việc chuyển nhượng, tặng cho, thừa kế, góp vốn đã được công chứng hoặc chứng thực',
          en: 'Notarised or authenticated transfer, gift, inheritance or contribution contract',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      certificateOriginal(),
      form('tax-declarations', {
        vi: 'Tờ khai thuế thu nhập cá nhân, lệ phí trước bạ',
        en: 'Personal income tax and registration-duty declarations',
      }),
      authorisation(true),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 10, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bfa-7ece-728d-9b60-6563e0a7a94e'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'land-certificate-exchange',
    nationalCode: '1.012783',
    name: {
      vi: 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      en: 'Exchange of a land-use right certificate',
    },
    field: 'land',
    level: 'commune',
    authority: LAND_OFFICE,
    documents: [
      form('land-change-form', {
        vi: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu',
        en: 'Land change registration form',
      }),
      certificateOriginal(),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 7, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bfa-6f3b-7238-9e41-307101b01795'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'land-certificate-reissue-lost',
    nationalCode: '1.012786',
    name: { vi: 'Cấp lại Giấy chứng nhận do bị mất', en: 'Re-issue of a lost land-use right certificate' },
    field: 'land',
    level: 'commune',
    authority: LAND_OFFICE,
    documents: [
      form('land-change-form', {
        vi: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo mẫu',
        en: 'Land change registration form',
      }),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 10, unit: 'working_days' },
    deadlineNote: {
      vi: 'Không kể thời gian niêm yết/đăng tin về việc mất Giấy chứng nhận',
      en: 'Excludes the period during which the loss is publicly posted',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bfa-76c7-75db-b936-ff88fe49d880'), legalBasis: LAW },
    verification: 'legal_text',
    note: `${NOTE} Hải Phòng publishes 5 working days for its local variant (1.115621).`,
  },
];

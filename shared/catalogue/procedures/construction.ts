import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, form, PORTAL_SNAPSHOT_DATE, portalUrl } from './common-documents';

/**
 * Hoạt động xây dựng. Permits for grade III/IV works and private houses moved to the commune
 * People's Committee in 2025 (Decree 175/2024/NĐ-CP forms). Values copied from the portal detail
 * pages (snapshot PORTAL_SNAPSHOT_DATE).
 */

const COMMUNE_PC = { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune/ward People’s Committee' };
const CONSTRUCTION_LAW = ['Luật Xây dựng số 50/2014/QH13 (sửa đổi 2020)', 'Nghị định số 175/2024/NĐ-CP'];
const PROVINCIAL_FEE = {
  amount: null,
  note: {
    vi: 'Lệ phí cấp giấy phép xây dựng theo quy định của Hội đồng nhân dân cấp tỉnh',
    en: 'Permit fee set by the provincial People’s Council',
  },
};
const source = (recordId: string) => ({
  url: portalUrl(recordId),
  legalBasis: CONSTRUCTION_LAW,
  retrievedOn: PORTAL_SNAPSHOT_DATE,
});

const landTitle = (): ProcedureInput['documents'][number] => ({
  id: 'land-title',
  name: {
    vi: 'Một trong những giấy tờ hợp pháp về đất đai (Giấy chứng nhận quyền sử dụng đất...) chứng minh sự phù hợp mục đích sử dụng đất',
    en: 'One of the lawful land documents (land-use right certificate...) showing the land use allows the works',
  },
  handling: 'submit',
  originals: 0,
  copies: 1,
  when: {
    vi: 'Không phải nộp nếu Giấy chứng nhận đã có trong Cơ sở dữ liệu quốc gia về đất đai',
    en: 'Not needed when the certificate is already in the national land database',
  },
  replaceableByPopulationData: false,
});

const designDrawings = (): ProcedureInput['documents'][number] => ({
  id: 'design-drawings',
  name: {
    vi: '02 bộ bản vẽ thiết kế xây dựng kèm kết quả thủ tục về phòng cháy, chữa cháy (nếu có)',
    en: 'Two sets of construction design drawings, with the fire-safety approval where required',
  },
  handling: 'submit',
  originals: 2,
  copies: 0,
  replaceableByPopulationData: false,
});

const permitOriginal = (): ProcedureInput['documents'][number] => ({
  id: 'permit-original',
  name: { vi: 'Bản chính giấy phép xây dựng đã được cấp', en: 'Original of the permit already issued' },
  handling: 'submit',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: false,
});

export const constructionProcedures: readonly ProcedureInput[] = [
  {
    id: 'building-permit-new',
    nationalCode: '1.013225',
    name: {
      vi: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (Công trình không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
      en: 'New building permit for grade III/IV works and private houses',
    },
    field: 'construction',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('permit-application', {
        vi: 'Đơn đề nghị cấp giấy phép xây dựng theo Mẫu số 1 Phụ lục II Nghị định số 175/2024/NĐ-CP',
        en: 'Building permit application (form 1, Appendix II, Decree 175/2024/NĐ-CP)',
      }),
      landTitle(),
      designDrawings(),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 7, unit: 'working_days' },
    deadlineNote: {
      vi: '07 ngày làm việc đối với nhà ở riêng lẻ; 10 ngày làm việc đối với công trình khác',
      en: '7 working days for private houses; 10 working days for other works',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: source('019d2bfe-9088-744d-aa0a-e846b6dce3d5'),
    verification: 'national_portal',
    note: 'The deadline is the private-house one (the common case at a one-stop counter); the portal lists 10 working days for other grade III/IV works and a 20-day processing case.',
  },
  {
    id: 'building-permit-renovation',
    nationalCode: '1.013229',
    name: {
      vi: 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
      en: 'Building permit for repair or renovation of grade III/IV works and private houses',
    },
    field: 'construction',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('permit-application', {
        vi: 'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình theo Mẫu số 1 Phụ lục II Nghị định số 175/2024/NĐ-CP',
        en: 'Repair/renovation permit application (form 1, Appendix II, Decree 175/2024/NĐ-CP)',
      }),
      landTitle(),
      {
        id: 'current-state-drawings',
        name: {
          vi: 'Bản vẽ hiện trạng của các bộ phận công trình dự kiến sửa chữa, cải tạo',
          en: 'Drawings of the current state of the parts to be repaired or renovated',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      designDrawings(),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 7, unit: 'working_days' },
    deadlineNote: {
      vi: '07 ngày làm việc đối với nhà ở riêng lẻ; 10 ngày làm việc đối với công trình khác',
      en: '7 working days for private houses; 10 working days for other works',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: source('019d2bfe-909c-759d-9dc9-416500074f0f'),
    verification: 'national_portal',
  },
  {
    id: 'building-permit-extension',
    nationalCode: '1.013227',
    name: {
      vi: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
      en: 'Extension of a building permit for grade III/IV works and private houses',
    },
    field: 'construction',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('extension-application', {
        vi: 'Đơn đề nghị gia hạn giấy phép xây dựng theo Mẫu số 2 Phụ lục II Nghị định số 175/2024/NĐ-CP',
        en: 'Permit extension application (form 2, Appendix II, Decree 175/2024/NĐ-CP)',
      }),
      permitOriginal(),
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 5, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: source('019d2bfe-9097-700f-899f-6dfc532f0e6b'),
    verification: 'national_portal',
  },
  {
    id: 'building-permit-reissue',
    nationalCode: '1.013228',
    name: {
      vi: 'Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV (công trình Không theo tuyến/Theo tuyến trong đô thị/Tín ngưỡng, tôn giáo/Tượng đài, tranh hoành tráng/Sửa chữa, cải tạo/Theo giai đoạn cho công trình không theo tuyến/Theo giai đoạn cho công trình theo tuyến trong đô thị/Dự án) và nhà ở riêng lẻ',
      en: 'Re-issue of a lost or damaged building permit for grade III/IV works and private houses',
    },
    field: 'construction',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('reissue-application', {
        vi: 'Đơn đề nghị cấp lại giấy phép xây dựng, giải trình rõ lý do đề nghị cấp lại',
        en: 'Application for re-issue, stating the reason',
      }),
      {
        ...permitOriginal(),
        when: { vi: 'Giấy phép bị rách, nát', en: 'When the permit is torn or damaged' },
      },
    ],
    fee: PROVINCIAL_FEE,
    deadline: { value: 5, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: source('019d2bfe-908a-775a-833e-26b204dfda4f'),
    verification: 'national_portal',
  },
];

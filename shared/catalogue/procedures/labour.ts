import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, form, PORTAL_SNAPSHOT_DATE, portalUrl } from './common-documents';

/**
 * Lao động, việc làm (Ministry of Home Affairs since the 2025 merger of MOLISA). Unemployment
 * benefit and work permits are provincial; the labour-rules record was read in full on the portal.
 */

const DEPT_HOME_AFFAIRS = { vi: 'Sở Nội vụ', en: 'Provincial Department of Home Affairs' };
const WORK_PERMIT_LAW = ['Bộ luật Lao động số 45/2019/QH14', 'Nghị định số 219/2025/NĐ-CP'];
const WORK_PERMIT_FEE = {
  amount: null,
  note: {
    vi: 'Lệ phí cấp giấy phép lao động do Hội đồng nhân dân tỉnh, thành phố quyết định',
    en: 'Work-permit fee set by the provincial People’s Council',
  },
};
const LEGAL_TEXT_NOTE =
  'Code and name from the portal list (snapshot 2026-07-18); deadline and documents from the decree as recalled, not read on the portal detail page.';

const healthCertificate = (): ProcedureInput['documents'][number] => ({
  id: 'health-certificate',
  name: {
    vi: 'Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp',
    en: 'Health certificate from an authorised medical facility',
  },
  handling: 'submit',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: false,
});

const passportCopy = (): ProcedureInput['documents'][number] => ({
  id: 'passport-copy',
  name: { vi: 'Bản sao hộ chiếu còn giá trị', en: 'Copy of a valid passport' },
  handling: 'submit',
  originals: 0,
  copies: 1,
  replaceableByPopulationData: false,
});

export const labourProcedures: readonly ProcedureInput[] = [
  {
    id: 'unemployment-benefit',
    nationalCode: '1.014748',
    name: { vi: 'Hưởng trợ cấp thất nghiệp (Cấp tỉnh)', en: 'Unemployment benefit claim' },
    field: 'labour',
    level: 'provincial',
    authority: {
      vi: 'Sở Nội vụ (Trung tâm dịch vụ việc làm)',
      en: 'Department of Home Affairs (public employment service centre)',
    },
    documents: [
      form('benefit-request', {
        vi: 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu',
        en: 'Unemployment benefit request form',
      }),
      {
        id: 'termination-proof',
        name: {
          vi: 'Bản chính hoặc bản sao có chứng thực giấy tờ xác nhận về việc chấm dứt hợp đồng lao động hoặc hợp đồng làm việc',
          en: 'Original or certified copy of the document ending the employment contract',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
    ],
    fee: { amount: 0 },
    deadline: { value: 20, unit: 'calendar_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bfb-2b1d-7649-8f76-f5315475eb46'),
      legalBasis: ['Luật Việc làm số 38/2013/QH13', 'Luật Việc làm 2025'],
    },
    verification: 'legal_text',
    note: `${LEGAL_TEXT_NOTE} 20 days is the Employment Law 2013 rule; the 2025 Employment Law (in force 1/1/2026) may change it. The social-insurance book is no longer listed because insurance data is looked up electronically; unverified.`,
  },
  {
    id: 'work-permit-foreigner',
    nationalCode: '1.014199',
    name: {
      vi: 'Cấp giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
      en: 'Work permit for a foreign employee in Viet Nam',
    },
    field: 'labour',
    level: 'provincial',
    authority: DEPT_HOME_AFFAIRS,
    documents: [
      form('work-permit-request', {
        vi: 'Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu',
        en: 'Employer’s work-permit application form',
      }),
      healthCertificate(),
      {
        id: 'criminal-record-abroad',
        name: {
          vi: 'Phiếu lý lịch tư pháp hoặc văn bản xác nhận người lao động nước ngoài không phải là người đang chấp hành án',
          en: 'Criminal record certificate, or confirmation that the employee is not serving a sentence',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      {
        id: 'photos',
        name: {
          vi: '02 ảnh màu 4 cm x 6 cm, phông nền trắng',
          en: 'Two 4 × 6 cm colour photos, white background',
        },
        handling: 'submit',
        originals: 2,
        copies: 0,
        replaceableByPopulationData: false,
      },
      passportCopy(),
      {
        id: 'qualification-proof',
        name: {
          vi: 'Giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật',
          en: 'Proof that the employee is a manager, executive, expert or technical worker',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
    ],
    fee: WORK_PERMIT_FEE,
    deadline: { value: 10, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfb-2af9-774b-995e-ea7085c65ef6'), legalBasis: WORK_PERMIT_LAW },
    verification: 'legal_text',
    note: `${LEGAL_TEXT_NOTE} Papers issued abroad must be legalised and translated.`,
  },
  {
    id: 'work-permit-extension',
    nationalCode: '1.014201',
    name: {
      vi: 'Gia hạn giấy phép lao động đối với người lao động nước ngoài làm việc tại Việt Nam',
      en: 'Extension of a foreign employee’s work permit',
    },
    field: 'labour',
    level: 'provincial',
    authority: DEPT_HOME_AFFAIRS,
    documents: [
      form('extension-request', {
        vi: 'Văn bản đề nghị gia hạn giấy phép lao động của người sử dụng lao động theo mẫu',
        en: 'Employer’s work-permit extension application',
      }),
      {
        id: 'current-work-permit',
        name: {
          vi: 'Giấy phép lao động còn thời hạn đã được cấp',
          en: 'The current, still valid work permit',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      healthCertificate(),
      passportCopy(),
    ],
    fee: WORK_PERMIT_FEE,
    deadline: { value: 10, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfb-2afe-7204-b5da-cf375013bccc'), legalBasis: WORK_PERMIT_LAW },
    verification: 'legal_text',
    note: LEGAL_TEXT_NOTE,
  },
  {
    id: 'labour-rules-registration',
    nationalCode: '2.001955',
    name: {
      vi: 'Đăng ký nội quy lao động của doanh nghiệp',
      en: 'Registration of an enterprise’s labour rules',
    },
    field: 'labour',
    level: 'provincial',
    authority: {
      vi: 'Cơ quan chuyên môn về nội vụ thuộc Ủy ban nhân dân cấp tỉnh (hoặc cấp xã nếu được ủy quyền)',
      en: 'Provincial home-affairs department (or the commune, when delegated)',
    },
    documents: [
      form('labour-rules-request', {
        vi: 'Văn bản đề nghị đăng ký nội quy lao động',
        en: 'Request to register the labour rules',
      }),
      form('labour-rules', { vi: 'Nội quy lao động', en: 'The labour rules' }),
      {
        id: 'union-opinion',
        name: {
          vi: 'Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở',
          en: 'Opinion of the workplace employee representative organisation',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: {
          vi: 'Nơi có tổ chức đại diện người lao động tại cơ sở',
          en: 'Where such an organisation exists',
        },
        replaceableByPopulationData: false,
      },
      {
        id: 'discipline-documents',
        name: {
          vi: 'Các văn bản của người sử dụng lao động có quy định liên quan đến kỷ luật lao động và trách nhiệm vật chất (nếu có)',
          en: 'Employer’s documents on labour discipline and material liability (if any)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: { vi: 'Nếu có', en: 'If any' },
        replaceableByPopulationData: false,
      },
    ],
    fee: { amount: 0 },
    deadline: { value: 7, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bfb-42a2-76ce-9565-812f8b562c71'),
      legalBasis: ['Bộ luật Lao động số 45/2019/QH14', 'Nghị định số 145/2020/NĐ-CP'],
      retrievedOn: PORTAL_SNAPSHOT_DATE,
    },
    verification: 'national_portal',
  },
];

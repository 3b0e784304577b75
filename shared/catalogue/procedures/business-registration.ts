import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, authorisation, form, PORTAL_SNAPSHOT_DATE, portalUrl } from './common-documents';

/**
 * Đăng ký kinh doanh: household businesses (commune level since 1/7/2025) and enterprises
 * (business registration office of the provincial Department of Finance). Codes and names from the
 * portal list; only the private-enterprise record was read in full on the portal.
 */

const COMMUNE_PC = {
  vi: 'Ủy ban nhân dân cấp xã (cơ quan đăng ký kinh doanh cấp xã)',
  en: 'Commune/ward People’s Committee (commune business registration office)',
};
const DEPT_OF_FINANCE = {
  vi: 'Phòng Đăng ký kinh doanh – Sở Tài chính',
  en: 'Business Registration Office, provincial Department of Finance',
};
const HOUSEHOLD_LAW = ['Luật Doanh nghiệp số 59/2020/QH14', 'Nghị định số 168/2025/NĐ-CP'];
const ENTERPRISE_LAW = [
  'Luật Doanh nghiệp số 59/2020/QH14',
  'Nghị định số 168/2025/NĐ-CP',
  'Thông tư số 47/2019/TT-BTC',
];
const HOUSEHOLD_FEE = {
  amount: null,
  note: {
    vi: 'Lệ phí đăng ký hộ kinh doanh do Hội đồng nhân dân tỉnh, thành phố quyết định',
    en: 'Household-business registration fee set by the provincial People’s Council',
  },
};
const LEGAL_TEXT_NOTE =
  'Code, name and authority from the portal list (snapshot 2026-07-18); deadline and documents from Decree 168/2025/NĐ-CP as recalled, not read on the portal detail page.';

const ownerId = (): ProcedureInput['documents'][number] => ({
  id: 'owner-identity-copy',
  name: {
    vi: 'Bản sao giấy tờ pháp lý của cá nhân (chủ hộ kinh doanh / chủ doanh nghiệp)',
    en: 'Copy of the owner’s personal legal document (ID card or passport)',
  },
  handling: 'submit',
  originals: 0,
  copies: 1,
  when: {
    vi: 'Không phải nộp nếu đã xác thực được thông tin qua Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Not needed when the owner is authenticated against the national population database',
  },
  replaceableByPopulationData: true,
});

export const businessRegistrationProcedures: readonly ProcedureInput[] = [
  {
    id: 'household-business-registration',
    nationalCode: '1.001612',
    name: { vi: 'Đăng ký thành lập hộ kinh doanh', en: 'Registration of a household business' },
    field: 'business_registration',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('household-registration-request', {
        vi: 'Giấy đề nghị đăng ký hộ kinh doanh',
        en: 'Household business registration request',
      }),
      ownerId(),
      {
        id: 'household-members-minutes',
        name: {
          vi: 'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh',
          en: 'Copy of the household members’ minutes agreeing to set up the business',
        },
        handling: 'submit',
        originals: 0,
        copies: 1,
        when: {
          vi: 'Khi các thành viên hộ gia đình cùng đăng ký hộ kinh doanh',
          en: 'When household members register the business together',
        },
        replaceableByPopulationData: false,
      },
      authorisation(false),
    ],
    fee: HOUSEHOLD_FEE,
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfb-d76d-737f-81b9-69258b07240b'), legalBasis: HOUSEHOLD_LAW },
    verification: 'legal_text',
    note: LEGAL_TEXT_NOTE,
  },
  {
    id: 'household-business-change',
    nationalCode: '2.000720',
    name: {
      vi: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
      en: 'Change of household business registration details',
    },
    field: 'business_registration',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('household-change-notice', {
        vi: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh',
        en: 'Notice of change of household business registration details',
      }),
      authorisation(false),
    ],
    fee: HOUSEHOLD_FEE,
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfc-d9ca-768c-a8f4-cc0dff5f41ed'), legalBasis: HOUSEHOLD_LAW },
    verification: 'legal_text',
    note: LEGAL_TEXT_NOTE,
  },
  {
    id: 'household-business-suspension',
    nationalCode: '1.001570',
    name: {
      vi: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
      en: 'Suspension, or early resumption, of a household business',
    },
    field: 'business_registration',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('suspension-notice', {
        vi: 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo',
        en: 'Notice of suspension or early resumption',
      }),
      authorisation(false),
    ],
    fee: { amount: 0 },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfb-d768-7446-bd77-3bb11051041c'), legalBasis: HOUSEHOLD_LAW },
    verification: 'legal_text',
    note: LEGAL_TEXT_NOTE,
  },
  {
    id: 'household-business-closure',
    nationalCode: '1.001266',
    name: { vi: 'Chấm dứt hoạt động hộ kinh doanh', en: 'Closure of a household business' },
    field: 'business_registration',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      form('closure-notice', {
        vi: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
        en: 'Notice of closure of the household business',
      }),
      {
        id: 'tax-clearance',
        name: {
          vi: 'Thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế',
          en: 'Tax office notice closing the tax identification number',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      authorisation(false),
    ],
    fee: { amount: 0 },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfb-d748-72d1-848f-3607bc86e647'), legalBasis: HOUSEHOLD_LAW },
    verification: 'legal_text',
    note: LEGAL_TEXT_NOTE,
  },
  {
    id: 'private-enterprise-registration',
    nationalCode: '2.001610',
    name: { vi: 'Đăng ký thành lập doanh nghiệp tư nhân', en: 'Registration of a private enterprise' },
    field: 'business_registration',
    level: 'provincial',
    authority: DEPT_OF_FINANCE,
    documents: [
      form('enterprise-registration-request', {
        vi: 'Giấy đề nghị đăng ký doanh nghiệp',
        en: 'Enterprise registration request',
      }),
      ownerId(),
      authorisation(false),
    ],
    fee: {
      amount: 100000,
      note: {
        vi: 'Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần (Thông tư số 47/2019/TT-BTC)',
        en: 'Publication fee for the registration details: VND 100,000 (Circular 47/2019/TT-BTC)',
      },
    },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bfc-d9eb-733f-80a1-8cd36b62e5cb'),
      legalBasis: ENTERPRISE_LAW,
      retrievedOn: PORTAL_SNAPSHOT_DATE,
    },
    verification: 'national_portal',
    note: 'The portal lists the online publication fee as "100" (sic) next to the text "100.000 đồng/lần"; the text is taken as authoritative.',
  },
  {
    id: 'single-member-llc-registration',
    nationalCode: '2.001583',
    name: {
      vi: 'Đăng ký thành lập công ty TNHH một thành viên',
      en: 'Registration of a single-member limited liability company',
    },
    field: 'business_registration',
    level: 'provincial',
    authority: DEPT_OF_FINANCE,
    documents: [
      form('enterprise-registration-request', {
        vi: 'Giấy đề nghị đăng ký doanh nghiệp',
        en: 'Enterprise registration request',
      }),
      form('company-charter', { vi: 'Điều lệ công ty', en: 'Company charter' }),
      ownerId(),
      {
        id: 'authorised-representatives-copy',
        name: {
          vi: 'Bản sao giấy tờ pháp lý của người đại diện theo ủy quyền (chủ sở hữu là tổ chức) và văn bản cử người đại diện',
          en: 'Copies of the authorised representatives’ papers and their appointment (when the owner is an organisation)',
        },
        handling: 'submit',
        originals: 0,
        copies: 1,
        when: { vi: 'Chủ sở hữu công ty là tổ chức', en: 'When the owner is an organisation' },
        replaceableByPopulationData: false,
      },
      authorisation(false),
    ],
    fee: {
      amount: 100000,
      note: {
        vi: 'Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần; lệ phí đăng ký doanh nghiệp theo Thông tư 47/2019/TT-BTC (miễn khi nộp trực tuyến)',
        en: 'Publication fee VND 100,000; registration fee under Circular 47/2019/TT-BTC (waived online)',
      },
    },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: { url: portalUrl('019d2bfc-d9f0-76fe-bad4-a0b00c677c26'), legalBasis: ENTERPRISE_LAW },
    verification: 'legal_text',
    note: `${LEGAL_TEXT_NOTE} The VND 50,000 paper-filing registration fee of Circular 47/2019 was not confirmed on the portal; only the publication fee is counted.`,
  },
];

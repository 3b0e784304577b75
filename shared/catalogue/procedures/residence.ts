import type { ProcedureInput } from '../../schemas/procedure';
import {
  ALL_CHANNELS,
  COUNTER_AND_ONLINE,
  form,
  PORTAL_SNAPSHOT_DATE,
  portalUrl,
  residenceDeclarationCt01,
} from './common-documents';

/**
 * Đăng ký, quản lý cư trú. Handled by the commune police; results are updates of the residence
 * database plus an electronic notice, so "electronic" is the natural delivery. Values copied from
 * the portal detail pages (snapshot PORTAL_SNAPSHOT_DATE).
 */

const COMMUNE_POLICE = { vi: 'Công an cấp xã', en: 'Commune/ward police' };
const RESIDENCE_LAW = [
  'Luật Cư trú số 68/2020/QH14',
  'Nghị định số 154/2024/NĐ-CP',
  'Thông tư số 53/2025/TT-BCA',
];
const FEE_LAW = ['Thông tư số 75/2022/TT-BTC', 'Thông tư số 71/2025/TT-BTC'];
const source = (recordId: string, extra: string[] = []) => ({
  url: portalUrl(recordId),
  legalBasis: [...RESIDENCE_LAW, ...extra],
  retrievedOn: PORTAL_SNAPSHOT_DATE,
});
const NO_FEE = { amount: 0 };
const delivery: ProcedureInput['resultDelivery'] = ['counter', 'electronic'];

/** Legal-residence proof: read from VNeID / the databases, asked on paper only as a fallback. */
const legalResidenceProof = (): ProcedureInput['documents'][number] => ({
  id: 'legal-residence-proof',
  name: {
    vi: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp (được khai thác trong căn cước điện tử, tài khoản định danh điện tử hoặc cơ sở dữ liệu nếu đã có)',
    en: 'Proof of lawful residence (read from the electronic ID, VNeID account or the databases when available)',
  },
  handling: 'submit',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: true,
});

export const residenceProcedures: readonly ProcedureInput[] = [
  {
    id: 'permanent-residence-registration',
    nationalCode: '1.004222',
    name: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [
      residenceDeclarationCt01(),
      legalResidenceProof(),
      {
        id: 'rental-contract',
        name: {
          vi: 'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực',
          en: 'Notarised or authenticated lease, loan or lodging agreement',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: {
          vi: 'Đăng ký vào chỗ ở do thuê, mượn, ở nhờ',
          en: 'When registering at rented, borrowed or shared accommodation',
        },
        replaceableByPopulationData: false,
      },
      {
        id: 'kinship-proof',
        name: {
          vi: 'Thông tin chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình',
          en: 'Proof of family relationship with the head or a member of the household',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: {
          vi: 'Đăng ký vào chỗ ở không thuộc quyền sở hữu của mình theo khoản 2 Điều 20 Luật Cư trú',
          en: 'When joining a relative’s household (Residence Law art. 20(2))',
        },
        replaceableByPopulationData: true,
      },
    ],
    fee: {
      amount: 20000,
      onlineAmount: 10000,
      note: {
        vi: '20.000 đồng/lần đăng ký khi nộp trực tiếp; 10.000 đồng khi nộp trực tuyến; miễn cho các trường hợp tại Điều 4 Thông tư 75/2022/TT-BTC',
        en: 'VND 20,000 at the counter, VND 10,000 online; exemptions under art. 4 of Circular 75/2022/TT-BTC',
      },
    },
    deadline: { value: 7, unit: 'working_days' },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: delivery,
    source: source('019d2bf7-7704-7449-9e95-fe7ebb959aa2', FEE_LAW),
    verification: 'national_portal',
  },
  {
    id: 'temporary-residence-registration',
    nationalCode: '1.004194',
    name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [residenceDeclarationCt01(), legalResidenceProof()],
    fee: {
      amount: 15000,
      onlineAmount: 7000,
      note: {
        vi: 'Cá nhân, hộ gia đình: 15.000 đồng (trực tiếp), 7.000 đồng (trực tuyến); theo danh sách: 10.000 đồng/người (trực tiếp), 5.000 đồng/người (trực tuyến)',
        en: 'Individuals/households: VND 15,000 at the counter, 7,000 online; group lists: VND 10,000 (counter) or 5,000 (online) per person',
      },
    },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: delivery,
    source: source('019d2bf7-770b-734d-b7fb-5e1995f194f4', FEE_LAW),
    verification: 'national_portal',
  },
  {
    id: 'temporary-residence-extension',
    nationalCode: '1.002755',
    name: { vi: 'Gia hạn tạm trú', en: 'Extension of temporary residence' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [residenceDeclarationCt01(), legalResidenceProof()],
    fee: {
      amount: 15000,
      onlineAmount: 7000,
      note: {
        vi: 'Cá nhân, hộ gia đình: 15.000 đồng (trực tiếp), 7.000 đồng (trực tuyến); theo danh sách: 10.000 đồng/người (trực tiếp), 5.000 đồng/người (trực tuyến)',
        en: 'Individuals/households: VND 15,000 at the counter, 7,000 online; group lists: VND 10,000 (counter) or 5,000 (online) per person',
      },
    },
    deadline: { value: 3, unit: 'working_days' },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: delivery,
    source: source('019d2bf7-6762-77ee-9a0c-965773ce7afe', FEE_LAW),
    verification: 'national_portal',
  },
  {
    id: 'permanent-residence-deregistration',
    nationalCode: '1.003197',
    name: { vi: 'Xóa đăng ký thường trú', en: 'Deregistration of permanent residence' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [
      residenceDeclarationCt01(),
      {
        id: 'deregistration-grounds',
        name: {
          vi: 'Thông tin chứng minh thuộc trường hợp xóa đăng ký thường trú (khai thác trong cơ sở dữ liệu nếu đã có)',
          en: 'Proof of the grounds for deregistration (read from the databases when available)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: true,
      },
    ],
    fee: NO_FEE,
    deadline: { value: 5, unit: 'working_days' },
    channels: ['online'],
    resultDelivery: ['electronic'],
    source: source('019d2bf7-6f18-72e5-974d-ed6803c7178a'),
    verification: 'national_portal',
    note: 'The portal lists only the online channel and no fee for this procedure.',
  },
  {
    id: 'temporary-residence-deregistration',
    nationalCode: '1.010028',
    name: { vi: 'Xóa đăng ký tạm trú', en: 'Deregistration of temporary residence' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [
      residenceDeclarationCt01(),
      {
        id: 'deregistration-grounds',
        name: {
          vi: 'Thông tin chứng minh thuộc trường hợp xóa đăng ký tạm trú (khai thác trong cơ sở dữ liệu nếu đã có)',
          en: 'Proof of the grounds for deregistration (read from the databases when available)',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: true,
      },
    ],
    fee: NO_FEE,
    deadline: { value: 2, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: delivery,
    source: source('019d2bf7-7f06-7316-a1c8-3255e08fe2f5'),
    verification: 'national_portal',
  },
  {
    id: 'temporary-absence-declaration',
    nationalCode: '1.003677',
    name: { vi: 'Khai báo tạm vắng', en: 'Declaration of temporary absence' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [
      form('absence-request', { vi: 'Đề nghị khai báo tạm vắng', en: 'Temporary absence declaration' }),
      {
        id: 'supervisor-consent',
        name: {
          vi: 'Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục người đó',
          en: 'Written consent of the authority supervising the person',
        },
        handling: 'submit',
        originals: 1,
        copies: 0,
        when: {
          vi: 'Người thuộc điểm a, b khoản 1 Điều 31 Luật Cư trú (bị can, bị cáo, người chấp hành án...)',
          en: 'People under art. 31(1)(a)-(b) of the Residence Law (defendants, people serving sentences...)',
        },
        replaceableByPopulationData: false,
      },
    ],
    fee: NO_FEE,
    deadline: { value: 1, unit: 'working_days' },
    deadlineNote: {
      vi: 'Trường hợp phức tạp có thể kéo dài nhưng không quá 02 ngày làm việc',
      en: 'Complex cases may take up to 2 working days',
    },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: delivery,
    source: source('019d2bf7-6f56-704f-95b8-8d949272c6ad'),
    verification: 'national_portal',
  },
  {
    id: 'residence-information-confirmation',
    nationalCode: '1.010041',
    name: { vi: 'Xác nhận thông tin về cư trú', en: 'Confirmation of residence information (form CT07)' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [residenceDeclarationCt01()],
    fee: NO_FEE,
    deadline: { value: 1, unit: 'working_days' },
    deadlineNote: {
      vi: '03 ngày làm việc đối với trường hợp cần xác minh',
      en: '3 working days when verification is needed',
    },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: delivery,
    source: source('019d2bf7-7f19-762d-be5e-741f71796016'),
    verification: 'national_portal',
  },
  {
    id: 'stay-notification',
    nationalCode: '2.001159',
    name: { vi: 'Thông báo lưu trú', en: 'Notification of a guest’s stay' },
    field: 'residence',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [],
    fee: NO_FEE,
    deadline: { value: 1, unit: 'working_hours' },
    deadlineNote: {
      vi: 'Tiếp nhận ngay khi công dân thông báo lưu trú; thông báo qua điện thoại, thư điện tử, VNeID hoặc trực tiếp',
      en: 'Recorded as soon as it is notified, by phone, e-mail, VNeID or in person',
    },
    channels: [...COUNTER_AND_ONLINE],
    resultDelivery: ['electronic'],
    source: source('019d2bf7-adb7-7329-8d7c-db89ef073ced'),
    verification: 'national_portal',
    note: 'The portal gives 1 hour; there are no documents, only the guest’s details.',
  },
  {
    id: 'housing-area-confirmation',
    nationalCode: '1.013314',
    name: {
      vi: 'Xác nhận về điều kiện diện tích bình quân nhà ở để đăng ký thường trú vào chỗ ở do thuê, mượn, ở nhờ; nhà ở, đất ở không có tranh chấp quyền sở hữu nhà ở, quyền sử dụng đất ở, không thuộc địa điểm không được đăng ký thường trú mới',
      en: 'Confirmation of minimum floor area and undisputed housing for residence registration at rented, borrowed or shared accommodation',
    },
    field: 'residence',
    level: 'commune',
    authority: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune/ward People’s Committee' },
    documents: [
      form('housing-area-declaration', {
        vi: 'Tờ khai xác nhận tình trạng chỗ ở hợp pháp, diện tích nhà ở tối thiểu để đăng ký thường trú, đăng ký tạm trú (Mẫu số 02)',
        en: 'Declaration on lawful accommodation and minimum floor area (form 02)',
      }),
    ],
    fee: NO_FEE,
    deadline: { value: 2, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: source('019d2bf7-9660-707e-97b1-ef8876f54d3b'),
    verification: 'national_portal',
  },
];

import type { ProcedureInput } from '../../schemas/procedure';
import { portalUrl } from './common-documents';

/**
 * Cấp, quản lý căn cước (Identity Law 2023). Biometrics are captured on the spot, so filing is in
 * person (mobile police teams also capture); the card can be posted.
 */

const COMMUNE_POLICE = { vi: 'Công an cấp xã', en: 'Commune/ward police' };
const LAW = ['Luật Căn cước số 26/2023/QH15', 'Nghị định số 70/2024/NĐ-CP', 'Thông tư số 73/2024/TT-BTC'];
const NOTE =
  'Code and name from the portal list (snapshot 2026-07-18); deadline (art. 26 Identity Law) and fee (Circular 73/2024/TT-BTC) as recalled, not read on the portal detail page; a temporary fee reduction may apply.';

export const identityProcedures: readonly ProcedureInput[] = [
  {
    id: 'identity-card-issue',
    nationalCode: '1.014061',
    name: {
      vi: 'Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên',
      en: 'Identity card for people aged 14 and over',
    },
    field: 'identity',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [],
    fee: { amount: 0, note: { vi: 'Cấp lần đầu không thu lệ phí', en: 'First issue is free' } },
    deadline: { value: 7, unit: 'working_days' },
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bf7-9e11-77ef-bf03-ae190acb0be3'), legalBasis: LAW },
    verification: 'legal_text',
    note: `${NOTE} No papers: identity data come from the national population database and biometrics are taken at the counter.`,
  },
  {
    id: 'identity-card-renewal',
    nationalCode: '1.014063',
    name: { vi: 'Cấp đổi thẻ căn cước', en: 'Renewal or replacement of an identity card' },
    field: 'identity',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [
      {
        id: 'current-card',
        name: { vi: 'Thẻ căn cước/thẻ căn cước công dân đang sử dụng', en: 'The identity card in use' },
        handling: 'submit',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
    ],
    fee: { amount: 50000, note: { vi: '50.000 đồng/thẻ', en: 'VND 50,000 per card' } },
    deadline: { value: 7, unit: 'working_days' },
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bf7-9e0f-730b-9510-60349ebab5b2'), legalBasis: LAW },
    verification: 'legal_text',
    note: `${NOTE} Renewal at the legal ages (25, 40, 60) is free.`,
  },
  {
    id: 'identity-card-reissue',
    nationalCode: '1.014064',
    name: { vi: 'Cấp lại thẻ căn cước', en: 'Re-issue of a lost or damaged identity card' },
    field: 'identity',
    level: 'commune',
    authority: COMMUNE_POLICE,
    documents: [],
    fee: { amount: 70000, note: { vi: '70.000 đồng/thẻ', en: 'VND 70,000 per card' } },
    deadline: { value: 7, unit: 'working_days' },
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter', 'postal'],
    source: { url: portalUrl('019d2bf7-9e0b-7681-bd68-83f1e84c1cc7'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
];

import type { ProcedureInput } from '../../schemas/procedure';
import { form, identityPaper, portalUrl } from './common-documents';

/**
 * Chứng thực (Decree 23/2015/NĐ-CP). The original and the signer must be at the counter, so only
 * in-person intake (including mobile stations) is possible and the result is handed over there.
 */

const COMMUNE_PC = {
  vi: 'Ủy ban nhân dân cấp xã; tổ chức hành nghề công chứng',
  en: 'Commune/ward People’s Committee; notary offices',
};
const LAW = ['Nghị định số 23/2015/NĐ-CP', 'Nghị định số 07/2025/NĐ-CP', 'Thông tư số 226/2016/TT-BTC'];
const SAME_DAY = {
  vi: 'Trong ngày tiếp nhận; yêu cầu nhận sau 15 giờ được giải quyết trong ngày làm việc tiếp theo',
  en: 'Same day; requests received after 15:00 are completed on the next working day',
};
const NOTE =
  'Code and name from the portal list (snapshot 2026-07-18); deadline and fee from Decree 23/2015/NĐ-CP and Circular 226/2016/TT-BTC as recalled, not read on the portal detail page.';

export const notarisationProcedures: readonly ProcedureInput[] = [
  {
    id: 'copy-authentication',
    nationalCode: '2.000815',
    name: {
      vi: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
      en: 'Authentication of copies against the original document',
    },
    field: 'notarisation',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      {
        id: 'original-document',
        name: { vi: 'Bản chính giấy tờ, văn bản làm cơ sở chứng thực', en: 'The original document' },
        handling: 'present',
        originals: 1,
        copies: 0,
        replaceableByPopulationData: false,
      },
      {
        id: 'copies-to-authenticate',
        name: { vi: 'Bản sao cần chứng thực', en: 'The copies to authenticate' },
        handling: 'submit',
        originals: 0,
        copies: 1,
        replaceableByPopulationData: false,
      },
    ],
    fee: {
      amount: null,
      note: {
        vi: '2.000 đồng/trang với 02 trang đầu; từ trang thứ 3 trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
        en: 'VND 2,000 per page for the first two pages, VND 1,000 per further page, at most VND 200,000 per copy',
      },
    },
    deadline: { value: 1, unit: 'working_days' },
    deadlineNote: SAME_DAY,
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter'],
    source: { url: portalUrl('019d2bfd-8e22-77ef-819f-e49460350904'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'signature-authentication',
    nationalCode: '2.000884',
    name: {
      vi: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
      en: 'Authentication of a signature (or fingerprint) on a document',
    },
    field: 'notarisation',
    level: 'commune',
    authority: COMMUNE_PC,
    documents: [
      identityPaper(),
      form('document-to-sign', {
        vi: 'Giấy tờ, văn bản mà mình sẽ ký (ký trước mặt người thực hiện chứng thực)',
        en: 'The document to be signed in front of the officer',
      }),
    ],
    fee: { amount: 10000, note: { vi: '10.000 đồng/trường hợp', en: 'VND 10,000 per case' } },
    deadline: { value: 1, unit: 'working_days' },
    deadlineNote: SAME_DAY,
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter'],
    source: { url: portalUrl('019d2bfd-8e2e-7359-b42f-d5dc8d74741b'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
  {
    id: 'property-transaction-authentication',
    nationalCode: '2.001035',
    name: {
      vi: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
      en: 'Authentication of a transaction on movable property, land-use rights or housing',
    },
    field: 'notarisation',
    level: 'commune',
    authority: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune/ward People’s Committee' },
    documents: [
      form('draft-contract', { vi: 'Dự thảo hợp đồng, giao dịch', en: 'Draft contract or transaction' }),
      identityPaper(),
      {
        id: 'ownership-papers',
        name: {
          vi: 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản',
          en: 'Copy of the certificate of ownership or use right over the property',
        },
        handling: 'submit',
        originals: 0,
        copies: 1,
        replaceableByPopulationData: false,
      },
    ],
    fee: {
      amount: 50000,
      note: {
        vi: '50.000 đồng/hợp đồng, giao dịch',
        en: 'VND 50,000 per contract or transaction',
      },
    },
    deadline: { value: 2, unit: 'working_days' },
    channels: ['in_person', 'mobile_station'],
    resultDelivery: ['counter'],
    source: { url: portalUrl('019d2bfd-95fa-70ca-93fd-4cab11b87897'), legalBasis: LAW },
    verification: 'legal_text',
    note: NOTE,
  },
];

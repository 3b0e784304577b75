import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, authorisation, form, identityPaper, portalUrl } from './common-documents';

/** Giáo dục: copies of diplomas, the education procedure most asked for at the counter. */
export const educationProcedures: readonly ProcedureInput[] = [
  {
    id: 'diploma-copy-from-register',
    nationalCode: '3.000465',
    name: {
      vi: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
      en: 'Copy of a diploma or certificate from the master register',
    },
    field: 'education',
    level: 'commune',
    authority: {
      vi: 'Cơ quan, cơ sở giáo dục đang quản lý sổ gốc cấp văn bằng, chứng chỉ',
      en: 'The authority or school holding the master register of diplomas',
    },
    documents: [
      form('diploma-copy-request', {
        vi: 'Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
        en: 'Request for a copy from the master register',
      }),
      identityPaper(),
      authorisation(true),
    ],
    fee: {
      amount: null,
      note: {
        vi: 'Theo quy định của cơ quan, cơ sở giáo dục cấp bản sao (nếu có)',
        en: 'As set by the issuing school or authority, if any',
      },
    },
    deadline: { value: 1, unit: 'working_days' },
    deadlineNote: {
      vi: 'Trong ngày tiếp nhận; yêu cầu nhận sau 15 giờ giải quyết trong ngày làm việc tiếp theo',
      en: 'Same day; requests received after 15:00 are completed on the next working day',
    },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal'],
    source: {
      url: portalUrl('019d2bf8-df63-75bf-8bff-4c9d1f98674c'),
      legalBasis: ['Nghị định số 23/2015/NĐ-CP'],
    },
    verification: 'legal_text',
    note: 'Deadline from art. 18 of Decree 23/2015/NĐ-CP as recalled; longer when the register must be searched. Not read on the portal detail page.',
  },
];

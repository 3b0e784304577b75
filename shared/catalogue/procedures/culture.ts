import type { ProcedureInput } from '../../schemas/procedure';
import { ALL_CHANNELS, form, portalUrl } from './common-documents';

/** Văn hóa: business licences citizens bring to the one-stop counter (portal list, 2026-07-18). */
export const cultureProcedures: readonly ProcedureInput[] = [
  {
    id: 'karaoke-licence',
    nationalCode: '1.001029',
    name: {
      vi: 'Thủ tục cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
      en: 'Licence to operate karaoke services',
    },
    field: 'culture',
    level: 'provincial',
    authority: { vi: 'Sở Văn hóa và Thể thao', en: 'Provincial Department of Culture and Sports' },
    documents: [
      form('karaoke-application', {
        vi: 'Đơn đề nghị cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke theo mẫu',
        en: 'Karaoke licence application form',
      }),
    ],
    fee: {
      amount: null,
      note: {
        vi: 'Phí thẩm định theo Thông tư 01/2021/TT-BTC, tính theo số phòng (tại thành phố trực thuộc trung ương: 4.000.000 đồng đến 3 phòng; 6.000.000 đồng từ 4 đến 5 phòng; 12.000.000 đồng từ 6 phòng)',
        en: 'Appraisal fee under Circular 01/2021/TT-BTC by number of rooms (centrally-run cities: VND 4m up to 3 rooms, 6m for 4–5, 12m from 6)',
      },
    },
    deadline: { value: 5, unit: 'working_days' },
    channels: [...ALL_CHANNELS],
    resultDelivery: ['counter', 'postal', 'electronic'],
    source: {
      url: portalUrl('019d2bfd-ad75-7498-8351-f28ea12bf605'),
      legalBasis: ['Nghị định số 54/2019/NĐ-CP', 'Thông tư số 01/2021/TT-BTC'],
    },
    verification: 'legal_text',
    note: 'Deadline (Decree 54/2019/NĐ-CP) and fee scale as recalled, not read on the portal detail page. The portal lists the Hà Nội Department of Culture and Sports among the implementing bodies.',
  },
];

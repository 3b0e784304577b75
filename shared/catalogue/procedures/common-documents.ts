import type { LocalizedText } from '../../schemas/common';
import type { ProcedureInput } from '../../schemas/procedure';

/**
 * Documents that recur across procedures, worded as the portal words them. Each factory returns a
 * fresh object so no two procedures share (and could mutate) one document.
 */
type DocumentInput = ProcedureInput['documents'][number];

const PORTAL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/';

/** Detail page of a procedure on the National Public Service Portal, by its record uuid. */
export const portalUrl = (recordId: string): string => `${PORTAL}${recordId}`;

/** Day the portal snapshot used for `national_portal` records was taken. */
export const PORTAL_SNAPSHOT_DATE = '2026-07-18';

/** Giấy tờ tùy thân: the officer reads the data from the population database (Decree 104/2022). */
export const identityPaper = (): DocumentInput => ({
  id: 'identity-paper',
  name: {
    vi: 'Hộ chiếu/Thẻ căn cước/Căn cước điện tử hoặc giấy tờ tùy thân khác có dán ảnh còn giá trị sử dụng',
    en: 'Passport, citizen ID card, electronic ID or another valid photo identity document',
  },
  handling: 'present',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: true,
});

/** Proof of residence, only asked for when the registry cannot read it from the databases. */
export const residenceProof = (): DocumentInput => ({
  id: 'residence-proof',
  name: {
    vi: 'Giấy tờ chứng minh thông tin về cư trú',
    en: 'Proof of residence',
  },
  handling: 'present',
  originals: 1,
  copies: 0,
  when: {
    vi: 'Chỉ khi cơ quan không khai thác được thông tin cư trú từ Cơ sở dữ liệu quốc gia về dân cư',
    en: 'Only when the office cannot read the residence data from the national population database',
  },
  replaceableByPopulationData: true,
});

/** Văn bản ủy quyền; close relatives need no authentication (Decree 123/2015 as amended). */
export const authorisation = (authenticated: boolean): DocumentInput => ({
  id: 'authorisation',
  name: authenticated
    ? { vi: 'Văn bản ủy quyền (được chứng thực)', en: 'Power of attorney (authenticated)' }
    : { vi: 'Văn bản ủy quyền', en: 'Power of attorney' },
  handling: 'submit',
  originals: 1,
  copies: 0,
  when: {
    vi: 'Khi ủy quyền cho người khác thực hiện thủ tục',
    en: 'When someone else files on the applicant’s behalf',
  },
  replaceableByPopulationData: false,
});

/** A form or declaration the applicant fills in (on paper at the counter, or online). */
export const form = (id: string, name: LocalizedText): DocumentInput => ({
  id,
  name,
  handling: 'submit',
  originals: 1,
  copies: 0,
  replaceableByPopulationData: false,
});

/**
 * Channels of a procedure the portal accepts at the counter, online and by post. A mobile station
 * is assisted counter intake (PRODUCT.md: "everything the counter does"), so it is allowed wherever
 * in-person filing is.
 */
export const ALL_CHANNELS = ['in_person', 'mobile_station', 'online', 'postal'] as const;
export const COUNTER_AND_ONLINE = ['in_person', 'mobile_station', 'online'] as const;

/** Residence-change declaration CT01 (Circular 53/2025/TT-BCA), used by every residence procedure. */
export const residenceDeclarationCt01 = (): DocumentInput =>
  form('declaration-ct01', {
    vi: 'Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA)',
    en: 'Residence information change declaration (form CT01, Circular 53/2025/TT-BCA)',
  });

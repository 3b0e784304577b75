import type { ServicePointInput } from '../../schemas/service-point';
import { mobileStationHours, noStaffedHours, officeHours } from './opening-hours';

/**
 * Hà Nội Public Administrative Service Center and its network (S4: invented entries are demo).
 *
 * Real: the center at 102 Hai Bà Trưng (planned address in the seeds; in operation since
 * November 2024) and branches No. 1 (258 Võ Chí Công) and No. 2 (85 Dịch Vọng Hậu), named in the
 * center's announcement of Decision 255/QĐ-TTPVHCC (2025). The center ran 12 branches from April
 * 2025 and 30 from 1/7/2025; their addresses were not found, so further branches are demo.
 * Coordinates were not surveyed: they are street-level estimates, good to a few hundred metres.
 */

const CENTER = 'hn-center';

export const hanoiServicePoints: readonly ServicePointInput[] = [
  {
    id: CENTER,
    kind: 'center',
    receivingUnitCode: 'HN-TT',
    name: {
      vi: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội',
      en: 'Hà Nội Public Administrative Service Center',
    },
    address: '102 Hai Bà Trưng, phường Cửa Nam, thành phố Hà Nội',
    location: { lat: 21.0258, lng: 105.8462 },
    openingHours: officeHours(),
    open24x7: false,
    demo: false,
    sourceUrl:
      'https://dautu.kinhtechungkhoan.vn/sap-ra-mat-trung-tam-phuc-vu-hanh-chinh-cong-ha-noi-giup-tiet-kiem-hon-200-ty-dong-moi-nam-246230.html',
    note: 'Address from the seed article (formerly Cửa Nam ward, Hoàn Kiếm district). Coordinates estimated from the street block between Thợ Nhuộm and Quán Sứ; the brief’s ≈21.026, 105.848 is about 150 m east. Saturday hours not verified.',
  },
  {
    id: 'hn-branch-01',
    kind: 'branch',
    receivingUnitCode: 'HN-CN01',
    name: { vi: 'Chi nhánh số 1 – Trung tâm Phục vụ hành chính công', en: 'Branch No. 1' },
    address: 'Tòa nhà liên cơ, 258 Võ Chí Công, phường Xuân La (cũ), quận Tây Hồ (cũ), Hà Nội',
    location: { lat: 21.066, lng: 105.807 },
    openingHours: officeHours(),
    open24x7: false,
    parentId: CENTER,
    demo: false,
    sourceUrl: 'https://sieucacuocnews.com/print/471812.html',
    note: 'Address as published in 2025, before the ward merger; coordinates estimated.',
  },
  {
    id: 'hn-branch-02',
    kind: 'branch',
    receivingUnitCode: 'HN-CN02',
    name: { vi: 'Chi nhánh số 2 – Trung tâm Phục vụ hành chính công', en: 'Branch No. 2' },
    address: '85 Dịch Vọng Hậu, quận Cầu Giấy (cũ), Hà Nội',
    location: { lat: 21.031, lng: 105.7866 },
    openingHours: officeHours(),
    open24x7: false,
    parentId: CENTER,
    demo: false,
    sourceUrl: 'https://sieucacuocnews.com/print/471812.html',
    note: 'Address as published in 2025, before the ward merger; coordinates estimated.',
  },
  {
    id: 'hn-branch-03',
    kind: 'branch',
    receivingUnitCode: 'HN-CN03',
    name: { vi: 'Chi nhánh Hà Đông (demo)', en: 'Hà Đông branch (demo)' },
    address: 'Phường Hà Đông, Hà Nội (địa chỉ demo)',
    location: { lat: 20.9714, lng: 105.7788 },
    openingHours: officeHours(),
    open24x7: false,
    parentId: CENTER,
    demo: true,
  },
  {
    id: 'hn-branch-04',
    kind: 'branch',
    receivingUnitCode: 'HN-CN04',
    name: { vi: 'Chi nhánh Long Biên (demo)', en: 'Long Biên branch (demo)' },
    address: 'Phường Long Biên, Hà Nội (địa chỉ demo)',
    location: { lat: 21.0364, lng: 105.8946 },
    openingHours: officeHours(),
    open24x7: false,
    parentId: CENTER,
    demo: true,
  },
  {
    id: 'hn-intake-01',
    kind: 'intake_point',
    receivingUnitCode: 'HN-DTN01',
    name: { vi: 'Điểm tiếp nhận Thanh Xuân (demo)', en: 'Thanh Xuân intake point (demo)' },
    address: 'Phường Thanh Xuân, Hà Nội (địa chỉ demo)',
    location: { lat: 20.9936, lng: 105.8107 },
    openingHours: officeHours(),
    open24x7: true,
    parentId: 'hn-branch-02',
    demo: true,
    note: 'Demo of a staffed point with a 24/7 self-service kiosk.',
  },
  ...(
    [
      ['cua-nam', 'Cửa Nam', 21.0265, 105.8425, CENTER],
      ['ba-dinh', 'Ba Đình', 21.0368, 105.8343, CENTER],
      ['o-cho-dua', 'Ô Chợ Dừa', 21.0195, 105.8245, CENTER],
      ['hoang-mai', 'Hoàng Mai', 20.9786, 105.8609, 'hn-branch-03'],
      ['bo-de', 'Bồ Đề', 21.0447, 105.8765, 'hn-branch-04'],
    ] as const
  ).map(([slug, ward, lat, lng, parentId], i): ServicePointInput => ({
    id: `hn-ward-${slug}`,
    kind: 'ward_point',
    receivingUnitCode: `HN-PX${String(i + 1).padStart(2, '0')}`,
    name: { vi: `Điểm hỗ trợ phường ${ward} (demo)`, en: `${ward} ward help point (demo)` },
    address: `Trụ sở UBND phường ${ward}, Hà Nội (địa chỉ demo)`,
    location: { lat, lng },
    openingHours: officeHours(),
    open24x7: false,
    parentId,
    demo: true,
    note: 'Real ward name after the 2025 merger; address and coordinates invented (ward centre).',
  })),
  ...(
    [
      ['soc-son', 'Sóc Sơn', 21.257, 105.848],
      ['ba-vi', 'Ba Vì', 21.199, 105.423],
      ['my-duc', 'Mỹ Đức', 20.686, 105.743],
    ] as const
  ).map(([slug, area, lat, lng], i): ServicePointInput => ({
    id: `hn-mobile-${slug}`,
    kind: 'mobile_station',
    receivingUnitCode: `HN-LD${String(i + 1).padStart(2, '0')}`,
    name: {
      vi: `Trạm hỗ trợ công dân số lưu động ${area} (demo)`,
      en: `${area} mobile digital-citizen station (demo)`,
    },
    address: `Xã ${area}, Hà Nội – vị trí lưu động (demo)`,
    location: { lat, lng },
    openingHours: mobileStationHours(),
    open24x7: false,
    parentId: CENTER,
    demo: true,
    note: 'Location is the station’s home base; it moves between villages and markets.',
  })),
  {
    id: 'hn-online',
    kind: 'online',
    receivingUnitCode: 'HN-DVC',
    name: { vi: 'Tiếp nhận trực tuyến (Cổng dịch vụ công)', en: 'Online intake (public service portal)' },
    address: 'https://dichvucong.gov.vn',
    openingHours: noStaffedHours(),
    open24x7: true,
    parentId: CENTER,
    demo: true,
    note: 'Demo receiving unit for dossiers filed online; the real portal assigns its own codes.',
  },
];

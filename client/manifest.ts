import type { ManifestOptions } from 'vite-plugin-pwa';

/** The installable app's identity, in Vietnamese first (lang: vi). Icons come from public/logo.svg. */
export const THEME_COLOR = '#a3161c';

export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Một cửa — Trung tâm Phục vụ hành chính công',
  short_name: 'Một cửa',
  description:
    'Tiếp nhận, theo dõi và trả kết quả hồ sơ thủ tục hành chính, làm việc cả khi không có mạng; công dân tra cứu tiến độ hồ sơ.',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: THEME_COLOR,
  background_color: '#ffffff',
  categories: ['government', 'productivity'],
};

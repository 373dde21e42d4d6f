// One page of each type, for the sweeps (axe, layout, scripts) that every page type must pass.
export const PAGE_TYPES = {
  home: '/',
  plans: '/ke-hoach/',
  plan: '/ke-hoach/thi-dua-cao-diem-2025/',
  news: '/tin-tuc/',
  newsPage2: '/tin-tuc/trang/2/',
  article: '/tin-tuc/tap-trung-giai-phong-mat-bang-du-an-duong-sat-cao-toc-bac-nam-doan-qua-xa-ha-trung/',
  category: '/tin-tuc/chuyen-muc/ha-tang/',
  tags: '/the/',
  tag: '/the/thi-dua/',
  stories: '/guong-dien-hinh/',
  storiesByKind: '/guong-dien-hinh/doi-tuong/ho-gia-dinh/',
  story: '/guong-dien-hinh/ho-ong-hoang-van-e-tu-nguyen-hien-dat-mo-rong-duong-thon-dong-xa/',
  awards: '/khen-thuong/',
  award: '/khen-thuong/qd-205-qd-ubnd-2025/',
  revokedAward: '/khen-thuong/qd-226-qd-ubnd-2025/',
  units: '/don-vi/',
  unit: '/don-vi/thon-dong-xa/',
  documents: '/van-ban/',
  document: '/van-ban/luat-thi-dua-khen-thuong-2022/',
  search: '/tim-kiem/?q=giai+phong+mat+bang',
  about: '/gioi-thieu/',
  follow: '/theo-doi/',
  english: '/en/',
  notFound: '/404.html',
} as const;

/** Pages a resident reads: they load no script file and at most 1 KB of inline script. */
export const READING_PAGES = [
  PAGE_TYPES.plan,
  PAGE_TYPES.article,
  PAGE_TYPES.story,
  PAGE_TYPES.award,
  PAGE_TYPES.unit,
  PAGE_TYPES.document,
];

import { describe, expect, test } from 'vitest';
import { committeeData, jsonLdText, newsArticleData, storyData } from '../../src/lib/structuredData';

const site = 'https://thidua.example.vn/';
const settings = {
  committee: 'Ủy ban nhân dân xã Hà Trung',
  committeeEnglish: "People's Committee of Ha Trung Commune",
  commune: 'xã Hà Trung',
  province: 'tỉnh Thanh Hóa',
  address: 'Xã Hà Trung, tỉnh Thanh Hóa',
  phone: '0237 3800 000',
  email: 'vanphong@example.vn',
  social: [{ url: 'https://facebook.com/xahatrung' }],
  sample: false,
};
const facts = {
  title: 'Đường thôn Đồng Xá',
  sample: false,
  summary: 'Nhân dân hiến đất.',
  url: `${site}tin-tuc/duong-thon/`,
  image: `${site}og/tin-tuc/duong-thon.png`,
  publishedAt: new Date('2025-09-22T00:00:00Z'),
};

describe('committeeData', () => {
  test('describes the committee as a government organisation with its address and contacts', () => {
    const data = committeeData(settings, site);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Ủy ban nhân dân xã Hà Trung',
      url: site,
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
      telephone: '0237 3800 000',
      sameAs: ['https://facebook.com/xahatrung'],
    });
  });

  test('leaves out placeholder contacts, which a search engine would offer to call', () => {
    const data = committeeData({ ...settings, sample: true }, site);
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('email');
    expect(data).toMatchObject({ name: 'Ủy ban nhân dân xã Hà Trung', address: { '@type': 'PostalAddress' } });
  });
});

describe('newsArticleData', () => {
  test('gives headline, dates in Việt Nam, image, section and the committee as publisher', () => {
    const data = newsArticleData({ ...facts, section: 'Hạ tầng', keywords: ['đường', 'hiến đất'] }, settings, site);
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Đường thôn Đồng Xá',
      datePublished: '2025-09-22',
      dateModified: '2025-09-22',
      image: facts.image,
      articleSection: 'Hạ tầng',
      keywords: 'đường, hiến đất',
      inLanguage: 'vi',
      publisher: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân xã Hà Trung' },
    });
  });

  test("a sample's headline says so, as a search engine shows it away from the page's notice", () => {
    const data = newsArticleData({ ...facts, sample: true, section: 'Hạ tầng', keywords: [] }, settings, site);
    expect(data.headline).toBe('Nội dung mẫu: Đường thôn Đồng Xá');
  });
});

describe('storyData', () => {
  const unit = { name: 'Thôn Đồng Xá', url: `${site}don-vi/thon-dong-xa/` };

  test('is about a Person when the subject is an individual', () => {
    const data = storyData({ ...facts, subject: { name: 'Nguyễn Văn A', kind: 'ca-nhan', role: 'Trưởng thôn' }, unit }, settings, site);
    expect(data['@type']).toBe('Article');
    expect(data.about).toEqual({
      '@type': 'Person',
      name: 'Nguyễn Văn A',
      jobTitle: 'Trưởng thôn',
      memberOf: { '@type': 'Organization', name: 'Thôn Đồng Xá', url: unit.url },
    });
  });

  test('is about an Organization for a household, collective, business or village', () => {
    const data = storyData({ ...facts, subject: { name: 'Hộ ông Hoàng Văn E', kind: 'ho-gia-dinh' }, unit }, settings, site);
    expect(data.about).toMatchObject({ '@type': 'Organization', name: 'Hộ ông Hoàng Văn E' });
  });

  test('is about the unit itself when the collective is the unit, not a member of itself', () => {
    const data = storyData({ ...facts, subject: { name: 'thôn Đồng  Xá', kind: 'tap-the' }, unit }, settings, site);
    expect(data.about).toEqual({ '@type': 'Organization', name: 'Thôn Đồng Xá', url: unit.url });
  });
});

describe('jsonLdText', () => {
  test('cannot close the script element it stands in', () => {
    const text = jsonLdText({ headline: 'Tin </script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: 'Tin </script><script>alert(1)</script>' });
  });
});

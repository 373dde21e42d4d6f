import { describe, expect, test } from 'vitest';
import { feedResponse } from '../../src/lib/feedResponse';

/** The news feed of a site, with `items`. */
const newsFeed = (items: Parameters<typeof feedResponse>[0]['items']) =>
  feedResponse({
    title: 'Tin tức',
    committee: 'Ủy ban nhân dân xã Hà Trung',
    description: 'Tin tức của xã.',
    page: '/tin-tuc/',
    feed: '/tin-tuc/rss.xml',
    items,
    site: new URL('https://thidua.example.vn/'),
  });

describe('feedResponse', () => {
  test('writes no control character, which XML forbids: a line break pasted from Word (U+000B) became a space', async () => {
    const response = await newsFeed([{ title: 'Đường\u000Bthôn', link: '/tin-tuc/duong-thon/', content: '<p>Dòng một\u000Bdòng hai\u0001</p>' }]);
    const xml = await response.text();
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toContain('<title>Đường thôn</title>');
    expect(xml).toContain('Dòng một dòng hai');
    expect(response.headers.get('Content-Type')).toMatch(/xml/);
  });

  test('names the XSL page, then the CSS for browsers without XSLT, and says the feed is in Vietnamese', async () => {
    expect(await (await newsFeed([])).text()).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss.xsl" type="text\/xsl"\?><\?xml-stylesheet href="\/rss.css" type="text\/css"\?><rss xml:lang="vi" version="2.0" /,
    );
  });
});

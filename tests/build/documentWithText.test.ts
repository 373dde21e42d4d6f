// A document whose file and address an editor has filled in offers them, and no longer sends residents to ask; a
// decision's file is offered too. Each is saved under its entry's address, not under the name the CMS stores it by
// ("file.pdf" for every file).
import { expect, test } from 'vitest';
import { withBuiltSite } from './siteCopy';

const ASK = 'Trang web chưa có toàn văn văn bản này';

test('a document with its file and address links to both, a decision to its file, each saved under its address; a document without says whom to ask; the commune\'s own contacts are offered', { timeout: 180_000 }, async () => {
  // tests/fixtures/document-with-text/ gives the Luật Thi đua, khen thưởng a file and an address (stand-ins).
  await withBuiltSite('document-with-text', (page) => {
    const law = page('van-ban/luat-thi-dua-khen-thuong-2022');
    expect(law).toMatch(/<a class="button" href="\/tep\/van-ban\/luat-thi-dua-khen-thuong-2022\/file\.pdf" download="luat-thi-dua-khen-thuong-2022\.pdf">Tải văn bản \(PDF\)<\/a>/);
    expect(law).toMatch(/<a class="button" href="https:\/\/vbpl\.vn\/" rel="external">Xem văn bản gốc<\/a>/);
    expect(law).not.toContain(ASK);
    expect(page('van-ban/chi-thi-39-ct-ttg-2024')).toContain(ASK);
    // It also adds decision 300 with its signed file, where and as the CMS stores it.
    expect(page('khen-thuong/qd-300-qd-ubnd-2025')).toMatch(
      /<a class="button" href="\/tep\/khen-thuong\/qd-300-qd-ubnd-2025\/file\.pdf" download="qd-300-qd-ubnd-2025\.pdf">Tải quyết định \(PDF\)<\/a>/,
    );
    // And the commune's own contacts, no longer samples: the number is one to call, and the follow page offers the
    // commune's pages on Zalo and Facebook, first, to residents who have never heard of RSS.
    const follow = page('theo-doi');
    expect(follow).toContain('theo dõi trang của xã trên Zalo, Facebook, hoặc theo dõi qua RSS');
    expect(follow).toContain('<h2 id="mang-xa-hoi" class="text-2xl">Theo dõi trên Zalo, Facebook</h2>');
    expect(follow).toMatch(/<a class="tap-room font-bold" href="https:\/\/zalo\.example\/xa-ha-trung" rel="external">Zalo của xã Hà Trung<\/a>/);
    expect(follow).toMatch(/<a class="tap-room font-bold" href="https:\/\/facebook\.example\/xa-ha-trung" rel="external">Fanpage xã Hà Trung<\/a>/);
    expect(follow.indexOf('id="mang-xa-hoi"')).toBeLessThan(follow.indexOf('id="rss-la-gi"'));
    expect(page('gioi-thieu')).toContain('href="tel:02373800000"');
  });
});

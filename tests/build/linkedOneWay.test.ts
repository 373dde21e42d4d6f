// An editor links a decision to a story on one side only, as the CMS lets them: both pages still show the link.
import { expect, test } from 'vitest';
import { withBuiltSite } from './siteCopy';

const STORY = 'ho-ong-hoang-van-e-tu-nguyen-hien-dat-mo-rong-duong-thon-dong-xa';

test('a decision naming a story the story does not cite shows on the story page too', { timeout: 180_000 }, async () => {
  // tests/fixtures/linked-one-way/ adds 231/QĐ-UBND naming Hộ ông Hoàng Văn E's story, which cites 178/QĐ-UBND only.
  await withBuiltSite('linked-one-way', (page) => {
    expect(page(`khen-thuong/qd-231-qd-ubnd-2025`)).toContain(`href="/guong-dien-hinh/${STORY}/"`);
    const story = page(`guong-dien-hinh/${STORY}`);
    expect(story).toContain('href="/khen-thuong/qd-178-qd-ubnd-2025/"');
    expect(story).toContain('href="/khen-thuong/qd-231-qd-ubnd-2025/"');
  });
});

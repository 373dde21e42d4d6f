import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { bodyImages } from '../../src/lib/bodyImages';

const fileURL = pathToFileURL(join(process.cwd(), 'content/news/thu-anh/index.md'));
const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [bodyImages], fileURL })).html;

describe('bodyImages', () => {
  test('stops at a photo in the text with no description, naming the file, the field, the photo and the fix', async () => {
    await expect(render('Đoạn đầu.\n\n![](../thu-anh/anh-thu.jpg)\n')).rejects.toThrow(
      'content/news/thu-anh/index.md, trường "body": ảnh "../thu-anh/anh-thu.jpg" chưa có mô tả; cần một câu tả ảnh có gì',
    );
    await expect(render('![   ](anh.jpg)')).rejects.toThrow('chưa có mô tả');
  });

  test('stops at a photo in a format the site cannot read, naming the file, the field and what to save it as', async () => {
    await expect(render('![Cây cầu mới](../thu-anh/IMG_0042.HEIC)')).rejects.toThrow(
      'content/news/thu-anh/index.md, trường "body": ảnh "../thu-anh/IMG_0042.HEIC" có dạng "heic" mà trang web không đọc được; cần ảnh JPG, PNG hoặc WebP',
    );
  });

  test('lets a described photo through, and one from another site', async () => {
    expect(await render('![Bản đồ](https://example.vn/ban-do)')).toContain('src="https://example.vn/ban-do"');
    expect(await render('![Bà con thôn Đồng Xá làm đường](anh.jpg)')).toContain('alt="Bà con thôn Đồng Xá làm đường"');
  });
});

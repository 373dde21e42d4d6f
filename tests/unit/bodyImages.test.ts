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

  test('lets a described photo of the text\'s own through', async () => {
    expect(await render('![Bà con thôn Đồng Xá làm đường](anh.jpg)')).toContain('alt="Bà con thôn Đồng Xá làm đường"');
  });

  // It would tell the other site who reads the page, and fail when that site moves it; a page loads nothing from elsewhere.
  test('stops at a photo from another site, or written into the text, saying to save it and insert it', async () => {
    await expect(render('![Bản đồ](https://example.vn/ban-do.jpg)')).rejects.toThrow(
      'content/news/thu-anh/index.md, trường "body": ảnh "https://example.vn/ban-do.jpg" lấy từ trang web khác; hãy tải ảnh về máy rồi chèn vào bài',
    );
    await expect(render('![Bản đồ](//example.vn/ban-do.jpg)')).rejects.toThrow('lấy từ trang web khác');
    await expect(render('![Dấu](data:image/png;base64,iVBORw0KGgo=)')).rejects.toThrow(
      'ảnh "data:image/png;base64,iVBORw0K…" viết thẳng vào nội dung (data:), không phải một tệp ảnh; hãy lưu ảnh thành tệp JPG rồi chèn vào bài',
    );
  });
});

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { bodyImageAlt } from '../../src/lib/bodyImageAlt';

const fileURL = pathToFileURL(join(process.cwd(), 'content/news/thu-anh/index.md'));
const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [bodyImageAlt], fileURL })).html;

describe('bodyImageAlt', () => {
  test('stops at a photo in the text with no description, naming the file, the field, the photo and the fix', async () => {
    await expect(render('Đoạn đầu.\n\n![](../thu-anh/anh-thu.jpg)\n')).rejects.toThrow(
      'content/news/thu-anh/index.md, trường "body": ảnh "../thu-anh/anh-thu.jpg" chưa có mô tả; cần một câu tả ảnh có gì',
    );
    await expect(render('![   ](anh.jpg)')).rejects.toThrow('chưa có mô tả');
  });

  test('lets a described photo through', async () => {
    expect(await render('![Bà con thôn Đồng Xá làm đường](anh.jpg)')).toContain('alt="Bà con thôn Đồng Xá làm đường"');
  });
});

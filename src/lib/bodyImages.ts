import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { extensionOfAddress, isPhotoAddress } from './photos';

/**
 * Stops the build at a photo in a body that a resident would not see as the editor meant: one with no description
 * (alt), as the schema does for a cover or a story's photo (DESIGN.md), since the CMS inserts a photo in the text
 * without asking for one; and one in a format the site cannot read, such as an iPhone's HEIC, which Astro leaves out
 * of the page without a word.
 */
export const bodyImages: HastPluginEntry = ({ fileURL }) => ({
  name: 'body-images',
  element: {
    filter: ['img'],
    visit(node) {
      const { alt, src } = node.properties ?? {};
      const where = `${fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'một bài viết'}, trường "body": ảnh "${String(src)}"`;
      if (typeof alt !== 'string' || alt.trim() === '') {
        throw new Error(
          `${where} chưa có mô tả; cần một câu tả ảnh có gì (trong trang quản trị: bấm vào ảnh, chọn nút bút chì, điền "Mô tả ảnh")`,
        );
      }
      if (typeof src === 'string' && !/^[a-z]+:/i.test(src) && !isPhotoAddress(src)) {
        throw new Error(
          `${where} có dạng "${extensionOfAddress(src) || 'không rõ'}" mà trang web không đọc được; cần ảnh JPG, PNG hoặc WebP (lưu ảnh dưới dạng JPG rồi chèn lại)`,
        );
      }
    },
  },
});

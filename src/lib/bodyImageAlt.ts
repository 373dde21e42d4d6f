import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';

/**
 * Stops the build at a photo in a body with no description (alt), as the schema does for a cover or a story's photo
 * (DESIGN.md): the CMS inserts a photo in the text without asking for one.
 */
export const bodyImageAlt: HastPluginEntry = ({ fileURL }) => ({
  name: 'body-image-alt',
  element: {
    filter: ['img'],
    visit(node) {
      const { alt, src } = node.properties ?? {};
      if (typeof alt === 'string' && alt.trim() !== '') return;
      const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'một bài viết';
      throw new Error(
        `${file}, trường "body": ảnh "${String(src)}" chưa có mô tả; cần một câu tả ảnh có gì (trong trang quản trị: bấm vào ảnh, chọn nút bút chì, điền "Mô tả ảnh")`,
      );
    },
  },
});

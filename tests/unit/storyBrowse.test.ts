import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync } from 'ultrahtml';
import { describe, expect, test } from 'vitest';
import StoryBrowse from '../../src/components/StoryBrowse.astro';
import type { Facet } from '../../src/lib/storyFacets';
import { paths } from '../../src/lib/urls';

const facets: Facet<unknown>[] = [
  {
    facet: 'doi-tuong',
    label: 'Đối tượng',
    values: [
      { value: 'ca-nhan', label: 'Cá nhân', stories: [1, 2] },
      { value: 'ho-gia-dinh', label: 'Hộ gia đình', stories: [3] },
    ],
  },
];

/**
 * The links of the browsing box on the page at `path`, as a screen reader announces them: their text and which one
 * is current.
 */
async function links(path: string, props: Record<string, unknown> = {}): Promise<{ text: string; current: string | undefined }[]> {
  const container = await AstroContainer.create();
  const request = new Request(new URL(path, 'https://example.vn'));
  const html = await container.renderToString(StoryBrowse, { props: { facets, ...props }, request });
  const found: { text: string; current: string | undefined }[] = [];
  walkSync(parse(html), (node) => {
    if (node.type === ELEMENT_NODE && node.name === 'a') {
      const text = node.children.map((child) => (child.type === TEXT_NODE ? child.value : '')).join('').trim();
      found.push({ text, current: node.attributes['aria-current'] });
    }
  });
  return found;
}

describe('StoryBrowse', () => {
  test('on the first page of all stories, "Tất cả" is the current page', async () => {
    expect(await links(paths.stories())).toEqual([
      { text: 'Tất cả', current: 'page' },
      { text: 'Cá nhân (2)', current: undefined },
      { text: 'Hộ gia đình (1)', current: undefined },
    ]);
  });

  test('on page 2, "Tất cả" is the current choice, not the page the reader is on', async () => {
    expect((await links(paths.stories(2)))[0]).toEqual({ text: 'Tất cả', current: 'true' });
  });

  test('on a choice\'s page 2, that choice is current and "Tất cả" is not', async () => {
    const current = { facet: 'doi-tuong', value: 'ho-gia-dinh' } as const;
    expect(await links(paths.storiesBy(current.facet, current.value, 2), { current })).toEqual([
      { text: 'Tất cả', current: undefined },
      { text: 'Cá nhân (2)', current: undefined },
      { text: 'Hộ gia đình (1)', current: 'true' },
    ]);
  });
});

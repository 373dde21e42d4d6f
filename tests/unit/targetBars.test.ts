import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import TargetBars from '../../src/components/TargetBars.astro';

type Target = { label: string; target: number; unit: string; value?: number };

/** What the list shows of one target: its sentence as a resident reads it, and whether a bar is drawn. */
async function shown(target: Target) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TargetBars, { props: { targets: [target] } });
  return { text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim(), bar: html.includes('<svg') };
}

describe('TargetBars', () => {
  test('a reported figure: the sentence with its share, and the bar', async () => {
    expect(await shown({ label: 'Giải ngân', target: 100, unit: '%', value: 80 })).toEqual({ text: 'Giải ngân Đạt 80%, mục tiêu 100% (80%)', bar: true });
    expect(await shown({ label: 'Hộ hiến đất', target: 120, unit: 'hộ', value: 30 })).toEqual({ text: 'Hộ hiến đất Đạt 30 hộ, mục tiêu 120 hộ (25%)', bar: true });
  });

  test('no figure yet: says so, and draws no bar, which would read as nothing done', async () => {
    expect(await shown({ label: 'Giải ngân', target: 100, unit: '%' })).toEqual({
      text: 'Giải ngân Chưa có số liệu báo cáo (mục tiêu 100%)',
      bar: false,
    });
  });
});

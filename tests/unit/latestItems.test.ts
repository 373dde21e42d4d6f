import { describe, expect, test } from 'vitest';
import { FEED_SIZE, latestItems } from '../../src/lib/latestItems';

const candidate = (id: string, date: string | undefined, made: string[]) => ({
  date: date ? new Date(date) : undefined,
  make: async () => {
    made.push(id);
    return id;
  },
});

describe('latestItems', () => {
  test('keeps the newest first across kinds, undated entries last', async () => {
    const made: string[] = [];
    const items = await latestItems([
      candidate('tin-cu', '2025-03-01', made),
      candidate('ke-hoach', undefined, made),
      candidate('quyet-dinh', '2025-06-01', made),
      candidate('guong', '2025-04-01', made),
    ]);
    expect(items).toEqual(['quyet-dinh', 'guong', 'tin-cu', 'ke-hoach']);
  });

  test(`carries at most ${FEED_SIZE} items, and makes only those`, async () => {
    const made: string[] = [];
    const many = Array.from({ length: FEED_SIZE + 20 }, (_, i) => candidate(`tin-${i}`, `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`, made));
    const items = await latestItems(many);
    expect(items).toHaveLength(FEED_SIZE);
    expect(made).toHaveLength(FEED_SIZE);
  });
});

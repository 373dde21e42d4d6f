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

  test(`carries the newest ${FEED_SIZE} items, and makes only those`, async () => {
    const made: string[] = [];
    // One a day from 1 January 2025, in no order: tin-0 the oldest, tin-69 the newest.
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString();
    const order = Array.from({ length: FEED_SIZE + 20 }, (_, i) => (i * 37) % (FEED_SIZE + 20));
    const items = await latestItems(order.map((i) => candidate(`tin-${i}`, day(i), made)));
    const newest = Array.from({ length: FEED_SIZE }, (_, i) => `tin-${FEED_SIZE + 19 - i}`);
    expect(items).toEqual(newest);
    expect([...made].sort()).toEqual([...newest].sort());
  });
});

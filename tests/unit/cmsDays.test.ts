import { afterEach, describe, expect, test, vi } from 'vitest';
import cms from '../../keystatic.config';

// A day not yet come stops the public build (content.config.ts), so the CMS refuses it before saving; its "today" is
// Việt Nam's, and moves with the clock, for a form left open past midnight.
const publishedAt = cms.collections!.news!.schema.publishedAt as unknown as { validate: (value: string | null) => unknown };

describe("the CMS's past days", () => {
  afterEach(() => vi.useRealTimers());

  test('refuse tomorrow, and take it once midnight has come in Việt Nam', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T16:30:00Z')); // 23:30 in Việt Nam
    expect(() => publishedAt.validate('2026-12-07')).toThrow(/must be no later than/);
    expect(publishedAt.validate('2026-12-06')).toBe('2026-12-06');
    vi.setSystemTime(new Date('2026-12-06T17:30:00Z')); // 00:30 on the 7th in Việt Nam, 17:30 on the 6th in London
    expect(publishedAt.validate('2026-12-07')).toBe('2026-12-07');
  });
});

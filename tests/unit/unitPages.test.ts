import { expect, test } from 'vitest';
import { unitPages } from '../../src/lib/unitPages';

const day = (iso: string) => new Date(iso);
const unit = (id: string, kind: string, village?: string) => ({ id, data: { name: id, kind, village: village ? { id: village } : undefined } });
const news = (id: string, publishedAt: string, units: string[], draft = false) => ({ id, data: { publishedAt: day(publishedAt), draft, units: units.map((u) => ({ id: u })) } });
const story = (id: string, publishedAt: string, unitId: string, draft = false) => ({ id, data: { publishedAt: day(publishedAt), draft, unit: { id: unitId } } });
const award = (id: string, issuedAt: string, unitId: string) => ({ id, data: { issuedAt: day(issuedAt), recipients: [{ unit: { id: unitId } }] } });

test("a unit's page and feed list what is published about it and the units in it, newest first; drafts nowhere", () => {
  const pages = unitPages({
    units: [unit('thon-dong-xa', 'thon'), unit('htx-dong-xa', 'hop-tac-xa', 'thon-dong-xa')],
    news: [news('cu', '2025-07-01', ['thon-dong-xa']), news('moi', '2025-11-01', ['htx-dong-xa']), news('nhap', '2025-12-01', ['thon-dong-xa'], true)],
    stories: [story('guong', '2025-08-01', 'htx-dong-xa'), story('guong-nhap', '2025-09-01', 'thon-dong-xa', true)],
    awards: [award('qd-1', '2025-06-01', 'thon-dong-xa'), award('qd-2', '2025-10-01', 'htx-dong-xa')],
    // Only the fields unitPages reads.
  } as unknown as Parameters<typeof unitPages>[0]);
  const village = pages.find((page) => page.unit.id === 'thon-dong-xa')!;
  expect(village.news.map((e) => e.id)).toEqual(['moi', 'cu']);
  expect(village.stories.map((e) => e.id)).toEqual(['guong']);
  expect(village.awards.map((e) => e.id)).toEqual(['qd-2', 'qd-1']);
  expect(village.unitsHere.map((u) => u.id)).toEqual(['htx-dong-xa']);
  // A decision's link to a story goes only to a published one.
  expect([...village.storyIds]).toEqual(['guong']);
  const cooperative = pages.find((page) => page.unit.id === 'htx-dong-xa')!;
  expect([cooperative.news, cooperative.stories, cooperative.awards].map((list) => list.map((e) => e.id))).toEqual([['moi'], ['guong'], ['qd-2']]);
  expect(cooperative.unitNames.get('thon-dong-xa')).toBe('thon-dong-xa');
});

import { expect, test } from 'vitest';
import { ON_UNIT_PAGE, runsPastPage, unitListPages, unitPages } from '../../src/lib/unitPages';

const day = (iso: string) => new Date(iso);
const unit = (id: string, kind: string, village?: string) => ({ id, data: { name: id, kind, village: village ? { id: village } : undefined } });
const news = (id: string, publishedAt: string, units: string[], draft = false) => ({ id, data: { publishedAt: day(publishedAt), draft, units: units.map((u) => ({ id: u })) } });
const story = (id: string, publishedAt: string, unitId: string, draft = false) => ({ id, data: { publishedAt: day(publishedAt), draft, unit: { id: unitId } } });
const award = (id: string, issuedAt: string, unitId: string, status = 'hieu-luc') => ({ id, data: { issuedAt: day(issuedAt), status, recipients: [{ unit: { id: unitId } }] } });

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

test("a unit's decisions: those in force first, then the revoked, each newest first, before its list is cut into pages", () => {
  const [page] = unitPages({
    units: [unit('tieu-khu-1', 'tieu-khu')],
    news: [],
    stories: [],
    awards: [award('qd-cu', '2025-06-01', 'tieu-khu-1'), award('qd-thu-hoi', '2025-12-08', 'tieu-khu-1', 'thu-hoi'), award('qd-moi', '2025-11-18', 'tieu-khu-1')],
  } as unknown as Parameters<typeof unitPages>[0]);
  expect(page!.awards.map((e) => e.id)).toEqual(['qd-moi', 'qd-cu', 'qd-thu-hoi']);
});

test("a list runs past a unit's page only with more items than the page shows", () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);
  expect(runsPastPage('news', items(ON_UNIT_PAGE.news))).toBe(false);
  expect(runsPastPage('news', items(ON_UNIT_PAGE.news + 1))).toBe(true);
  expect(runsPastPage('awards', items(0))).toBe(false);
});

test("a unit's whole news has pages of its own only when its page does not show it all, and a village's say so", () => {
  const many = Array.from({ length: ON_UNIT_PAGE.news + 1 }, (_, i) => news(`tin-${i + 1}`, `2025-10-${String(i + 1).padStart(2, '0')}`, ['htx-dong-xa']));
  const pages = unitPages({
    units: [unit('thon-dong-xa', 'thon'), unit('htx-dong-xa', 'hop-tac-xa', 'thon-dong-xa'), unit('tieu-khu-5', 'tieu-khu')],
    news: [...many, news('mot', '2025-07-01', ['tieu-khu-5'])],
    stories: [],
    awards: [],
  } as unknown as Parameters<typeof unitPages>[0]);
  const lists = unitListPages(pages, 'news', 5);
  // The village (with the cooperative's news) and the cooperative, two pages each; not Tiểu khu 5, with one item.
  expect(lists.map((l) => [l.params.slug, l.params.page, l.props.village, l.props.items.length])).toEqual([
    ['thon-dong-xa', undefined, true, 5],
    ['thon-dong-xa', 'trang/2', true, 4],
    ['htx-dong-xa', undefined, false, 5],
    ['htx-dong-xa', 'trang/2', false, 4],
  ]);
  expect(lists[0]!.props.items[0]!.id).toBe('tin-9');
});

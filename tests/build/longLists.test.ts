// Lists that grow with the site (news, a tag, a category, the stories and a way of browsing them, the honor roll) come
// a page at a time. Built from a copy of the site with 150 synthetic entries, so every such list runs over several
// pages; a resident following "Trang sau" from the first page sees every item once, in the list's order.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { syntheticSite } from '../../scripts/lib/synthetic.mjs';
import { astroEnv } from './siteCopy';
import { t } from '../../src/i18n/t';
import { yearOf } from '../../src/lib/dates';
import type { AWARD_STATUSES, AwardForm } from '../../src/lib/options';
import { FEED_SIZE } from '../../src/lib/latestItems';
import { AWARDS_PER_PAGE, NEWS_PER_PAGE, STORIES_PER_PAGE } from '../../src/lib/paginate';
import { ON_UNIT_PAGE } from '../../src/lib/unitPages';
import { slugify } from '../../src/lib/slugify';
import { paths } from '../../src/lib/urls';

const run = promisify(execFile);
const site = syntheticSite(150);
const dist = join(site.dir, 'dist');

// The synthetic decisions are all Giấy khen of 2025. These give the honor roll a second year with three forms and a
// revoked decision, so its contents lead to several pages and a form begins in the middle of one.
const FORMS_2024: AwardForm[] = [...Array<AwardForm>(21).fill('giay-khen-xa'), 'bang-khen-tinh', 'bang-khen-tinh', 'lao-dong-tien-tien'];
FORMS_2024.forEach((form, i) => {
  const revoked = i === 20;
  const yaml = [
    `title: "Về việc khen thưởng năm 2024, lần ${i + 1}"`,
    `number: "${i + 1}/QĐ-UBND"`,
    `issuedAt: 2024-${String(1 + (i % 12)).padStart(2, '0')}-10`,
    'issuer: Ủy ban nhân dân xã Hà Trung',
    'signer:\n  name: Trịnh Hồng Sơn\n  title: Chủ tịch',
    `form: ${form}`,
    'reason: "Có thành tích xuất sắc trong phong trào thi đua."',
    'recipients:\n  - name: "Ông Nguyễn Văn A"\n    kind: ca-nhan\n    unit: thon-bench-1',
    ...(revoked ? ['status: thu-hoi', 'revokedAt: 2024-12-20', 'statusNote: "Thu hồi vì thành tích đã được khen thưởng."'] : []),
    'sample: true',
  ];
  writeFileSync(join(site.dir, 'content/awards', `qd-2024-${i + 1}.yaml`), `${yaml.join('\n')}\n`);
});

// A draft news item and a draft story, which a decision may name: a build gives neither a page, a place in a list, a
// feed or the sitemap, nor a share picture (the editor's dev server previews them, tests/e2e/cms.spec.ts).
const DRAFTS = { news: 'tin-bench-1', stories: 'guong-bench-1' } as const;
for (const [collection, id] of Object.entries(DRAFTS)) {
  const file = join(site.dir, 'content', collection, id, 'index.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
}

/** The published entries of a collection in the synthetic site (real and synthetic), with their front matter. */
function entries(collection: 'news' | 'stories') {
  const dir = join(site.dir, 'content', collection);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'index.md')))
    .map((id) => {
      const text = readFileSync(join(dir, id, 'index.md'), 'utf8');
      const data = parse(text.match(/^---\n([\s\S]*?)\n---/)![1]!) as {
        publishedAt: string;
        category?: string;
        tags?: string[];
        units?: string[];
        unit?: string;
        draft?: boolean;
      };
      return { id, ...data };
    })
    .filter((entry) => !entry.draft);
}

/** The reward decisions of the synthetic site (real and synthetic), with what orders the honor roll and their units. */
function decisions() {
  const dir = join(site.dir, 'content/awards');
  return readdirSync(dir).map((file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as {
      issuedAt: string;
      form: AwardForm;
      status: (typeof AWARD_STATUSES)[number];
      recipients: { unit?: string }[];
      revokedAt?: string;
    };
    return {
      id: file.replace(/\.yaml$/, ''),
      revokedAt: data.revokedAt,
      data: { issuedAt: new Date(data.issuedAt), form: data.form, status: data.status },
      units: data.recipients.flatMap((r) => (r.unit ? [r.unit] : [])),
    };
  });
}

/** The <main> of a built page's HTML. */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Reads page after page from `first` by the "Trang sau" link, as a resident would; returns what each page lists. */
function walk(first: string, itemLink: RegExp) {
  const pages: { path: string; title: string; main: string; items: string[] }[] = [];
  let path: string | undefined = first;
  while (path) {
    const html: string = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const main = mainOf(html);
    pages.push({
      path,
      title: html.match(/<h1[^>]*>([^<]*)<\/h1>/)![1]!,
      main,
      items: [...main.matchAll(itemLink)].map((m) => m[1]!),
    });
    path = main.match(/<a class="button" href="([^"]+)" rel="next">/)?.[1];
  }
  return pages;
}

/** What the build printed. */
let output = '';

beforeAll(async () => {
  // With what a shell or a test runner may hold, which made a build act as the editor's dev server (Astro takes every
  // variable into import.meta.env, and Vitest sets DEV=1): a build is a build all the same (astro.config.mjs).
  const env = { ...astroEnv, NODE_ENV: 'development', DEV: '1' };
  const { stdout, stderr } = await run('astro', ['build'], { cwd: site.dir, env, maxBuffer: 100_000_000 });
  output = stdout + stderr;
}, 300_000);

afterAll(() => site.remove());

/** The built pages at `pagePaths` pass the HTML check the gates run on the example site (tests/e2e/gates.spec.ts). */
function expectValidHtml(pagePaths: string[]) {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  for (const path of pagePaths) {
    const report = validator.validateStringSync(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
  }
}

/** Every item once, on full pages but the last; the set of items is `expected`. Returns the items in the order listed. */
function expectEachOnce(pages: ReturnType<typeof walk>, perPage: number, expected: readonly { id: string }[]) {
  const ids = pages.flatMap((p) => p.items);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(expected.map((e) => e.id).sort());
  expect(pages.slice(0, -1).every((p) => p.items.length === perPage)).toBe(true);
  return ids;
}

/** Every item once, on full pages but the last, newest first; the set of items is `expected`. */
function expectWholeList(pages: ReturnType<typeof walk>, perPage: number, expected: { id: string; publishedAt: string }[]) {
  const ids = expectEachOnce(pages, perPage, expected);
  const dates = ids.map((id) => expected.find((e) => e.id === id)!.publishedAt);
  expect(dates).toEqual([...dates].sort().reverse());
}

describe('a long list comes a page at a time, every item once, in its order', () => {
  const news = entries('news');
  const stories = entries('stories');
  const newsLinks = /<h[23][^>]*>\s*<a href="\/tin-tuc\/([^"/]+)\/"/g;
  const storyLinks = /<h[23][^>]*>\s*<a href="\/guong-dien-hinh\/([^"/]+)\/"/g;

  test('the news, at /tin-tuc/, /tin-tuc/trang/2/, …', () => {
    const pages = walk(paths.news(), newsLinks);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.map((p) => p.path)).toEqual(pages.map((_, i) => paths.news(i + 1)));
    expect(pages[1]!.title).toBe('Tin tức, trang 2');
    expectWholeList(pages, NEWS_PER_PAGE, news);
  });

  test('a tag and a category', () => {
    const tag = 'thi đua';
    const tagPages = walk(paths.tag(slugify(tag)), newsLinks);
    expect(tagPages.length).toBeGreaterThan(1);
    expectWholeList(tagPages, NEWS_PER_PAGE, news.filter((n) => n.tags?.includes(tag)));

    const categoryPages = walk(paths.category('dai-hoi'), newsLinks);
    expect(categoryPages.length).toBeGreaterThan(1);
    expectWholeList(categoryPages, NEWS_PER_PAGE, news.filter((n) => n.category === 'dai-hoi'));
  });

  test('the stories, and the stories of one year', () => {
    const all = walk(paths.stories(), storyLinks);
    expect(all.length).toBeGreaterThan(1);
    expectWholeList(all, STORIES_PER_PAGE, stories);

    const year = walk(paths.storiesBy('nam', 2025), storyLinks);
    expect(year.length).toBeGreaterThan(1);
    expect(year[1]!.title).toBe('Gương điển hình: Năm 2025, trang 2');
    expectWholeList(year, STORIES_PER_PAGE, stories.filter((s) => s.publishedAt.startsWith('2025')));
  });

  // A feed carries the latest items only, so that it stays small however much the site holds (DESIGN.md).
  test(`the site's feed: the newest ${FEED_SIZE} items of all, newest first`, () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => ({
      path: new URL(item!.match(/<link>([^<]+)<\/link>/)![1]!).pathname,
      time: new Date(item!.match(/<pubDate>([^<]+)<\/pubDate>/)?.[1] ?? 0).getTime(),
    }));
    expect(items).toHaveLength(FEED_SIZE);
    const times = items.map((item) => item.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Every news item, story and decision a day or more newer than the feed's oldest item is in it: none newer left
    // out for an older one. A decision counts from the day it was revoked, when its item says so anew.
    const cutoff = Math.min(...times) + 24 * 3600 * 1000;
    const newer = [
      ...news.map((n) => ({ path: paths.article(n.id), date: n.publishedAt })),
      ...stories.map((st) => ({ path: paths.story(st.id), date: st.publishedAt })),
      ...decisions().map((d) => ({ path: paths.award(d.id), date: d.revokedAt ?? d.data.issuedAt })),
    ].filter(({ date }) => new Date(date).getTime() >= cutoff);
    expect(newer.length).toBeGreaterThan(10);
    const inFeed = new Set(items.map((item) => item.path));
    expect(newer.filter(({ path }) => !inFeed.has(path)).map(({ path }) => path)).toEqual([]);
  });

  test('the honor roll, at /khen-thuong/, /khen-thuong/trang/2/, …, each page under its years and forms', () => {
    const all = decisions();
    const pages = walk(paths.awards(), /<h4[^>]*>\s*<a href="\/khen-thuong\/([^"/]+)\/"/g);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.path)).toEqual(pages.map((_, i) => paths.awards(i + 1)));
    expect(pages[1]!.title).toBe('Bảng vàng khen thưởng, trang 2');
    const ids = expectEachOnce(pages, AWARDS_PER_PAGE, all);
    const byId = new Map(all.map((a) => [a.id, a]));
    // In the roll's order: newest year first; in a year, Bằng khen, Giấy khen, then the titles; in a form, those in
    // force before the revoked one, each newest first.
    const FORM_NAMES: Partial<Record<AwardForm, string>> = {
      'bang-khen-tinh': 'Bằng khen của Chủ tịch UBND tỉnh',
      'giay-khen-xa': 'Giấy khen của Chủ tịch UBND xã',
      'lao-dong-tien-tien': 'Danh hiệu Lao động tiên tiến',
    };
    const rank = (id: string) => {
      const { issuedAt, form, status } = byId.get(id)!.data;
      return [-yearOf(issuedAt), Object.keys(FORM_NAMES).indexOf(form), status === 'thu-hoi' ? 1 : 0, -issuedAt.getTime()];
    };
    const before = (a: number[], b: number[]) => a.reduce((order, k, i) => order || Math.sign(k - b[i]!), 0) <= 0;
    ids.slice(1).forEach((id, i) => expect(before(rank(ids[i]!), rank(id)), `${ids[i]} before ${id}`).toBe(true));
    // Each decision under the headings of its own year and form, on its own page; a heading for a group begun on an
    // earlier page says "(tiếp theo)".
    const headings = (main: string) => [...main.matchAll(/<h([23])[^>]*>([^<]+)<\/h\1>/g)].map((m) => m[2]);
    const seen = new Set<string>();
    let placed = 0;
    for (const { path, main } of pages) {
      const onPage = new Set<string>();
      let year = '';
      let form = '';
      for (const [, level, id, text] of main.matchAll(/<h([234])[^>]*>(?:\s*<a href="\/khen-thuong\/([^"/]+)\/"|([^<]+)<\/h[23]>)/g)) {
        if (level === '4') {
          const { issuedAt, form: itsForm } = byId.get(id!)!.data;
          expect([year, form], `${path}: ${id}`).toEqual([`Năm ${yearOf(issuedAt)}`, `${FORM_NAMES[itsForm]} · Năm ${yearOf(issuedAt)}`]);
          placed++;
          continue;
        }
        if (text === t('award.contents')) continue;
        const group = text!.replace(/ \(tiếp theo\)$/, '');
        if (level === '2') year = group;
        else form = `${group} · ${year}`;
        const key = level === '2' ? group : form;
        expect(text!.endsWith(' (tiếp theo)'), `${path}: ${text}`).toBe(seen.has(key));
        onPage.add(key);
      }
      onPage.forEach((key) => seen.add(key));
    }
    expect(placed).toBe(ids.length);
    expect(headings(pages[1]!.main)).toContain('Năm 2025 (tiếp theo)');
    expect(headings(pages.at(-1)!.main)).toContain('Năm 2024 (tiếp theo)');
    // Every page opens with the same contents: each year's forms with their counts, each linking to the page where
    // the form begins (its heading is there, and not on the page before).
    const contentsOf = (main: string) => main.match(/<nav[^>]*aria-labelledby="muc-luc"[\s\S]*?<\/nav>/)![0];
    const contents = contentsOf(pages[0]!.main);
    expect(pages.every((p) => contentsOf(p.main) === contents)).toBe(true);
    const count = (year: number, form: AwardForm) => all.filter((a) => yearOf(a.data.issuedAt) === year && a.data.form === form).length;
    expect(contents.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe(
      'Mục lục bảng vàng ' +
        `Năm 2025: Bằng khen của Chủ tịch UBND tỉnh (1 quyết định) · Giấy khen của Chủ tịch UBND xã (${count(2025, 'giay-khen-xa')} quyết định) ` +
        'Năm 2024: Bằng khen của Chủ tịch UBND tỉnh (2 quyết định) · Giấy khen của Chủ tịch UBND xã (21 quyết định) · Danh hiệu Lao động tiên tiến (1 quyết định)',
    );
    const links = [...contents.matchAll(/<a href="([^"#]+)#([^"]+)" aria-label="([^"]+)"/g)];
    expect(links.map((l) => l[3])).toEqual([
      'Bằng khen của Chủ tịch UBND tỉnh (1 quyết định), năm 2025',
      `Giấy khen của Chủ tịch UBND xã (${count(2025, 'giay-khen-xa')} quyết định), năm 2025`,
      'Bằng khen của Chủ tịch UBND tỉnh (2 quyết định), năm 2024',
      'Giấy khen của Chủ tịch UBND xã (21 quyết định), năm 2024',
      'Danh hiệu Lao động tiên tiến (1 quyết định), năm 2024',
    ]);
    for (const [, href, anchor] of links) {
      const at = pages.findIndex((p) => p.path === href);
      expect(pages[at]!.main, `${href}#${anchor}`).toContain(`id="${anchor}"`);
      if (at > 0) expect(pages[at - 1]!.main, `${href}#${anchor}`).not.toContain(`id="${anchor}"`);
    }
    expect(new Set(links.map((l) => l[1])).size).toBeGreaterThan(1);
    // Only a long roll has its contents: the gates' HTML check (tests/e2e/gates.spec.ts) never sees them on the example site.
    expectValidHtml(pages.map((p) => p.path));
  });
});

// A village's lists grow for as long as the site runs: its page shows the newest, and leads to the rest.
describe("a unit's page shows the first of its news, stories and decisions, and leads to all of them", () => {
  const newsLinks = /<h3[^>]*>\s*<a href="\/tin-tuc\/([^"/]+)\/"/g;
  const storyLinks = /<h3[^>]*>\s*<a href="\/guong-dien-hinh\/([^"/]+)\/"/g;
  const benchUnits = readdirSync(join(site.dir, 'content/units'))
    .filter((file) => file.startsWith('thon-bench-'))
    .map((file) => file.replace(/\.yaml$/, ''));
  /** The bench units in order of how many of `listed` name them, most first. */
  const byCount = <T>(listed: T[], names: (entry: T) => string[]) =>
    benchUnits
      .map((unit) => ({ unit, entries: listed.filter((entry) => names(entry).includes(unit)) }))
      .sort((a, b) => b.entries.length - a.entries.length);
  const unitPage = (unit: string) => mainOf(readFileSync(join(dist, paths.unit(unit), 'index.html'), 'utf8'));
  const unitName = (unit: string) => (parse(readFileSync(join(site.dir, 'content/units', `${unit}.yaml`), 'utf8')) as { name: string }).name;
  const newestFirst = (list: { id: string; publishedAt: string }[]) => [...list].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((e) => e.id);

  test('news: the newest on the page, then all of them a page at a time at /don-vi/<unit>/tin-tuc/', () => {
    const ranked = byCount(entries('news'), (n) => n.units ?? []);
    const { unit, entries: news } = ranked[0]!;
    expect(news.length).toBeGreaterThan(ON_UNIT_PAGE.news);
    const main = unitPage(unit);
    expect([...main.matchAll(newsLinks)].map((m) => m[1])).toEqual(newestFirst(news).slice(0, ON_UNIT_PAGE.news));
    expect(main).toContain(`<a class="tap-room" href="${paths.unitNews(unit)}">Xem tất cả ${news.length} tin</a>`);
    const pages = walk(paths.unitNews(unit), /<h2[^>]*>\s*<a href="\/tin-tuc\/([^"/]+)\/"/g);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.map((p) => p.path)).toEqual(pages.map((_, i) => paths.unitNews(unit, i + 1)));
    expect(pages[1]!.title).toBe(`Tin tức: ${unitName(unit)}, trang 2`);
    expectWholeList(pages, NEWS_PER_PAGE, news);
    // The example site has no unit with this many news: the gates' HTML check (tests/e2e/gates.spec.ts) never sees these pages.
    expectValidHtml([paths.unit(unit), ...pages.map((p) => p.path)]);
    // A unit whose page holds all its news has no such pages, and no link to them.
    const { unit: few, entries: itsNews } = ranked.at(-1)!;
    expect(itsNews.length).toBeLessThanOrEqual(ON_UNIT_PAGE.news);
    expect(existsSync(join(dist, paths.unitNews(few)))).toBe(false);
    expect(unitPage(few)).not.toContain(`href="${paths.unitNews(few)}"`);
  });

  test('decisions: the first on the page, then all of them a page at a time at /don-vi/<unit>/khen-thuong/', () => {
    const ranked = byCount(decisions(), (d) => d.units);
    const { unit, entries: awards } = ranked[0]!;
    expect(awards.length).toBeGreaterThan(AWARDS_PER_PAGE);
    const awardLinks = (level: number) => new RegExp(`<h${level}[^>]*>\\s*<a href="/khen-thuong/([^"/]+)/"`, 'g');
    const pages = walk(paths.unitAwards(unit), awardLinks(2));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]!.title).toBe(`Khen thưởng: ${unitName(unit)}, trang 2`);
    const ids = expectEachOnce(pages, AWARDS_PER_PAGE, awards);
    // Those in force first, then the revoked one (thon-bench-1's of 2024), each part newest first, across the pages.
    const listed = ids.map((id) => awards.find((a) => a.id === id)!.data);
    const revoked = listed.map((d) => d.status === 'thu-hoi');
    expect(revoked).toEqual([...revoked].sort((a, b) => Number(a) - Number(b)));
    expect(revoked).toContain(true);
    for (const part of [listed.filter((_, i) => !revoked[i]), listed.filter((_, i) => revoked[i])]) {
      const times = part.map((d) => d.issuedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    const main = unitPage(unit);
    expect([...main.matchAll(awardLinks(3))].map((m) => m[1])).toEqual(ids.slice(0, ON_UNIT_PAGE.awards));
    expect(main).toContain(`<a class="tap-room" href="${paths.unitAwards(unit)}">Xem tất cả ${awards.length} quyết định khen thưởng</a>`);
    expectValidHtml(pages.map((p) => p.path));
    const { unit: few, entries: itsAwards } = ranked.at(-1)!;
    expect(itsAwards.length).toBeLessThanOrEqual(ON_UNIT_PAGE.awards);
    expect(existsSync(join(dist, paths.unitAwards(few)))).toBe(false);
    expect(unitPage(few)).not.toContain(`href="${paths.unitAwards(few)}"`);
  });

  test('stories: the newest on the page, then all of them where the stories are browsed by unit', () => {
    const ranked = byCount(entries('stories'), (s) => [s.unit ?? '']);
    const { unit, entries: stories } = ranked[0]!;
    expect(stories.length).toBeGreaterThan(ON_UNIT_PAGE.stories);
    const main = unitPage(unit);
    expect([...main.matchAll(storyLinks)].map((m) => m[1])).toEqual(newestFirst(stories).slice(0, ON_UNIT_PAGE.stories));
    const all = paths.storiesBy('don-vi', unit);
    expect(main).toContain(`<a class="tap-room" href="${all}">Xem tất cả ${stories.length} gương điển hình</a>`);
    expectWholeList(walk(all, /<h2[^>]*>\s*<a href="\/guong-dien-hinh\/([^"/]+)\/"/g), STORIES_PER_PAGE, stories);
    const { unit: few, entries: itsStories } = ranked.at(-1)!;
    expect(itsStories.length).toBeLessThanOrEqual(ON_UNIT_PAGE.stories);
    expect(unitPage(few)).not.toContain(`href="${paths.storiesBy('don-vi', few)}"`);
  });
});

describe('drafts', () => {
  test('have no page, and no page, feed or sitemap names them', () => {
    const drafts = [paths.article(DRAFTS.news), paths.story(DRAFTS.stories)];
    for (const path of drafts) expect(existsSync(join(dist, path, 'index.html')), path).toBe(false);
    // Their neighbours were built: the paths above are where a page would be.
    const neighbours = [paths.article('tin-bench-2'), paths.story('guong-bench-2')];
    for (const path of neighbours) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
    const text = (ending: string) =>
      readdirSync(dist, { recursive: true })
        .filter((file) => String(file).endsWith(ending))
        .map((file) => readFileSync(join(dist, String(file)), 'utf8'))
        .join('\n');
    // Every page (lists, units, decisions, which may name the draft story), every feed and the sitemap: each names
    // published entries of both kinds, and neither draft.
    for (const [kind, all] of [['pages', text('.html')], ['feeds and sitemap', text('.xml')]] as const) {
      expect(all, kind).toMatch(/\/tin-tuc\/tin-bench-\d+\//);
      expect(all, kind).toMatch(/\/guong-dien-hinh\/guong-bench-\d+\//);
      for (const path of drafts) expect(all, kind).not.toContain(path);
    }
  });
});

// Built here because this site has many entries: the share pictures (src/pages/xem-truoc/) are listed by their route
// but written by src/integrations/previewImages.ts, not rendered one route each.
describe("a build's share preview pictures", () => {
  test('one per published news item and story, per decision, plan, unit and document, and the default, written by the integration', () => {
    const files = (collection: string) => readdirSync(join(site.dir, 'content', collection)).length;
    const expected = 1 + entries('news').length + entries('stories').length + files('awards') + files('plans') + files('units') + files('documents');
    const written = readdirSync(join(dist, 'xem-truoc'), { recursive: true }).filter((file) => String(file).endsWith('.png'));
    expect(written).toHaveLength(expected);
    expect(output).toContain(`[preview-images] wrote ${expected} preview images (`);
  });
});

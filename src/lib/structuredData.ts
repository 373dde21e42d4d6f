// schema.org descriptions (JSON-LD) of the committee, news and stories, so search engines show who publishes the
// site and what each article is about. Built from plain values; layouts put them in <head> through BaseLayout.
import type { Article, GovernmentOrganization, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { isoDay } from './dates';
import { foldDiacritics } from './foldDiacritics';
import type { SubjectKind } from './options';
import { sampleTitle } from './sampleTitle';

/** What the committee says about itself: content/settings/index.yaml. */
interface Committee {
  committee: string;
  committeeEnglish: string;
  commune: string;
  province: string;
  address: string;
  phone: string;
  email: string;
  social: { url: string }[];
  /** True while the contacts are placeholders. */
  sample: boolean;
}

/** What every article says about itself. */
interface ArticleFacts {
  title: string;
  /** An entry shipped only to show the site: its headline says so, as its tab title does. */
  sample: boolean;
  summary: string;
  /** Absolute address of the page. */
  url: string;
  /** Absolute address of its preview image. */
  image: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
}

/** The committee as a government body, publisher of the site and author of its articles. */
export function committeeData(settings: Committee, siteUrl: string): WithContext<GovernmentOrganization> {
  return {
    '@context': 'https://schema.org',
    ...committeeNode(settings, siteUrl),
    alternateName: settings.committeeEnglish,
    address: {
      '@type': 'PostalAddress',
      streetAddress: settings.address,
      addressRegion: settings.province,
      addressCountry: 'VN',
    },
    // Placeholder contacts are left out: a search engine shows a telephone with a button to call it, and the sample
    // number has a real area code (PhoneLink.astro).
    ...(!settings.sample && { telephone: settings.phone, email: settings.email }),
    areaServed: { '@type': 'AdministrativeArea', name: settings.commune },
    ...(settings.social.length > 0 && { sameAs: settings.social.map((link) => link.url) }),
  };
}

/** A news item, published by the committee. */
export function newsArticleData(
  facts: ArticleFacts & { section: string; keywords: string[] },
  settings: Committee,
  siteUrl: string,
): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...articleFields(facts, settings, siteUrl),
    articleSection: facts.section,
    ...(facts.keywords.length > 0 && { keywords: facts.keywords.join(', ') }),
  };
}

/** An exemplary story, about a person or a collective (a household, business, cooperative or village is one). */
export function storyData(
  facts: ArticleFacts & { subject: { name: string; kind: SubjectKind; role?: string | undefined }; unit: { name: string; url: string } },
  settings: Committee,
  siteUrl: string,
): WithContext<Article> {
  const memberOf: Organization = { '@type': 'Organization', name: facts.unit.name, url: facts.unit.url };
  // A collective may be the unit itself (the story of "Tiểu khu 5" under Tiểu khu 5): then it is that unit, with its
  // page, and not a member of itself.
  const about: Person | Organization =
    facts.subject.kind === 'ca-nhan'
      ? { '@type': 'Person', name: facts.subject.name, ...(facts.subject.role && { jobTitle: facts.subject.role }), memberOf }
      : foldDiacritics(facts.subject.name) === foldDiacritics(facts.unit.name)
        ? memberOf
        : { '@type': 'Organization', name: facts.subject.name, memberOf };
  return { '@context': 'https://schema.org', '@type': 'Article', ...articleFields(facts, settings, siteUrl), about };
}

/** JSON-LD as it may stand inside <script>: no "</script>" or "<!--" can close or confuse the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function committeeNode(settings: Committee, siteUrl: string) {
  return { '@type': 'GovernmentOrganization' as const, name: settings.committee, url: siteUrl };
}

function articleFields(facts: ArticleFacts, settings: Committee, siteUrl: string) {
  const publisher = committeeNode(settings, siteUrl);
  return {
    headline: sampleTitle(facts.title, facts.sample),
    description: facts.summary,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: facts.image,
    inLanguage: 'vi',
    datePublished: isoDay(facts.publishedAt),
    dateModified: isoDay(facts.updatedAt ?? facts.publishedAt),
    author: publisher,
    publisher,
  };
}

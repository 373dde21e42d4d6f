// The words search may put a mistyped word right to ("khen thuog": "khen thuong"), fetched by the search page only
// when a word is on no page. From what names and sums up each entry, and the whole plan, rather than every page's
// text: a word residents look for is in a title or a summary, and reading every text costs a 10,000-entry build far
// more than these few fields.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { indexedText } from '../../lib/indexedText';
import { published } from '../../lib/published';
import { knownWords } from '../../lib/searchWords';

export const GET: APIRoute = async () => {
  const [plans, news, stories, awards, units, documents] = await Promise.all([
    getCollection('plans'),
    getCollection('news').then(published),
    getCollection('stories').then(published),
    getCollection('awards'),
    getCollection('units'),
    getCollection('documents'),
  ]);
  const texts = [
    ...plans.flatMap((e) => [e.data.title, indexedText(e.rendered?.html ?? '')]),
    ...news.flatMap((e) => [e.data.title, e.data.summary]),
    ...stories.flatMap((e) => [e.data.title, e.data.summary, e.data.subject.name]),
    ...awards.flatMap((e) => [e.data.title, e.data.reason, ...e.data.recipients.map((r) => r.name)]),
    ...units.flatMap((e) => [e.data.name, e.data.description]),
    ...documents.flatMap((e) => [e.data.title, e.data.summary]),
  ];
  return new Response(JSON.stringify(knownWords(texts)), { headers: { 'Content-Type': 'application/json' } });
};

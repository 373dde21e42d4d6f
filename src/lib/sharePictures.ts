import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/t';
import { awardHeading } from './awardText';
import { documentHeading } from './documentText';
import type { Preview } from './previewImage';
import { sampleTitle } from './sampleTitle';

type Data<C extends 'news' | 'stories' | 'awards' | 'plans' | 'units' | 'documents'> = CollectionEntry<C>['data'];

const words = (section: string, title: string, sample: boolean, committee: string): Preview => ({
  section,
  title: sampleTitle(title, sample),
  committee,
  tagline: t('site.tagline'),
});

/**
 * What the share picture of each kind of page says: its section above, its title, and the committee's name and the
 * campaign below. The route that draws the pictures (src/pages/xem-truoc/) and the pages that name them
 * (files.sharedPreview, whose address changes with these words) take them from here.
 */
export const sharePictures = {
  site: (committee: string) => words(t('share.previewSection'), t('share.previewTitle'), false, committee),
  article: (news: Data<'news'>, committee: string) => words(t('nav.news'), news.title, news.sample, committee),
  story: (story: Data<'stories'>, committee: string) => words(t('nav.stories'), story.title, story.sample, committee),
  award: (award: Data<'awards'>, committee: string) => words(`${t('nav.awards')} · ${awardHeading(award)}`, award.title, award.sample, committee),
  plan: (plan: Data<'plans'>, committee: string) => words(t('nav.plans'), plan.title, false, committee),
  unit: (unit: Data<'units'>, committee: string) => words(t('nav.units'), unit.name, unit.sample, committee),
  document: (doc: Data<'documents'>, committee: string) => words(`${t('nav.documents')} · ${documentHeading(doc)}`, doc.title, false, committee),
};

import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { t } from './i18n/t';
import { checkReferences } from './lib/checkReferences';
import { refusedEntries } from './lib/refusedEntries';
import { sameDecisions } from './lib/sameDecisions';
import { siteSettings } from './lib/siteSettings';
import { cmsForm, isCmsPath } from './lib/urls';
import { villageProblems } from './lib/villages';

// Work done before the first page of a build, and before every page the dev server serves: check what no single
// entry's schema can (that every reference in content/ points at an entry of the right kind, that no decision is
// entered twice), and read the committee's settings, which every page shows in its header and footer.
let ready: Promise<App.Locals['settings']> | undefined;

async function prepare(): Promise<App.Locals['settings']> {
  const [plans, news, stories, awards, units, documents] = await Promise.all([
    getCollection('plans'),
    getCollection('news'),
    getCollection('stories'),
    getCollection('awards'),
    getCollection('units'),
    getCollection('documents'),
  ]);
  const problems = [...checkReferences({ plans, news, stories, awards, units, documents }), ...villageProblems(units), ...sameDecisions(awards)];
  if (problems.length > 0) {
    // On the dev server, an entry left out (src/lib/refusedEntries.ts) looks deleted to the entries that name it: its
    // own reason, the one to mend, comes first. A build has stopped on it before this.
    const refused = refusedEntries();
    const first = refused.map(([file, why]) => `${file} (${cmsForm(file)}): ${why}`);
    throw new Error(
      [
        ...(first.length > 0 ? [`${t('cms.refusedTitle', { count: first.length })}:\n- ${first.join('\n- ')}`] : []),
        `${t('error.problems')}\n- ${problems.join('\n- ')}`,
      ].join('\n\n'),
    );
  }
  return siteSettings();
}

export const onRequest = defineMiddleware(async (context, next) => {
  // The CMS's own pages and API use neither, and must open even when the content is broken: a unit deleted while news
  // still names it stopped every page of the dev server, the CMS too, leaving the editor no way to mend it but a text
  // editor.
  if (isCmsPath(context.url.pathname)) return next();
  // The dev server re-reads each time, so what an editor just saved in the CMS shows on the next page view.
  context.locals.settings = await (import.meta.env.DEV ? prepare() : (ready ??= prepare()));
  return next();
});

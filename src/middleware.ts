import { defineMiddleware } from 'astro:middleware';
import { t } from './i18n/t';
import { checkReferences } from './lib/checkReferences';
import { escapeMarkup } from './lib/escapeMarkup';
import { cmsFields } from './lib/cmsFields';
import { decisionYears } from './lib/decisionYears';
import { problemMessage } from './lib/fieldLabels';
import { refusedEntries } from './lib/refusedEntries';
import { sameDecisions } from './lib/sameDecisions';
import { siteSettings } from './lib/siteSettings';
import { cmsForm, isCmsPath } from './lib/urls';
import { villageProblems } from './lib/villages';

// Work done before the first page of a build, and before every page the dev server serves: check what no single
// entry's schema can (that every reference in content/ points at an entry of the right kind, that no decision is
// entered twice, nor has an address of another year than it was signed in), and read the committee's settings, which
// every page shows in its header and footer.
let ready: Promise<App.Locals['settings']> | undefined;

async function prepare(): Promise<App.Locals['settings']> {
  // Imported here, at each call. Imported at the top of this file, getCollection went on reading the collections as
  // they were when the dev server started, while the pages read them as saved, in the editors' sweep and with `astro
  // dev --force` in a full copy of the project, each time (the committee's settings were read as saved all along): a
  // decision entered twice was published without a word, and one deleted in the CMS stayed "entered twice" until the
  // server was restarted.
  const { getCollection } = await import('astro:content');
  const [plans, news, stories, awards, units, documents] = await Promise.all([
    getCollection('plans'),
    getCollection('news'),
    getCollection('stories'),
    getCollection('awards'),
    getCollection('units'),
    getCollection('documents'),
  ]);
  const problems = [...checkReferences({ plans, news, stories, awards, units, documents }), ...villageProblems(units), ...sameDecisions(awards), ...decisionYears(awards)];
  if (problems.length > 0) {
    // On the dev server, an entry left out (src/lib/refusedEntries.ts) looks deleted to the entries that name it: its
    // own reason, the one to mend, comes first. A build has stopped on it before this. Each field is named in the
    // CMS's words too, which are what an editor knows it by.
    const told = await Promise.all(problems.map(async (problem) => ({ file: problem.file, message: problemMessage(problem, await cmsFields(problem.collection)) })));
    throw new ContentProblems(refusedEntries(), told);
  }
  return siteSettings();
}

/** Entries left out, with why, and problems across entries: what a build stops on, and the dev server shows. */
class ContentProblems extends Error {
  constructor(
    readonly refused: readonly (readonly [file: string, why: string])[],
    readonly problems: readonly { file: string; message: string }[],
  ) {
    const first = refused.map(([file, why]) => `${file} (${cmsForm(file)}): ${why}`);
    super(
      [
        ...(first.length > 0 ? [`${t('cms.refusedTitle', { count: first.length })}:\n- ${first.join('\n- ')}`] : []),
        `${t('error.problems')}\n- ${problems.map(({ message }) => message).join('\n- ')}`,
      ].join('\n\n'),
    );
  }
}

/**
 * What the dev server answers, instead of every page, while entries name one that is gone (a unit deleted in the CMS
 * while news still names it): the problems, each with a link to mend its entry in the CMS, in the editor's language.
 * Astro's own error screen, thrown at, was English and showed this file's code.
 */
function problemsPage({ refused, problems }: ContentProblems): Response {
  const html = escapeMarkup;
  const item = (file: string, text: string) => `<li><a href="${html(cmsForm(file))}">${html(t('cms.refusedEdit', { file }))}</a><br>${html(text)}</li>`;
  const groups = [
    ...(refused.length > 0 ? [`<h2>${html(t('cms.refusedTitle', { count: refused.length }))}</h2><ul>${refused.map(([file, why]) => item(file, why)).join('')}</ul>`] : []),
    `<h2>${html(t('error.problems'))}</h2><ul>${problems.map(({ file, message }) => item(file, message)).join('')}</ul>`,
  ];
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(t('cms.problemsTitle'))}</title></head><body style="font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5"><h1>${html(t('cms.problemsTitle'))}</h1>${groups.join('')}<p>${html(t('cms.problemsHelp'))}</p></body></html>`;
  return new Response(page, { status: 500, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

export const onRequest = defineMiddleware(async (context, next) => {
  // The CMS's own pages and API use neither, and must open even when the content is broken: a unit deleted while news
  // still names it stopped every page of the dev server, the CMS too, leaving the editor no way to mend it but a text
  // editor.
  if (isCmsPath(context.url.pathname)) return next();
  // The dev server re-reads each time, so what an editor just saved in the CMS shows on the next page view.
  if (!import.meta.env.DEV) {
    context.locals.settings = await (ready ??= prepare());
    return next();
  }
  try {
    context.locals.settings = await prepare();
  } catch (error) {
    if (!(error instanceof ContentProblems)) throw error;
    // The terminal says it too, as it says why an entry is left out.
    console.error(error.message);
    return problemsPage(error);
  }
  return next();
});

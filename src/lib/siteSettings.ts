import { getEntry } from 'astro:content';
import { t } from '../i18n/t';

/** The committee's settings (content/settings/index.yaml): its names, address and contacts, shown on every page. */
export async function siteSettings(): Promise<App.Locals['settings']> {
  const settings = await getEntry('settings', 'index');
  if (!settings) throw new Error(t('error.noSettings', { file: 'content/settings/index.yaml' }));
  return settings.data;
}

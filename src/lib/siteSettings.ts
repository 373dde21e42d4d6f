import { getEntry } from 'astro:content';

/** The committee's settings (content/settings/index.yaml): its names, address and contacts, shown on every page. */
export async function siteSettings(): Promise<App.Locals['settings']> {
  const settings = await getEntry('settings', 'index');
  if (!settings) throw new Error('content/settings/index.yaml: không tìm thấy tệp cài đặt của trang (cần có tệp này).');
  return settings.data;
}

import { getEntry } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';

// Every page shows the committee's name and contacts; they are read once here rather than by each page.
let settings: Promise<App.Locals['settings']> | undefined;

async function loadSettings(): Promise<App.Locals['settings']> {
  const entry = await getEntry('settings', 'index');
  if (!entry) throw new Error('content/settings/index.yaml: không tìm thấy tệp cài đặt của trang (cần có tệp này).');
  return entry.data;
}

export const onRequest = defineMiddleware(async (context, next) => {
  settings ??= loadSettings();
  context.locals.settings = await settings;
  return next();
});

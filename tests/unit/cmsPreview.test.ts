import { afterEach, describe, expect, test, vi } from 'vitest';

/** The CMS's configuration as it is built with these environment variables. */
async function cmsWith(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import('../../keystatic.config')).default;
}

describe('an entry’s Preview in the CMS', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('on an editor’s own machine opens the dev server’s page, which shows what was just saved', async () => {
    const cms = await cmsWith({ PUBLIC_KEYSTATIC_GITHUB_REPO: '' });
    expect(cms.storage.kind).toBe('local');
    expect(cms.collections!.news!.previewUrl).toBe('/tin-tuc/{slug}/');
  });

  test('behind the admin server opens the page on the public site, not the admin’s copy built with it', async () => {
    const cms = await cmsWith({ PUBLIC_KEYSTATIC_GITHUB_REPO: 'hatrung/thidua-content', SITE: 'https://thidua.hatrung.gov.vn/' });
    expect(cms.storage.kind).toBe('github');
    expect(cms.collections!.news!.previewUrl).toBe('https://thidua.hatrung.gov.vn/tin-tuc/{slug}/');
    expect(cms.collections!.awards!.previewUrl).toBe('https://thidua.hatrung.gov.vn/khen-thuong/{slug}/');
  });
});

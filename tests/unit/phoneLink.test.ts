import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import PhoneLink from '../../src/components/PhoneLink.astro';

/** The component's HTML for the commune's number, with its contacts confirmed or still placeholders. */
async function render(props: { phone: string; international?: boolean }, sample: boolean): Promise<string> {
  const container = await AstroContainer.create();
  // Only `sample` matters to the component; the rest of the settings are not read.
  const settings = { sample } as App.Locals['settings'];
  return container.renderToString(PhoneLink, { props, locals: { settings } });
}

describe('PhoneLink', () => {
  test('a confirmed number is a link a phone dials, kept on one line', async () => {
    expect(await render({ phone: '0237 3800 000' }, false)).toMatch(/^<a href="tel:02373800000"[^>]*>0237\u00a03800\u00a0000<\/a>$/);
  });

  test('from abroad, the country code takes the place of the leading 0', async () => {
    expect(await render({ phone: '(0237) 3800 000', international: true }, false)).toContain('href="tel:+842373800000"');
  });

  test('a placeholder number is shown but not dialled: it would ring a stranger', async () => {
    const html = await render({ phone: '0237 3800 000' }, true);
    expect(html).not.toContain('tel:');
    expect(html).toContain('0237\u00a03800\u00a0000');
  });
});

import type { HastPluginEntry } from 'satteri';
import { vietnameseLetters } from './storedText';

/**
 * Puts the text of a Markdown body in NFC, with Đ for the Icelandic Ð (vietnameseLetters), as every other Vietnamese
 * text on the site: a body typed with a decomposed input method (Unikey's "Unicode tổ hợp") was published as typed,
 * while its title and summary were normalised by the schema. Its words and a photo's description and title; only a
 * body that needs it gets the plugin, so the others cost one check of their source.
 */
export const nfcBody: HastPluginEntry = ({ source }) =>
  source === vietnameseLetters(source)
    ? null
    : {
        name: 'nfc-body',
        text(node) {
          const value = vietnameseLetters(node.value);
          return value === node.value ? undefined : { type: 'text', value };
        },
        element: {
          filter: ['img'],
          visit(node, ctx) {
            for (const key of ['alt', 'title']) {
              const value = node.properties?.[key];
              if (typeof value === 'string') ctx.setProperty(node, key, vietnameseLetters(value));
            }
          },
        },
      };

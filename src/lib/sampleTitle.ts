import { t } from '../i18n/t';

/**
 * An entry's title where it is seen without its page's "Nội dung mẫu" notice (a browser tab, a link shared on Zalo or
 * Facebook, its preview picture, a feed reader's list): a sample entry says it is one, so that a made-up decision
 * passed around a village's group is not taken for a real one.
 */
export const sampleTitle = (title: string, sample: boolean): string => (sample ? t('sample.title', { title }) : title);

import { vi, type UiKey } from './vi';

/** The interface text for `key`, with each `{name}` replaced by `params.name`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

// The app's own address without any view state: what a shared link starts from. It keeps what
// belongs to the page (such as ?dataset=).
import { VIEW_PARAMS } from './viewState.ts';

const VIEW_KEYS = [...VIEW_PARAMS, 'embed'];

/** `https://host/app/?dataset=…`: the page's address with every view parameter removed. */
export function appBase(href: string): string {
  const url = new URL(href);
  for (const key of VIEW_KEYS) url.searchParams.delete(key);
  url.hash = '';
  return url.href;
}

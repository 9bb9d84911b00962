// Fetches a JSON file and turns every way it can fail into a LoadError with a readable message.
import { LoadError } from './LoadError.ts';
import { isCollectionUrl } from '../collections/collectionUrl.ts';

/** The response for `url`, checked: a 404, an HTTP error or the app's own page is a LoadError. */
export async function fetchChecked(url: string, what: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadError('network', url, `The ${what} at ${url} could not be fetched (${(error as Error).message}).`);
  }
  if (response.status === 404) throw new LoadError('missing', url, `There is no ${what} at ${url}.`);
  if (!response.ok)
    throw new LoadError('network', url, `The ${what} at ${url} could not be loaded (HTTP ${response.status}).`);
  // A static server answers unknown paths with the app's own page: that is no dataset either.
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    throw new LoadError('missing', url, `There is no ${what} at ${url} (the server answered with a web page).`);
  return response;
}

export function parseJson(text: string, url: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LoadError('json', url, `The ${what} at ${url} is not valid JSON: ${(error as Error).message}`);
  }
}

export async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<unknown> {
  // A collection kept in this browser: read from its storage, never from the network.
  if (isCollectionUrl(url)) return (await import('../collections/readCollectionJson.ts')).readCollectionJson(url);
  const response = await fetchChecked(url, what, signal);
  return parseJson(await response.text(), url, what);
}

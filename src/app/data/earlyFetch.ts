// The dataset request starts from the tiny entry module, before React and the app are even parsed,
// so that downloading the data overlaps with starting the app. The query takes it over once.
let early: { url: string; response: Promise<Response> } | null = null;

export function startEarlyFetch(url: string): void {
  const response = fetch(url);
  // Failures are reported when the query takes the response, not as unhandled rejections here.
  response.catch(() => undefined);
  early = { url, response };
}

export function takeEarlyFetch(url: string): Promise<Response> | null {
  if (!early || early.url !== url) return null;
  const { response } = early;
  early = null;
  return response;
}

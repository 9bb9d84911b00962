// A URL from a document's front matter becomes a link only when it is http: or https:. Anything else
// (javascript:, data:, relative paths) is shown as plain text.
export function safeHttpUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

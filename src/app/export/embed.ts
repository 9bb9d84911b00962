// Embed mode (`?embed=1`): the timeline for an iframe in someone's story, with the least chrome
// (no filter panel, search or export menu) and a link out to the full app.
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value !== 'false';
}

/** An iframe of this view in embed mode, for a story page (the host must be in EMBED_ORIGINS). */
export function embedCode(href: string): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  const src = url.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${src}" width="100%" height="600" style="border:0" title="Timeline" loading="lazy"></iframe>`;
}

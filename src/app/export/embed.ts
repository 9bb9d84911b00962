// Embed mode (`?embed=1`): the timeline for an iframe in someone's story, with the least chrome
// (no filter panel, search or export menu) and a link out to the full app.
export function isEmbed(search: string): boolean {
  const value = new URLSearchParams(search).get('embed');
  return value !== null && value !== '0' && value !== 'false';
}

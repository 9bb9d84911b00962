// Saves a file from the page: a temporary link with `download`, so nothing leaves the browser.
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

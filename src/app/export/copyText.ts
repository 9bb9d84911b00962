// Puts text on the clipboard; false when the browser refuses (no permission, not a secure page),
// so that the caller shows the text to copy by hand instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

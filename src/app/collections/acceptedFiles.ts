// The files the app reads: the CLI's document types (src/extract/inputs.ts), web pages included.
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function isAcceptedFile(file: { name: string }): boolean {
  const name = file.name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => name.endsWith(ext));
}

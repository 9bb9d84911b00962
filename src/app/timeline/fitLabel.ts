// A label that fits its room or is not drawn: titles are cut with an ellipsis, and a room too small
// for a readable word gets no label at all, so labels never overlap.
export const MIN_ROOM = 40;

export function fitLabel(title: string, fullWidth: number, room: number): string | null {
  if (room < MIN_ROOM) return null;
  if (fullWidth <= room) return title;
  // Widths are roughly proportional to length; one spare character leaves room for the ellipsis.
  const chars = Math.floor((title.length * room) / fullWidth) - 1;
  if (chars < 4) return null;
  return `${title.slice(0, chars).trimEnd()}…`;
}

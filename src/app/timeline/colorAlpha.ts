// "#1f6fb2" + 0.3 → "rgba(31,111,178,0.3)". Canvas gradients need explicit transparent stops of
// the same colour, or the fade passes through grey.
export function colorAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return color;
  const n = parseInt(hex[1]!, 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** Where one detector found something, as string offsets [start, end). */
export type Span = { start: number; end: number };

export function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

// HTTP's optional whitespace is SP and HTAB only (RFC 9110 §5.6.3, RFC 6265bis 5.6). String#trim
// also strips U+00A0 and other Unicode spaces, which browsers keep in cookie names and which
// would make a different name or value of the text.

/** Whether a character code is SP or HTAB. */
export const isWsp = (code: number | undefined): boolean => code === 0x20 || code === 0x09;

/** `text.slice(start, end)` without the SP and HTAB at either end. */
export function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** The text without the SP and HTAB at either end. */
export const trimWsp = (text: string): string => trimmedSlice(text, 0, text.length);

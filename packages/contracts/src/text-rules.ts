/**
 * The characters no string of an event may hold, because some store or reader cannot keep them
 * (PostgreSQL's jsonb refuses U+0000; XML and many terminals choke on the other C0 controls; a
 * lone surrogate cannot be written as UTF-8; non-characters are reserved for internal use):
 * C0 control characters except tab, newline and carriage return, lone surrogates, and the Unicode
 * non-characters U+FDD0..U+FDEF and U+nFFFE/U+nFFFF of every plane.
 */
export const forbiddenCharacterRule =
  "no control characters U+0000-U+001F except tab, newline and carriage return; no lone surrogates; no non-characters (U+FDD0-U+FDEF, U+FFFE, U+FFFF and their counterparts in every plane)";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

/** Marks the zod issue of a forbidden character, so the codec can name its own error code. */
export const forbiddenCharacterIssue = "forbidden-character";

/**
 * Why `text` may not be stored, naming the first offending character and where it is, or
 * undefined when it is fine.
 */
export function forbiddenCharacterProblem(text: string): string | undefined {
  let index = 0;
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0;
    const lone = char.length === 1 && point >= 0xd800 && point <= 0xdfff;
    const nonCharacter = (point & 0xfffe) === 0xfffe || forbidden.test(char);
    if (lone || nonCharacter) {
      const hex = point.toString(16).toUpperCase().padStart(4, "0");
      const what = lone
        ? "a lone surrogate"
        : point < 0x20
          ? "a control character"
          : "a Unicode non-character";
      return `holds ${what} U+${hex} at character ${index}; remove it (${forbiddenCharacterRule})`;
    }
    index += char.length;
  }
  return undefined;
}

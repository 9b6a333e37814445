/**
 * The PDF uses the standard Helvetica font, which can only show the Windows-1252
 * ("WinAnsi") characters: Latin-1 plus a few typographic ones. Anything else
 * would print as garbage, so it is mapped here first.
 */
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || WIN_ANSI_EXTRAS.has(char);
}

// Emoji and their modifiers, joiners and variation selectors carry no words: they are dropped.
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;
const JOINERS = new Set(["\u200d", "\ufe0e", "\ufe0f"]);

/**
 * Text Helvetica can show: WinAnsi characters as they are; others as their base
 * letters when there is one ("ő" → "o", "ﬁ" → "fi", a narrow space → a space);
 * emoji dropped; anything else (Cyrillic, Greek, CJK, Arabic…) as "?".
 */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text.replace(/\r\n?/g, "\n")) {
    if (printable(char)) {
      out += char;
      continue;
    }
    if (PICTOGRAPHIC.test(char) || JOINERS.has(char)) continue;
    const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
    out += base !== "" && Array.from(base).every(printable) ? base : /\s/.test(char) ? " " : "?";
  }
  return out;
}

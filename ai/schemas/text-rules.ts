/**
 * What free text from a person may hold. Control characters (NUL, escape,
 * carriage returns in one-line fields) and lone UTF-16 surrogates are never
 * typed by anyone: they come from tools probing for bugs, and they break what
 * reads the text later (SQLite and CSV cells, PDF fonts, HTTP header values).
 */

const LINE_FEED = 0x0a;
const TAB = 0x09;

/** C0 controls, DEL and C1 controls; line feeds and tabs too unless the field holds paragraphs. */
function isControl(code: number, multiLine: boolean): boolean {
  if (multiLine && (code === LINE_FEED || code === TAB)) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function isCleanText(text: string, options: { multiLine: boolean }): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code, options.multiLine)) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/** The message of a refusal, naming the field. */
export const uncleanTextMessage = (label: string, options: { multiLine: boolean }) =>
  `${label} contains invisible control characters${options.multiLine ? "" : " or line breaks"} or broken characters: retype it.`;

import { describe, expect, it } from "vitest";
import { isCleanText } from "./text-rules";

describe("isCleanText", () => {
  it.each([
    ["plain text", "Fresh sourdough in Leeds", true, true],
    ["emoji (surrogate pairs)", "Bikes 🚲 and coffee ☕", true, true],
    ["right-to-left text", "مخبز عائلي في ليدز", true, true],
    ["line feeds and tabs", "Line one\nLine two\tindented", true, false],
    ["a carriage return", "Plan\r\nSet-Cookie: x", false, false],
    ["NUL", "abc\u0000", false, false],
    ["an escape sequence", "\u001b[31mred", false, false],
    ["a C1 control", "abc\u0085", false, false],
    ["a lone high surrogate", "abc\ud800", false, false],
    ["a lone low surrogate", "\udc00abc", false, false],
    ["a reversed pair", "\udc00\ud800", false, false],
  ])("%s: paragraphs %s, one line %s", (_name, text, multiLine, oneLine) => {
    expect(isCleanText(text, { multiLine: true })).toBe(multiLine);
    expect(isCleanText(text, { multiLine: false })).toBe(oneLine);
  });
});

import { Allow, parse as parsePartial } from "partial-json";

/**
 * Follows a JSON object as it streams in, for showing it while it is written.
 * Members of the root object are parsed once, natively, when they end; only the
 * member still being written is parsed as partial JSON. So each piece costs
 * time in proportion to its own length and the open member's, not to
 * everything received so far (re-parsing the whole text on every piece grows
 * quadratically, and a plan arrives in hundreds of pieces).
 */
export class IncrementalJsonObject {
  private text = "";
  private scanned = 0;
  private started = -1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private memberStart = -1;
  private readonly done: Record<string, unknown> = {};

  /** Adds the next piece of text and returns the object as far as it can be read. */
  push(piece: string): Record<string, unknown> {
    this.text += piece;
    this.scan();
    return this.current();
  }

  private scan(): void {
    const { text } = this;
    for (let i = this.scanned; i < text.length; i++) {
      const ch = text[i];
      if (this.started < 0) {
        if (ch === "{") {
          this.started = i;
          this.depth = 1;
          this.memberStart = i + 1;
        }
        continue;
      }
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === "\\") this.escaped = true;
        else if (ch === '"') this.inString = false;
        continue;
      }
      if (ch === '"') this.inString = true;
      else if (ch === "{" || ch === "[") this.depth++;
      else if (ch === "}" || ch === "]") {
        this.depth--;
        if (this.depth === 0) this.closeMember(i);
      } else if (ch === "," && this.depth === 1) this.closeMember(i);
    }
    this.scanned = text.length;
  }

  private closeMember(end: number): void {
    const member = this.text.slice(this.memberStart, end).trim();
    this.memberStart = end + 1;
    if (member === "") return;
    try {
      Object.assign(this.done, JSON.parse(`{${member}}`));
    } catch {
      // Not valid JSON after all: leave it to the final, strict parse to report.
    }
  }

  private current(): Record<string, unknown> {
    if (this.started < 0 || this.depth === 0) return { ...this.done };
    const open = this.text.slice(this.memberStart).trim();
    if (open === "") return { ...this.done };
    try {
      const partial = parsePartial(`{${open}`, Allow.ALL) as unknown;
      return typeof partial === "object" && partial !== null ? { ...this.done, ...partial } : { ...this.done };
    } catch {
      return { ...this.done };
    }
  }
}

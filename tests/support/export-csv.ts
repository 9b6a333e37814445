/**
 * A strict RFC 4180 reader, written here so the test does not trust the writer's
 * idea of CSV: every record ends in CRLF, quoted fields double their quotes, and
 * anything else (a bare quote, a lone LF, text after a closing quote) throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        value += text[i++];
      }
    }
    row.push(value);
    if (text[i] === ",") i++;
    else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
  }
  if (row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

/** A CSV export as objects keyed by its header, the byte order mark removed. */
export function readCsvRecords(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
  return rows.map((row) => Object.fromEntries(row.map((value, index) => [header[index] ?? "", value])));
}

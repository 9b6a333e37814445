// No "server-only" here: this also runs in a worker thread (pdf-worker.ts), outside the React server graph.
import { Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import type { ExportablePlan } from "./exportable";
import { type Block, buildOutline, type Item } from "./outline";
import { toWinAnsi } from "./pdf-text";

const INK = "#0f172a";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const MARGIN = 48;

const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: MARGIN,
    fontFamily: "Helvetica",
    fontSize: 10,
    color: INK,
    lineHeight: 1.4,
  },
  // A large font with the page's 1.4 line height drew a wrapped title over the line below it: its own, tighter height.
  title: { fontFamily: "Helvetica-Bold", fontSize: 22, lineHeight: 1.25, marginBottom: 10 },
  cover: { marginBottom: 8, paddingBottom: 8, borderBottomWidth: 1, borderBottomColor: RULE },
  coverLine: { flexDirection: "row", marginBottom: 2 },
  coverLabel: { width: 70, color: MUTED },
  coverValue: { flex: 1 },
  meta: { color: MUTED, marginBottom: 2 },
  note: { marginTop: 8, padding: 8, borderWidth: 1, borderColor: RULE, borderRadius: 4, color: MUTED },
  sectionTitle: {
    fontFamily: "Helvetica-Bold",
    fontSize: 15,
    marginTop: 20,
    marginBottom: 6,
    paddingBottom: 3,
    borderBottomWidth: 1,
    borderBottomColor: RULE,
  },
  heading: { fontFamily: "Helvetica-Bold", fontSize: 12, marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 6 },
  bold: { fontFamily: "Helvetica-Bold" },
  listLabel: { fontFamily: "Helvetica-Bold", marginTop: 4, marginBottom: 2 },
  item: { flexDirection: "row", marginBottom: 2 },
  bullet: { width: 10 },
  itemText: { flex: 1 },
  table: { marginTop: 4, marginBottom: 8, borderTopWidth: 1, borderTopColor: RULE },
  row: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: RULE },
  cell: { flex: 1, paddingVertical: 3, paddingHorizontal: 4 },
  numeric: { textAlign: "right" },
  // The page number is stamped after rendering (see stampPageNumbers): room is left for it on the right.
  footerTitle: { position: "absolute", bottom: 24, left: MARGIN, right: MARGIN + 90, fontSize: 8, lineHeight: 1.2, color: MUTED },
});

const t = toWinAnsi;

// The default hyphenation is English-only and splits words in narrow table cells ("sig-nature"): break at spaces only.
Font.registerHyphenationCallback((word) => [word]);

function ListItem({ item }: { item: Item }) {
  return (
    <View style={styles.item} wrap={false}>
      <Text style={styles.bullet}>•</Text>
      {typeof item === "string" ? (
        <Text style={styles.itemText}>{t(item)}</Text>
      ) : (
        <Text style={styles.itemText}>
          <Text style={styles.bold}>{t(item.label)}: </Text>
          {t(item.text)}
        </Text>
      )}
    </View>
  );
}

/** Tables this short move to the next page whole rather than split. */
const UNSPLIT_ROWS = 12;

function Table({ block }: { block: Extract<Block, { kind: "table" }> }) {
  const cell = (index: number, bold = false) => [
    styles.cell,
    ...(block.numeric?.includes(index) ? [styles.numeric] : []),
    ...(bold ? [styles.bold] : []),
  ];
  const row = (values: string[], key: number, bold = false) => (
    <View key={key} style={styles.row} wrap={false}>
      {values.map((value, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
        <Text key={index} style={cell(index, bold)}>
          {t(value)}
        </Text>
      ))}
    </View>
  );
  const rows = block.rows.map((values, r) => row(values, r, block.totalRow === true && r === block.rows.length - 1));
  // A long table may break between rows (a row never splits), its header repeated on every page it
  // reaches (fixed); the last two rows stay together so a total never sits alone on a new page.
  const long = block.rows.length > UNSPLIT_ROWS;
  return (
    <View style={styles.table} wrap={long}>
      {row(block.columns, -1, true)}
      {long ? (
        <>
          {rows.slice(0, -2)}
          <View wrap={false}>{rows.slice(-2)}</View>
        </>
      ) : (
        rows
      )}
    </View>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return (
        <Text style={styles.heading} minPresenceAhead={40}>
          {t(block.text)}
        </Text>
      );
    case "paragraph":
      return (
        <Text style={styles.paragraph}>
          {block.label ? <Text style={styles.bold}>{t(block.label)}: </Text> : null}
          {t(block.text)}
        </Text>
      );
    case "list":
      return (
        <View style={styles.paragraph}>
          {block.label ? (
            <Text style={styles.listLabel} minPresenceAhead={30}>
              {t(block.label)}
            </Text>
          ) : null}
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are static and keep the plan's order
            <ListItem key={index} item={item} />
          ))}
        </View>
      );
    case "table":
      return <Table block={block} />;
  }
}

function PlanPdf({ source }: { source: ExportablePlan }) {
  const outline = buildOutline(source);
  const title = t(outline.title);
  const footerTitle = title.length > 80 ? `${title.slice(0, 79)}…` : title;
  return (
    <Document title={title} subject="Marketing plan" creator="MarketPlanAI" producer="MarketPlanAI" language={source.language}>
      <Page size="A4" style={styles.page} wrap>
        <View style={styles.cover} wrap={false}>
          <Text style={styles.title}>{title}</Text>
          {outline.cover.map(([label, value]) => (
            <View key={label} style={styles.coverLine}>
              <Text style={styles.coverLabel}>{t(label)}</Text>
              <Text style={styles.coverValue}>{t(value)}</Text>
            </View>
          ))}
        </View>
        <Text style={styles.meta}>{t(outline.byline)}</Text>
        <Text style={styles.meta}>{t(outline.writtenBy)}</Text>
        <Text style={styles.note}>{t(outline.legend)}</Text>
        {outline.missing.length > 0 ? (
          <View style={styles.note}>
            <Text style={styles.bold}>Missing from this plan:</Text>
            {outline.missing.map((line) => (
              <ListItem key={line} item={line} />
            ))}
          </View>
        ) : null}
        <Text style={styles.footerTitle} fixed>
          {footerTitle}
        </Text>
        {outline.sections.map((section) => (
          <View key={section.key}>
            <Text style={styles.sectionTitle} minPresenceAhead={60}>
              {t(section.title)}
            </Text>
            {section.blocks.map((block, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static and keep the plan's order
              <BlockView key={index} block={block} />
            ))}
          </View>
        ))}
      </Page>
    </Document>
  );
}

/**
 * The whole plan as a PDF: title, date, every section, each figure with its
 * source. Built-in Helvetica, so text outside Windows-1252 is transliterated
 * or replaced (see `toWinAnsi`); the Markdown export keeps every character.
 */
export async function planToPdf(source: ExportablePlan): Promise<Buffer> {
  return stampPageNumbers(await renderToBuffer(<PlanPdf source={source} />));
}

/**
 * "Page 3 of 12" in every footer, written onto the finished PDF. react-pdf's
 * own way (a fixed Text with `render`) crashes on long documents in 4.9
 * ("unsupported number: -5e+21": the line height is multiplied again on every
 * pagination pass), so the count is stamped once the pages are known.
 */
async function stampPageNumbers(pdf: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const text = `Page ${index + 1} of ${pages.length}`;
    const size = 8;
    page.drawText(text, {
      x: page.getWidth() - MARGIN - font.widthOfTextAtSize(text, size),
      y: 24 + 2,
      size,
      font,
      color: rgb(0x47 / 255, 0x55 / 255, 0x69 / 255),
    });
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

import "server-only";
import { Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
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
  title: { fontFamily: "Helvetica-Bold", fontSize: 22, marginBottom: 6 },
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
  footer: { position: "absolute", bottom: 24, left: MARGIN, right: MARGIN, fontSize: 8, color: MUTED, textAlign: "center" },
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

function Table({ block }: { block: Extract<Block, { kind: "table" }> }) {
  const cell = (index: number, bold = false) => [
    styles.cell,
    ...(block.numeric?.includes(index) ? [styles.numeric] : []),
    ...(bold ? [styles.bold] : []),
  ];
  return (
    <View style={styles.table}>
      <View style={styles.row} wrap={false}>
        {block.columns.map((column, index) => (
          <Text key={column} style={cell(index, true)}>
            {t(column)}
          </Text>
        ))}
      </View>
      {block.rows.map((row, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are static and keep the plan's order
        <View key={r} style={styles.row} wrap={false}>
          {row.map((value, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
            <Text key={index} style={cell(index)}>
              {t(value)}
            </Text>
          ))}
        </View>
      ))}
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
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.meta}>{t(outline.byline)}</Text>
        <Text style={styles.meta}>{t(outline.starts)}</Text>
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
        <Text style={styles.footer} fixed>
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
  return renderToBuffer(<PlanPdf source={source} />);
}

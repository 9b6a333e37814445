/** What every section renderer receives: the section's value, complete or still streaming. */
export interface SectionProps {
  value: unknown;
  /** Locale for numbers: the plan's language. */
  locale: string;
}

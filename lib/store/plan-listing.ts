import { z } from "zod";

// How "My plans" can be searched and ordered. Pure, so both stores, the API and
// the browser agree on what a search matches and what each order means.

export const PLAN_SORTS = ["newest", "oldest", "updated", "title"] as const;
export const PlanSortSchema = z.enum(PLAN_SORTS);
export type PlanSort = z.infer<typeof PlanSortSchema>;

export const PLAN_SORT_LABELS: Record<PlanSort, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  updated: "Recently updated",
  title: "Name A–Z",
};

/** Longest search the API accepts, in characters. */
export const PLAN_QUERY_MAX = 100;
/** Words beyond this many are ignored: a title is at most 160 characters. */
const MAX_WORDS = 12;

/**
 * A title or a search folded for comparison: compatibility-decomposed, accents
 * and other combining marks dropped, lower case, spaces collapsed. "Café  Ünïcode"
 * and "cafe unicode" fold alike. Stores keep it beside the title to sort by name.
 */
export function foldTitle(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The distinct words of a search, folded; none means "no search". */
export function searchWords(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(foldTitle(query).split(" ").filter(Boolean))].slice(0, MAX_WORDS);
}

/** A plan matches when its folded title contains every word, anywhere and in any order. */
export function titleMatches(titleKey: string, words: readonly string[]): boolean {
  return words.every((word) => titleKey.includes(word));
}

/** What a listing asks for, as the store interface takes it. */
export interface PlanListQuery {
  ownerId: string;
  limit: number;
  cursor?: string;
  /** Words to find in the title (see searchWords); empty or absent lists everything. */
  query?: string;
  /** Newest first when absent. */
  sort?: PlanSort;
}

import { PLAN_QUERY_MAX, type PlanSort, PlanSortSchema } from "@/lib/store/plan-listing";

/** What "My plans" shows: a search (empty for none) and an order. Kept in the page URL. */
export interface ListParams {
  query: string;
  sort: PlanSort;
}

export const DEFAULT_LIST_PARAMS: ListParams = { query: "", sort: "newest" };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The page's `?q=&sort=`, forgivingly: a page answers whatever is typed into the
 * address bar (an unknown sort is the default one, an overlong search is cut),
 * whereas the API refuses bad values with a 400.
 */
export function readListParams(search: Record<string, string | string[] | undefined>): ListParams {
  const sort = PlanSortSchema.safeParse(first(search.sort));
  return {
    query: (first(search.q) ?? "").trim().slice(0, PLAN_QUERY_MAX),
    sort: sort.success ? sort.data : DEFAULT_LIST_PARAMS.sort,
  };
}

/** The page URL for these parameters; defaults are left out so `/plans` stays `/plans`. */
export function listPageUrl({ query, sort }: ListParams): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  if (sort !== DEFAULT_LIST_PARAMS.sort) params.set("sort", sort);
  const search = params.toString();
  return search ? `/plans?${search}` : "/plans";
}

/** The API call for one page of these parameters. */
export function listApiUrl({ query, sort }: ListParams, limit: number, cursor?: string | null): string {
  const params = new URLSearchParams({ limit: String(limit), sort });
  if (query.trim()) params.set("q", query.trim());
  if (cursor) params.set("cursor", cursor);
  return `/api/plans?${params}`;
}

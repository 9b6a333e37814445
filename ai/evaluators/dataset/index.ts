import { DE_CASES } from "./de";
import { EN_CASES } from "./en";
import { ES_CASES } from "./es";
import { FR_CASES } from "./fr";
import type { QualityCase } from "./types";

export type { QualityCase } from "./types";

/** The plan-quality dataset: descriptions across many industries in every language the planner writes. */
export const QUALITY_CASES: readonly QualityCase[] = [...EN_CASES, ...ES_CASES, ...FR_CASES, ...DE_CASES];

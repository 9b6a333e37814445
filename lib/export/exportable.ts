import { countryFromRegion, knownCountry } from "@/lib/calendar/holidays";
import type { PlanRecord } from "@/lib/plans/schema";

/** When the plan starts and whose public holidays it skips (from the owner's input). */
export interface ScheduleInput {
  startDate?: string;
  country?: string;
}

export function scheduleOf(input: PlanRecord["input"]): ScheduleInput {
  return { startDate: input.startDate, country: knownCountry(input.country) ?? countryFromRegion(input.region) };
}

/**
 * What an export needs: the plan and its metadata, nothing about the owner.
 * Both a saved record (through `exportableFromRecord`) and a shared plan fit.
 */
export type ExportablePlan = Pick<PlanRecord, "plan" | "generation" | "completeness" | "version" | "createdAt" | "updatedAt"> & {
  language: string | undefined;
  /** The plan id when the owner exports; a share link does not reveal it. */
  id?: string;
  schedule?: ScheduleInput;
};

export function exportableFromRecord(record: PlanRecord): ExportablePlan {
  const { id, plan, generation, completeness, version, createdAt, updatedAt } = record;
  return {
    id,
    plan,
    generation,
    completeness,
    version,
    createdAt,
    updatedAt,
    language: record.input.language,
    schedule: scheduleOf(record.input),
  };
}

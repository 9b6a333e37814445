import type { StatusComponent } from "@/lib/store/types";

/** The manual's weekly window (§6.1): Sunday 2:00 to 4:00 AM Pacific, every week. */
export const WEEKLY_MAINTENANCE = {
  title: "Weekly maintenance",
  /** 0 = Sunday. */
  weekday: 0,
  startHour: 2,
  endHour: 4,
  timeZone: "America/Los_Angeles",
  components: ["application", "ai_service", "database"] satisfies StatusComponent[],
} as const;

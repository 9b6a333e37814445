import type { Plan, PlanDraft } from "@/ai/schemas/plan";

/** Element types of the plan's lists, named once for the section renderers. */
export type Objective = PlanDraft["objectives"][number];
export type Strategy = PlanDraft["strategy"];
export type FunnelStep = Strategy["funnel"][number];
export type Channel = PlanDraft["channels"][number];
export type Budget = Plan["budget"];
export type BudgetAllocation = Budget["allocations"][number];
export type Roadmap = PlanDraft["roadmap"];
export type RoadmapPhase = Roadmap["phases"][number];
export type Milestone = RoadmapPhase["milestones"][number];
export type ContentItem = PlanDraft["contentCalendar"][number];
export type Kpis = PlanDraft["kpis"];
export type KpiMetric = Kpis["metrics"][number];
export type Review = Kpis["reviewCadence"][number];
export type Risk = PlanDraft["risks"][number];
export type Assumptions = PlanDraft["assumptions"];
export type Situation = PlanDraft["situation"];
export type Competitor = Situation["competitors"][number];
export type Audience = PlanDraft["audience"];
export type Segment = Audience["segments"][number];
export type Persona = Audience["personas"][number];
export type Positioning = PlanDraft["positioning"];

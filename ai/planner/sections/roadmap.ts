import type { PlanDraft } from "@/ai/schemas/plan";
import type { PlanContext } from "../context";
import { clip, joinList, lowerFirst } from "../text";
import type { ChannelId, Role, Tier } from "../types";
import { role, t } from "./helpers";

type Phase = PlanDraft["roadmap"]["phases"][number];
type Milestone = Phase["milestones"][number];
interface Step {
  title: string;
  deliverable: string;
  owner: string;
}

const SALES_CHANNELS: readonly ChannelId[] = ["outbound", "linkedin", "trade-shows", "partnerships", "referrals"];
const CONTENT_CHANNELS: readonly ChannelId[] = [
  "instagram",
  "tiktok",
  "youtube",
  "pinterest",
  "seo-content",
  "facebook",
  "email",
];

function ownerFor(ctx: PlanContext, id: ChannelId): string {
  const wanted: Role = SALES_CHANNELS.includes(id) ? "sales" : CONTENT_CHANNELS.includes(id) ? "content" : "marketing";
  return role(ctx, wanted);
}

function setups(ctx: PlanContext, tier: Tier, limit: number): Step[] {
  return ctx.channels
    .filter((channel) => channel.tier === tier)
    .slice(0, limit)
    .map((channel) => ({
      title: t(ctx, ctx.pack.channels[channel.id].setup, 200),
      deliverable: t(ctx, ctx.pack.channels[channel.id].deliverable, 300),
      owner: ownerFor(ctx, channel.id),
    }));
}

/** Spreads due days evenly inside a phase, ending on the phase's last day. */
function schedule(steps: Step[], start: number, end: number): Milestone[] {
  const span = end - start;
  return steps.map((step, i) => ({
    title: step.title,
    owner: clip(step.owner, 80),
    dueDay: Math.round(start + (span * (i + 1)) / steps.length),
    deliverable: step.deliverable,
  }));
}

export function buildRoadmap(ctx: PlanContext, objectives: PlanDraft["objectives"]): PlanDraft["roadmap"] {
  const r = ctx.pack.sections.roadmap;
  const step = (copy: { title: string; deliverable: string }, owner: string, extra: Record<string, string> = {}): Step => ({
    title: t(ctx, copy.title, 200, extra),
    deliverable: t(ctx, copy.deliverable, 300, extra),
    owner,
  });
  const owner = role(ctx, "owner");
  const marketing = role(ctx, "marketing");
  const objective = objectives[0]?.title ?? "";
  const campaignChannels = joinList(ctx.channelNames.slice(0, 2), ctx.pack.core.and);
  const perPhase = ctx.mods.shorter ? 2 : 4;
  // A regeneration starts with the customer interviews instead of tracking: both orders work.
  const tracking = step(r.tracking, marketing);
  const interviews = step(r.interviews, owner);
  const phase1 =
    ctx.mods.variant % 2 === 1
      ? [interviews, ...setups(ctx, "proven", 2), tracking]
      : [tracking, ...setups(ctx, "proven", 2), interviews];
  const phase2 = [
    ...setups(ctx, "next", 2),
    step(r.campaign, marketing, {
      objective: clip(ctx.lang === "de" ? objective : lowerFirst(objective), 120),
      channels: campaignChannels,
    }),
    step(r.reviews, role(ctx, "team")),
  ];
  const phase3 = [...setups(ctx, "experimental", 2), step(r.optimise, marketing), step(r.review, owner)];
  const trim = (steps: Step[]) =>
    steps.length > perPhase ? [...steps.slice(0, perPhase - 1), steps[steps.length - 1] as Step] : steps;
  return {
    phases: [
      { days: 30, focus: t(ctx, r.focus[0] ?? "", 300), milestones: schedule(trim(phase1), 0, 30) },
      { days: 60, focus: t(ctx, r.focus[1] ?? "", 300), milestones: schedule(trim(phase2), 30, 60) },
      { days: 90, focus: t(ctx, r.focus[2] ?? "", 300), milestones: schedule(trim(phase3), 60, 90) },
    ],
  };
}

import type { PlanDraft } from "@/ai/schemas/plan";
import type { CHANNELS } from "../channels/catalogue";
import type { PlanContext } from "../context";
import { clip } from "../text";
import type { FunnelStage } from "../types";
import { role, t } from "./helpers";

const EXTRA_STAGES: readonly FunnelStage[] = ["awareness", "consideration", "consideration", "conversion"];
/** Channels that publish content; ads and listings appear only when nothing else is selected. */
const PUBLISHING = new Set([
  "instagram",
  "tiktok",
  "facebook",
  "youtube",
  "pinterest",
  "linkedin",
  "seo-content",
  "email",
  "google-business-profile",
  "pr",
  "webinars",
  "community-groups",
  "events",
]);

export function buildContentCalendar(ctx: PlanContext): PlanDraft["contentCalendar"] {
  const content = ctx.channels
    .map((channel, i) => ({ channel, name: ctx.channelNames[i] ?? "" }))
    .filter((c) => PUBLISHING.has(c.channel.id));
  const pool = content.length >= 2 ? content : ctx.channels.map((channel, i) => ({ channel, name: ctx.channelNames[i] ?? "" }));
  const topics = ctx.copy.topics.map((topic, i) => ({ topic, stage: ctx.profile.topicStages[i] ?? "awareness" }));
  const extras = ctx.pack.sections.calendar.extra.map((topic, i) => ({ topic, stage: EXTRA_STAGES[i] ?? "awareness" }));
  const owner = role(ctx, "content");
  const shift = ctx.mods.variant;
  const items: PlanDraft["contentCalendar"] = [];
  for (let week = 1; week <= 13; week++) {
    const main = topics[(week - 1 + shift) % topics.length];
    const where = pool[(week - 1 + shift) % pool.length];
    if (main && where) items.push(item(ctx, week, where, main, owner));
    if (!ctx.mods.shorter && week % 2 === 1) {
      const extra = extras[(week + shift) % extras.length];
      const second = pool[(week + shift) % pool.length];
      if (extra && second) items.push(item(ctx, week, second, extra, owner));
    }
  }
  return items;
}

function item(
  ctx: PlanContext,
  week: number,
  where: { channel: { id: keyof typeof CHANNELS }; name: string },
  topic: { topic: string; stage: FunnelStage },
  owner: string,
): PlanDraft["contentCalendar"][number] {
  return {
    week,
    channel: clip(where.name, 80),
    format: clip(ctx.pack.channels[where.channel.id].format, 80),
    topic: t(ctx, topic.topic, 200),
    funnelStage: topic.stage,
    owner: clip(owner, 80),
  };
}

import "server-only";
import { generateMarketingPlanFlow } from "@/ai/flows/generate-marketing-plan";
import { preferredModel } from "@/ai/model-choice";
import type { PartialPlanDraft, PlanStreamChunk } from "@/ai/schemas/generation";
import { SECTION_KEYS, type SectionKey } from "@/ai/schemas/plan";
import type { PlanInput } from "@/ai/schemas/plan-input";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { measureGeneration } from "@/lib/metrics/generation";
import { getStore } from "@/lib/store";
import type { GenerateEvent } from "./schema";
import { newPlanRecord } from "./service";
import { signUnsavedPlan } from "./unsaved";

type Emit = (event: GenerateEvent) => void;

/**
 * Turns the flow's stream of partial plans into per-section events: a section
 * is sent when it changes and marked complete once the model has moved past it.
 * Sections already sent complete are not looked at again.
 */
export class SectionTracker {
  private attempt = 0;
  private sent = new Map<SectionKey, string>();
  private completed = new Set<SectionKey>();

  constructor(private readonly emit: Emit) {}

  update(attempt: number, plan: PartialPlanDraft): void {
    if (attempt !== this.attempt) {
      this.attempt = attempt;
      this.sent.clear();
      this.completed.clear();
    }
    const present = Object.keys(plan).filter((key): key is SectionKey => (SECTION_KEYS as readonly string[]).includes(key));
    present.forEach((section, index) => {
      if (this.completed.has(section)) return;
      this.send(section, plan[section], index < present.length - 1);
    });
  }

  /** Marks every section still in progress complete, once the model has finished. */
  finish(plan: PartialPlanDraft): void {
    for (const section of SECTION_KEYS) {
      if (!this.completed.has(section) && plan[section] !== undefined) this.send(section, plan[section], true);
    }
  }

  private send(section: SectionKey, value: unknown, complete: boolean): void {
    const json = JSON.stringify(value);
    if (complete) this.completed.add(section);
    if (this.sent.get(section) === json && !complete) return;
    this.sent.set(section, json);
    this.emit({ event: "section", data: { attempt: this.attempt, section, value, complete } });
  }
}

/**
 * Generates a plan, streaming sections as they are written, saves it, and only
 * then emits the final `plan` event. Aborting `signal` cancels the model call.
 */
export async function generateAndSavePlan(args: {
  requestId: string;
  input: PlanInput;
  ownerId: string | null;
  signal: AbortSignal;
  emit: Emit;
}): Promise<void> {
  const { requestId, input, ownerId, signal, emit } = args;
  emit({ event: "meta", data: { requestId, ...preferredModel(getEnv()) } });
  const tracker = new SectionTracker(emit);
  const { stream, output } = generateMarketingPlanFlow().stream(input, { abortSignal: signal });
  const consume = (async () => {
    for await (const chunk of stream as AsyncIterable<PlanStreamChunk>) {
      if (chunk.kind === "partial") tracker.update(chunk.attempt, chunk.plan);
      else emit({ event: "notice", data: chunk.notice });
    }
  })().catch(() => undefined); // a failed stream also rejects `output`, which is handled below
  const result = await measureGeneration({
    kind: "plan",
    signal,
    run: async () => {
      const done = await output;
      await consume;
      return done;
    },
    meta: (done) => done.generation,
  });
  tracker.finish(result.plan);
  const record = newPlanRecord({ input, result, ownerId });
  try {
    await getStore().createPlan({ record });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "store_unavailable")) throw error;
    log.warn("plan.save_deferred", { planId: record.id, error: error.message });
    const message =
      "Your plan is ready, but it could not be saved just now. It is kept in this browser and will be saved as soon as possible.";
    emit({ event: "unsaved", data: { record, signature: signUnsavedPlan(record), message } });
    return;
  }
  emit({ event: "plan", data: record });
}

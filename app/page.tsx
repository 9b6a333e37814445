import { NewPlanWorkspace } from "@/components/generate/new-plan-workspace";

export default function HomePage() {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-balance">Create a marketing plan</h1>
        <p className="max-w-2xl text-lg muted">
          Describe your business in a few sentences. You get a complete, structured plan: audience, positioning, objectives,
          channels, budget, a 90-day roadmap and a content calendar, written section by section while you watch.
        </p>
      </header>
      <NewPlanWorkspace />
    </div>
  );
}

export default function PlanLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="muted">
        Loading the plan…
      </p>
      <div className="h-9 w-2/3 animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
      <div className="h-24 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
      <div className="h-64 animate-pulse rounded-xl bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
    </div>
  );
}

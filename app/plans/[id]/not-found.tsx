import Link from "next/link";

export default function PlanNotFound() {
  return (
    <div className="card mx-auto max-w-xl space-y-3 text-center">
      <h1 className="text-2xl font-bold">We could not find that plan</h1>
      <p className="muted">The link may be mistyped, or the plan was deleted.</p>
      <Link href="/" className="btn-primary">
        Create a new plan
      </Link>
    </div>
  );
}

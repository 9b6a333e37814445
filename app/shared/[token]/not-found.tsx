import Link from "next/link";

export default function SharedPlanNotFound() {
  return (
    <div className="card mx-auto max-w-xl space-y-3 text-center">
      <h1 className="text-2xl font-bold">This link does not work any more</h1>
      <p className="muted">The plan's owner may have stopped sharing it, or the link was copied incompletely.</p>
      <Link href="/" className="btn-primary">
        Create a plan of your own
      </Link>
    </div>
  );
}

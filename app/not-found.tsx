import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false, follow: false } };

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-xl space-y-3 text-center">
      <h1 className="text-2xl font-bold">There is no page at this address</h1>
      <p className="muted">The link may be mistyped or out of date.</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href="/" className="btn-primary">
          Create a plan
        </Link>
        <Link href="/plans" className="btn-secondary">
          My plans
        </Link>
      </div>
    </div>
  );
}

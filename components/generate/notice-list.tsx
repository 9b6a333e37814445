import type { Notice } from "@/ai/schemas/generation";

function describeNotice(notice: Notice): { title: string; body: string } {
  if (notice.kind === "retrying") {
    const wait = notice.delayMs >= 1000 ? `${Math.round(notice.delayMs / 100) / 10} s` : `${notice.delayMs} ms`;
    return {
      title: "Trying again",
      body: `The AI model did not answer properly (${notice.reason}). Retry ${notice.attempt} starts in ${wait}.`,
    };
  }
  return { title: "Switched to the built-in planner", body: notice.message };
}

/** Retries and fallbacks, said plainly while they happen. */
export function NoticeList({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="space-y-2" data-testid="notices">
      {notices.map((notice) => {
        const { title, body } = describeNotice(notice);
        return (
          <li
            key={notice.kind === "retrying" ? `retry-${notice.attempt}` : `fallback-${notice.reason}`}
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
          >
            <span className="font-semibold">{title}: </span>
            {body}
          </li>
        );
      })}
    </ul>
  );
}

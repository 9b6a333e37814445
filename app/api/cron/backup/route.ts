import { backupSettings } from "@/lib/backup/backup-settings";
import { runBackup } from "@/lib/backup/run-backup";
import { json, route } from "@/lib/http/route";
import { requireOpsToken } from "@/lib/ops-auth/ops-token";
import { getStore } from "@/lib/store";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";
// A Firestore managed export is waited for; Cloud Scheduler's attempt deadline allows up to 30 minutes.
export const maxDuration = 1800;

/**
 * The daily backup for Cloud Scheduler (docs/disaster-recovery.md): what
 * `ops backup` does, the heartbeat included, so the "No Successful Backup"
 * alert hears of scheduled exports too.
 */
export const POST = route(async ({ request }) => {
  requireOpsToken(request);
  const outcome = await runBackup({ store: getStore(), settings: backupSettings(), now: new Date() });
  return outcome.kind === "firestore"
    ? json({
        kind: outcome.kind,
        seconds: outcome.seconds,
        location: outcome.export.outputUriPrefix,
        bytes: outcome.export.bytes,
      })
    : json({ kind: outcome.kind, seconds: outcome.seconds, location: outcome.manifest.id, bytes: outcome.manifest.bytes });
});

import { describe } from "vitest";
import { describeAlertContract } from "./contract/alerts";
import { describeAnalyticsUserContract } from "./contract/analytics-users";
import { describeBackupHeartbeatContract } from "./contract/backup-heartbeat";
import { type StoreFactory, useStoreUnderTest } from "./contract/context";
import { describeIncidentContract } from "./contract/incidents";
import { describeLeaseContract } from "./contract/leases";
import { describeListingContract } from "./contract/listing";
import { describePlanContract } from "./contract/plans";
import { describeQuotaContract } from "./contract/quota";
import { describeRollupContract } from "./contract/rollups";
import { describeShareLinkContract } from "./contract/share-links";
import { describeTransferTokenContract } from "./contract/transfer-tokens";
import { describeUptimeDayContract } from "./contract/uptime-days";
import { describeUserContract } from "./contract/users";
import { describeVersionContract } from "./contract/versions";

export type { StoreFactory, StoreUnderTest } from "./contract/context";

/**
 * The one contract every Store implementation passes. `factory` gives each
 * test an empty store; `another`, when given, opens a second instance on the
 * same data (another process, another App Hosting instance) for the
 * concurrency cases.
 */
export function describeStoreContract(name: string, factory: StoreFactory): void {
  describe(`${name} store contract`, () => {
    const ctx = useStoreUnderTest(factory);
    describePlanContract(ctx);
    describeListingContract(ctx);
    describeVersionContract(ctx);
    describeUserContract(ctx);
    describeShareLinkContract(ctx);
    describeTransferTokenContract(ctx);
    describeQuotaContract(ctx);
    describeAnalyticsUserContract(ctx);
    describeRollupContract(ctx);
    describeIncidentContract(ctx);
    describeLeaseContract(ctx);
    describeAlertContract(ctx);
    describeBackupHeartbeatContract(ctx);
    describeUptimeDayContract(ctx);
  });
}

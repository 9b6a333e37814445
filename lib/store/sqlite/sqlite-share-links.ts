import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { type ShareLink, ShareLinkSchema } from "../records";
import { normalizeShareLink, readBack } from "../store-rules";
import { isConstraintViolation } from "./sqlite-database";

const LINK_COLUMNS =
  "token_hash AS tokenHash, plan_id AS planId, owner_id AS ownerId, created_at AS createdAt, revoked_at AS revokedAt";

/** Share links, keyed by the SHA-256 of their token. */
export class SqliteShareLinks {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO share_links (token_hash, plan_id, owner_id, created_at, revoked_at) VALUES (@tokenHash, @planId, @ownerId, @createdAt, @revokedAt)",
      ),
      read: db.prepare(`SELECT ${LINK_COLUMNS} FROM share_links WHERE token_hash = ?`),
      revoke: db.prepare("UPDATE share_links SET revoked_at = ? WHERE plan_id = ? AND revoked_at IS NULL"),
    };
  }

  createShareLink({ link }: { link: ShareLink }): void {
    const valid = normalizeShareLink(link);
    try {
      this.statements.insert.run(valid);
    } catch (error) {
      if (isConstraintViolation(error)) {
        throw new AppError("internal", "A share link with this token hash already exists", { cause: error });
      }
      throw error;
    }
  }

  getShareLink({ tokenHash }: { tokenHash: string }): ShareLink | null {
    const row = this.statements.read.get(tokenHash);
    return row === undefined ? null : readBack(ShareLinkSchema, row, "share link");
  }

  revokeShareLinks({ planId, at }: { planId: string; at: Date }): number {
    return this.statements.revoke.run(at.toISOString(), planId).changes;
  }
}

import "server-only";
import type Database from "better-sqlite3";
import { AppError } from "@/lib/errors";
import { readBack } from "../store-rules";
import { type TransferToken, TransferTokenSchema } from "../transfer-records";
import { isConstraintViolation } from "./sqlite-database";

const COLUMNS =
  "token_hash AS tokenHash, owner_id AS ownerId, created_at AS createdAt, expires_at AS expiresAt, used_at AS usedAt";

/** Transfer codes (migration 11), keyed by the SHA-256 of the code. */
export class SqliteTransferTokens {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      insert: db.prepare(
        "INSERT INTO transfer_tokens (token_hash, owner_id, created_at, expires_at, used_at) VALUES (@tokenHash, @ownerId, @createdAt, @expiresAt, @usedAt)",
      ),
      // One statement: of two browsers redeeming the same code at once, exactly one wins.
      use: db.prepare("UPDATE transfer_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?"),
      read: db.prepare(`SELECT ${COLUMNS} FROM transfer_tokens WHERE token_hash = ?`),
    };
  }

  createTransferToken({ token }: { token: TransferToken }): void {
    const valid = TransferTokenSchema.parse(token);
    try {
      this.statements.insert.run(valid);
    } catch (error) {
      if (isConstraintViolation(error))
        throw new AppError("internal", "A transfer code with this hash already exists", { cause: error });
      throw error;
    }
  }

  redeemTransferToken({ tokenHash, at }: { tokenHash: string; at: Date }): TransferToken | null {
    const when = at.toISOString();
    if (this.statements.use.run(when, tokenHash, when).changes !== 1) return null;
    return readBack(TransferTokenSchema, this.statements.read.get(tokenHash), "transfer token");
  }
}

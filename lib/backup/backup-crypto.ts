import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { Transform } from "node:stream";
import { AppError } from "@/lib/errors";

/**
 * Encrypted backup layout: MAGIC (8 bytes) | IV (12) | AES-256-GCM ciphertext | tag (16).
 * The tag authenticates every byte, so a flipped bit anywhere fails decryption.
 */
const MAGIC = Buffer.from("MPBKUP01", "ascii");
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + IV_BYTES;

/** The key from BACKUP_ENCRYPTION_KEY (64 hex characters: 32 bytes). */
export function parseBackupKey(hex: string): Buffer {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new AppError("bad_request", "BACKUP_ENCRYPTION_KEY must be 64 hex characters");
  return Buffer.from(hex, "hex");
}

/** A short, non-secret name for a key, so a manifest says which key it needs without revealing it. */
export function keyFingerprint(key: Buffer): string {
  return createHash("sha256").update("marketplan-backup-key").update(key).digest("hex").slice(0, 16);
}

/** A transform that writes the header, then encrypts, then appends the tag. */
export function encryptStream(key: Buffer): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!started) {
        this.push(Buffer.concat([MAGIC, iv]));
        started = true;
      }
      done(null, cipher.update(chunk));
    },
    flush(done) {
      if (!started) this.push(Buffer.concat([MAGIC, iv]));
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/** True when the file starts with the encrypted-backup header. */
export function isEncryptedFile(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(MAGIC.length);
    const read = fs.readSync(fd, head, 0, MAGIC.length, 0);
    return read === MAGIC.length && head.equals(MAGIC);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads the header and tag of an encrypted file, and returns the decipher plus
 * the byte range of the ciphertext to stream through it. A wrong key or any
 * changed byte makes the decipher's final() throw.
 */
export function openEncrypted(file: string, key: Buffer) {
  const size = fs.statSync(file).size;
  if (size < HEADER_BYTES + TAG_BYTES || !isEncryptedFile(file)) {
    throw new AppError("bad_request", `${file} is not an encrypted backup (header missing or file truncated)`);
  }
  const fd = fs.openSync(file, "r");
  const iv = Buffer.alloc(IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  try {
    fs.readSync(fd, iv, 0, IV_BYTES, MAGIC.length);
    fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    fs.closeSync(fd);
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  return { decipher, start: HEADER_BYTES, end: size - TAG_BYTES - 1 };
}

import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { Transform, Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// Backup files, copied in and out with their SHA-256 computed on the way. With a key every
// file is AES-256-GCM encrypted as a stream: MAGIC, a random 12-byte IV, the ciphertext, then
// the 16-byte authentication tag. The key is BACKUP_KEY (32 random bytes, base64).

const MAGIC = Buffer.from("PBK1");
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;
export const ENCRYPTED_SUFFIX = ".enc";

export class BackupKeyError extends Error {}

export function backupKey(base64: string | undefined): Buffer | null {
  return base64 ? Buffer.from(base64, "base64") : null;
}

/** A pass-through stream that hashes what it sees and counts its bytes. */
function hashing() {
  const hash = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ sha256: hash.digest("hex"), size }) };
}

/**
 * Copies `source` to `target` (encrypting it when there is a key); returns the size and
 * SHA-256 of the plain content. Written under a temporary name, renamed when complete.
 */
export async function writeBackupFile(source: string, target: string, key: Buffer | null): Promise<{ size: number; sha256: string }> {
  const hash = hashing();
  const temporary = `${target}.tmp`;
  const output = createWriteStream(temporary, { flags: "wx" });
  try {
    if (key) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      // The header before the ciphertext, the tag (known once the cipher has ended) after it.
      const framed = new Transform({
        transform: (chunk: Buffer, _encoding, done) => done(null, chunk),
        flush: (done) => done(null, cipher.getAuthTag()),
      });
      framed.push(Buffer.concat([MAGIC, iv]));
      await pipeline(createReadStream(source), hash.stream, cipher, framed, output);
    } else {
      await pipeline(createReadStream(source), hash.stream, output);
    }
  } catch (error) {
    output.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
  await rename(temporary, target);
  return hash.result();
}

/** Reads a backup file's plain content as a stream (decrypting it with the key). */
async function plainStream(stored: string, key: Buffer | null): Promise<Readable> {
  if (!key) return createReadStream(stored);
  const handle = await open(stored, "r");
  try {
    const { size } = await handle.stat();
    if (size < HEADER_BYTES + TAG_BYTES) throw new BackupKeyError(`${stored}: not an encrypted backup file`);
    const header = Buffer.alloc(HEADER_BYTES);
    const tag = Buffer.alloc(TAG_BYTES);
    await handle.read(header, 0, HEADER_BYTES, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupKeyError(`${stored}: not an encrypted backup file`);
    const decipher = createDecipheriv("aes-256-gcm", key, header.subarray(MAGIC.length));
    decipher.setAuthTag(tag);
    const input = createReadStream(stored, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 });
    input.on("error", (error) => decipher.destroy(error));
    return input.pipe(decipher);
  } finally {
    await handle.close();
  }
}

/**
 * The size and SHA-256 of a stored file's plain content; with `target`, the content is also
 * written there (under a temporary name, renamed only once the whole file decrypted and
 * authenticated). A wrong key or a changed byte fails with BackupKeyError.
 */
export async function readBackupFile(stored: string, key: Buffer | null, target?: string): Promise<{ size: number; sha256: string }> {
  const hash = hashing();
  const temporary = target ? `${target}.tmp` : null;
  const sink = temporary ? createWriteStream(temporary) : new Writable({ write: (_chunk, _encoding, done) => done() });
  try {
    await pipeline(await plainStream(stored, key), hash.stream, sink);
  } catch (error) {
    if (temporary) await rm(temporary, { force: true });
    if (key && !(error instanceof BackupKeyError) && /authenticate|auth tag/i.test((error as Error).message)) {
      throw new BackupKeyError(`${stored}: cannot be decrypted (wrong BACKUP_KEY, or the file was changed)`);
    }
    throw error;
  }
  if (temporary && target) await rename(temporary, target);
  return hash.result();
}

/** Encrypts (or passes through) a small in-memory document, e.g. the manifest. */
export function sealBuffer(plain: Buffer, key: Buffer | null): Buffer {
  if (!key) return plain;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([MAGIC, iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function openBuffer(stored: Buffer, key: Buffer | null): Buffer {
  if (!key) return stored;
  if (stored.length < HEADER_BYTES + TAG_BYTES || !stored.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupKeyError("not an encrypted backup file");
  const decipher = createDecipheriv("aes-256-gcm", key, stored.subarray(MAGIC.length, HEADER_BYTES));
  decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(stored.subarray(HEADER_BYTES, stored.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BackupKeyError("the backup cannot be decrypted: wrong BACKUP_KEY, or its manifest was changed");
  }
}

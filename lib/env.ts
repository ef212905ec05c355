import { z } from "zod";

// Every setting the server reads, validated once at start-up (scripts/prestart.ts and
// instrumentation.ts). A bad value stops the server with a message naming the variable.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./data/portal.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_NAME: z.string().trim().min(2).max(40).default("昌吉回族自治州人民政府"),
  UPLOAD_DIR: z.string().min(1).default("./data/uploads"),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

// The version of the privacy policy (/privacy, text in prisma/seed-data/privacy.ts).
// Registration records which version the person accepted; bump it with every change of the
// policy text.
export const PRIVACY_POLICY_VERSION = "2026-12-02.5";
export const PRIVACY_POLICY_PATH = "/privacy";

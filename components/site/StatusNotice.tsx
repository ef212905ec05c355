const tones = {
  success: "border-green-700 bg-green-50",
  warning: "border-amber-600 bg-amber-50",
} as const;

/** A message about what just happened (saved, signed out, ...), announced politely. */
export function StatusNotice({ tone = "success", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return (
    <p role="status" className={`mb-4 border-l-4 p-3 ${tones[tone]}`}>
      {children}
    </p>
  );
}

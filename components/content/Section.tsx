import Link from "next/link";

/** A titled block on the home page with a "more" link. */
export function Section({
  title,
  moreHref,
  children,
}: {
  title: string;
  moreHref?: string;
  children: React.ReactNode;
}) {
  const id = `section-${title}`;
  return (
    <section aria-labelledby={id} className="rounded border border-line bg-white p-4">
      <div className="mb-2 flex items-center justify-between border-b-2 border-gov-red pb-1">
        <h2 id={id} className="text-lg font-bold text-gov-red">
          {title}
        </h2>
        {moreHref && (
          <Link href={moreHref} className="text-sm" aria-label={`更多${title}`}>
            更多 »
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

import Link from "next/link";

/** A section of /account: a heading, the list or what to say when it is empty, and a link onwards. */
export function AccountSection({
  id,
  title,
  empty,
  link,
  children,
}: {
  id: string;
  title: string;
  /** Said instead of the list when there is nothing (null: the list is shown) */
  empty: string | null;
  link?: { href: string; label: string };
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {empty === null ? children : <p>{empty}</p>}
      {link ? (
        <p className="mt-3">
          <Link href={link.href}>{link.label}</Link>
        </p>
      ) : null}
    </section>
  );
}

// The staff console's tables: scrollable on narrow screens, a caption for screen readers
// and a header row of column names. The rows are the children.
export function DataTable({
  caption,
  columns,
  children,
  className = "",
}: {
  caption: string;
  columns: React.ReactNode[];
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`overflow-x-auto ${className}`.trim()}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {columns.map((column, index) => (
              <th key={index} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

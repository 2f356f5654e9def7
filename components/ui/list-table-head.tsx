/** The header row of the small settings tables (users, tokens): plain column names, then an unnamed actions column. */
export function ListTableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="text-xs text-zinc-500">
      <tr>
        {columns.map((c) => (
          <th key={c} className="py-2 pr-3 font-medium">
            {c}
          </th>
        ))}
        <th className="py-2 font-medium">
          <span className="sr-only">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

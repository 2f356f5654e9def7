// What the datasets page says before there is anything to list: the two ways in.
export function DatasetsEmptyState() {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 bg-white p-8">
      <h2 className="text-base font-semibold">No datasets yet</h2>
      <p className="mt-2 max-w-xl text-sm text-zinc-600">
        A dataset holds the conversations you are curating for one fine-tune. Create one with the form, then drop a JSONL file on its page: one conversation per
        line, in OpenAI&apos;s chat or preference format. Lines that do not pass the format check are kept and marked invalid, so you can fix them here.
      </p>
      <p className="mt-4 text-sm text-zinc-600">Or import from a terminal, which creates the dataset if it is missing:</p>
      <pre className="mt-2 overflow-x-auto rounded-md bg-zinc-900 px-3 py-2 font-mono text-sm text-zinc-100">
        <code>npx tuneset import FILE --dataset NAME</code>
      </pre>
    </div>
  );
}

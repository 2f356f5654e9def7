import { splitMarks } from "@/lib/search/snippet-marks";

// Why a row matched the search: the words around the matches with the matches marked.
// The marks are built from the snippet's delimiters, never from markup in the text, so
// a conversation that says <script> shows the word <script>.

export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="mt-0.5 line-clamp-2 break-words text-xs text-zinc-600">
      <span className="sr-only">Matched: </span>
      {splitMarks(snippet).map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-zinc-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

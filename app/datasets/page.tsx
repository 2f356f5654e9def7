import { redirect } from "next/navigation";

// The datasets list is the home page; the navigation and every breadcrumb say "Datasets",
// so this address, which people type or guess from a dataset's own, leads there too.
export default function DatasetsIndex(): never {
  redirect("/");
}

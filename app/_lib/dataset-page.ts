import type { Metadata } from "next";
import { datasetForPage } from "./page-access";

// The preamble every page under /datasets/[id] shares: its props, and a title that
// names the page and the dataset ("Trash · Support chats"), read through the same
// cached, access-checked datasetForPage as the page itself.

export type DatasetPageProps = { params: Promise<{ id: string }> };
export type DatasetPageQueryProps = DatasetPageProps & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** generateMetadata for a dataset page: "<page> · <dataset>", or the dataset's name alone. */
export function datasetPageTitle(page?: string) {
  return async function generateMetadata({ params }: DatasetPageProps): Promise<Metadata> {
    const dataset = await datasetForPage((await params).id);
    return { title: page ? `${page} · ${dataset.name}` : dataset.name };
  };
}

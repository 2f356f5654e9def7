import type { ReactNode } from "react";
import { DatasetBreadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";

/** The head of a page under a dataset: "Datasets / <dataset> /", then the page's title and description. */
export function DatasetPageHeader(props: {
  dataset: { id: string; name: string };
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
}) {
  return <PageHeader breadcrumb={<DatasetBreadcrumb dataset={props.dataset} />} {...props} />;
}

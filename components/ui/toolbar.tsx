import type { ComponentProps } from "react";

/** A row of controls above a table or a panel's content: buttons, filters, a count. */
export function Toolbar({ className, ...props }: ComponentProps<"div">) {
  return <div className={`flex items-center gap-2${className ? ` ${className}` : ""}`} {...props} />;
}

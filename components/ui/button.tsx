import type { ComponentPropsWithRef } from "react";

// Button looks shared by <button>, <Link> and <a download>: a link that starts a
// download or opens a page should look like the button it stands in for.
// No hooks here, so server and client components can both render it.

/** "plain" brings no colours, for a caller that sets its own. */
export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger" | "success" | "plain";
export type ButtonSize = "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors " +
  "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-zinc-900 text-white shadow-sm hover:bg-zinc-700",
  secondary: "border border-zinc-300 bg-white text-zinc-800 shadow-sm hover:bg-zinc-100",
  ghost: "text-zinc-600 hover:bg-zinc-200/60 hover:text-zinc-900",
  danger: "border border-red-200 bg-white text-red-700 shadow-sm hover:bg-red-50",
  success: "border border-emerald-200 bg-white text-emerald-700 shadow-sm hover:bg-emerald-50",
  plain: "border shadow-sm",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "h-7 px-2.5 text-xs",
  md: "h-8 px-3 text-sm",
};

export function buttonClasses(variant: ButtonVariant = "secondary", size: ButtonSize = "md", extra = ""): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]} ${extra}`.trim();
}

type Props = ComponentPropsWithRef<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant = "secondary", size = "md", className = "", type = "button", ...rest }: Props) {
  return <button type={type} className={buttonClasses(variant, size, className)} {...rest} />;
}

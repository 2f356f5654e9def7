// The code was written to about 160 columns (long JSX attribute lists, one-line zod
// schemas and test tables): measured on the tree, 160 changes the fewest lines of the
// widths that still read on one screen (140 rewrites half as many lines again), so the
// one formatting commit stays reviewable. The rest is Prettier's default, which the
// code already follows: double quotes, semicolons, trailing commas, (x) => arrows.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 160,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
};

export default config;

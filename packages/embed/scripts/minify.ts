// Minifies the HTML and CSS inside Lit's html`` / svg`` / css`` literals of the widgets' sources: the
// JavaScript minifier leaves template strings untouched, and their indentation is a good part of each widget.
import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/** Sources whose literals are minified: the elements and packages they render with (Lit templates, CSS). */
const SOURCES = /[\\/]packages[\\/](elements|content|tokens)[\\/]src[\\/].+\.(ts|js)$/;
const TESTS = /\.(test|stories)\.ts$/;

// Conservative on purpose: every run of whitespace becomes one space instead of disappearing, so the space
// between inline elements and around `${}` bindings survives (« <strong>Attention :</strong> ${text} »).
// Templates are fragments (a lone <li>, an open tag closed by another template): never auto-close them.
// Empty attributes stay (`alt=""` means decorative), and attributes keep their quotes as written. Style attributes are left alone: the CSS minifier would
// turn `style=${styleMap(…)}` into `style=${…};`, which Lit no longer sees as a directive binding. The css``
// literals are minified all the same (by minify-literals' own CSS pass).
export const HTML_OPTIONS = {
  caseSensitive: true,
  collapseWhitespace: true,
  conservativeCollapse: true,
  partialMarkup: true,
  decodeEntities: false,
  removeComments: true,
  removeAttributeQuotes: false,
  removeEmptyAttributes: false,
  removeRedundantAttributes: false,
  collapseBooleanAttributes: false,
  minifyJS: false,
  minifyCSS: false,
};

export function minifyLiteralsPlugin(): Plugin {
  return {
    name: 'passerelle-minify-literals',
    // After the TypeScript transform: what is parsed is the JavaScript that ships.
    enforce: 'post',
    async transform(code, id) {
      if (!SOURCES.test(id) || TESTS.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: HTML_OPTIONS, sourceMap: false });
      return result ? { code: result.code, map: null } : null;
    },
  };
}

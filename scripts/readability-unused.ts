/**
 * Build step: @mozilla/readability without the work Shutten's use of it never reaches or never reads.
 * lib/content/page/readability.ts runs it on a clone with every script and noscript removed (PRUNED), reads
 * only the `content` of what parse() returns, and of it only the text, tags and hidden flags (paragraphsOf),
 * and passes `disableJSONLD` and `keepClasses` (READABILITY_OPTIONS). So twelve pieces of Readability are dead
 * weight in the content script, which ships on every page under a size budget (tests/e2e/perf.test.ts):
 * - its JSON-LD reader (`_getJSONLD` and the schema.org type list only it reads): the option skips it, and on
 *   the pruned clone it would find no script anyway;
 * - its removal of scripts and noscripts (`_removeScripts`): the clone has none left;
 * - its noscript images (the second half of `_unwrapNoscriptImages`, and `_isSingleImage` only it calls): the
 *   clone has no noscript; the first half, which drops placeholder <img>s and so changes the scores, stays;
 * - its class cleaning (`_cleanClasses`, with the classes it keeps, `CLASSES_TO_PRESERVE` and the option's
 *   copy of them, which only it reads): the option skips it, and no class is read after it;
 * - four of its patterns no code of its version reads any more (REGEXPS' extraneous, replaceFonts, nextLink and
 *   prevLink);
 * - its `_fixRelativeUris`: the absolute URLs (the href, src, poster and srcset it rewrites, with the srcset
 *   pattern), attributes nothing reads after, and its turning `javascript:` links into their text or a <span>:
 *   paragraphsOf joins an <a> and a <span> alike (only a hidden or contenteditable link would read otherwise,
 *   and no page of ours has one: same paragraphs on every fixture and training page);
 * - its style cleaning (`_cleanStyles`, with the lists of presentational attributes only it reads): it runs
 *   after Readability has judged what is visible, and nothing reads `style`, `align`, `width`… after it;
 * - its unwrapping of nested boxes (`_simplifyNestedElements`, after the content is picked): it replaces a
 *   <div>/<section> holding one <div>/<section> and no text by that child and drops empty ones — blocks in
 *   blocks, so the same text breaks into the same paragraphs either way;
 * - the rest of its result: the excerpt (from the meta tags, else the first paragraph), the site's name, the
 *   publishing time, and the title, byline, direction, language and text beside the content. The title and the
 *   byline it reads from the meta tags stay: they decide which heading and byline it drops from the content.
 *   Its meta-tag patterns collect only the title's and the byline's names (no description, site_name, pub-date).
 *   With those fields go the work only they read: the text's direction (looked up the chosen box's ancestors),
 *   the page's language and the fields' inits;
 * - its element limit (`maxElemsToParse`: no caller sets it, and its default, 0, means none), and the debug and
 *   JSDOMParser flags, which only the branches readability-quiet drops read;
 * - of its fix for lazy images, the work on an <img>'s or <picture>'s own attributes (dropping a base64
 *   placeholder's src, copying data-src into src or srcset): nothing reads them after. A <figure> with no image
 *   still gets the <img> it builds from a data-src, which changes the image counts its cleaning weighs.
 * - its constructor's care for other callers: an old caller's URI as the first argument (readabilityParagraphs
 *   passes a Document and READABILITY_OPTIONS, whose serializer makes the default one dead too) and the wrong
 *   argument's message (the catch around it reads none; the throw stays), with the flags of the two options
 *   whose work is gone above (`_disableJSONLD`, `_keepClasses`), and `_findNode`, which no code of it calls;
 *   and the options it never gets (nbTopCandidates, allowedVideoRegex, linkDensityModifier) read as their defaults.
 * Beside it, the package's index (index.js) brings Readability-readerable.js's isProbablyReaderable, which no
 * code of ours calls: the verdict never needed its guess (on every page set and fixture another sign decided
 * first), so the index requires Readability alone and the other module stays out of the content script.
 * Edits of the module's text, nothing else, after readability-quiet's. Each must match exactly once, and no
 * use of what they take out may be left: a Readability whose text differs (the version is pinned in
 * package.json) fails the build instead of calling what is gone. The members taken out whole are listed
 * (MEMBERS_TAKEN_OUT), so readability-short-names counts the ones left. The CLI bundles Readability
 * unedited (with the same options and the same clone), so it does the same work and reads the same paragraphs.
 */

/** The module, as Vite resolves it. */
const READABILITY = /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/;

/**
 * Each edit: what it finds (exactly once) and what it puts there. A method ends at the first `},` of its own
 * indent (two spaces), a block at the first closing brace of its own.
 */
const EDITS = {
  jsonLdCall: { find: /this\._disableJSONLD \? \{\} : this\._getJSONLD\(this\._doc\)/, put: '{}' },
  jsonLdReader: { find: /\n {2}_getJSONLD\(doc\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  // The metadata's first choice, the JSON-LD reader's title and byline, read from the empty object it now gets.
  jsonLdTitle: { find: /\n( {6})jsonld\.title \|\|\n {6}/, put: '\n$1' },
  jsonLdByline: { find: /\n( {6})jsonld\.byline \|\|\n {6}/, put: '\n$1' },
  jsonLdTypes: { find: /\n {4}jsonLdArticleTypes:\n {6}\/[^\n]*\/,\n/, put: '\n' },
  noscriptImages: {
    find: /\n {4}\/\/ Next find noscript and try to extract its image\n[\s\S]*?\n {4}\}\);\n {2}\},\n/,
    put: '\n  },\n',
  },
  singleImage: { find: /\n {2}_isSingleImage\(node\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  classesCall: { find: /\n {4}if \(!this\._keepClasses\) \{\n[^{}]*?\n {4}\}\n/, put: '\n' },
  classes: { find: /\n {2}_cleanClasses\(node\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  // Its absolute URLs and its turning of `javascript:` links into their text or a <span> (they cannot run once the
  // page's scripts are gone): attributes nothing reads after, and inline tags paragraphsOf joins alike.
  fixUrisCall: { find: /\n {4}this\._fixRelativeUris\(articleContent\);\n/, put: '\n' },
  fixUris: { find: /\n {2}_fixRelativeUris\(articleContent\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  srcsetPattern: { find: /\n {4}srcsetUrl: [^\n]*,\n/, put: '\n' },
  deadPatterns: {
    find: /\n {4}extraneous:\n {6}\/[^\n]*,\n( {4}byline: [^\n]*\n) {4}replaceFonts: [^\n]*,\n/,
    put: '\n$1',
  },
  pagingPatterns: { find: /\n {4}nextLink: [^\n]*,\n {4}prevLink: [^\n]*,\n/, put: '\n' },
  metadataExtras: { find: /\n {4}\/\/ get description\n[\s\S]*?\n( {4}\/\/ in many sites)/, put: '\n$1' },
  metadataExtrasUnescaped: {
    find: /\n {4}metadata\.excerpt = this\._unescapeHtmlEntities\(metadata\.excerpt\);\n {4}metadata\.siteName = this\._unescapeHtmlEntities\(metadata\.siteName\);\n {4}metadata\.publishedTime = this\._unescapeHtmlEntities\(metadata\.publishedTime\);\n/,
    put: '\n',
  },
  // The meta tags' names only the fields gone above read (a description, a site's name, a publishing time): the
  // patterns that collect them keep the title's and the byline's. A tag naming both kinds in one property list
  // (property="og:description og:title") now files its content as the title; no page of ours has one.
  metaPropertyNames: {
    find: /\(author\|creator\|description\|published_time\|title\|site_name\)\\s\*\/gi/,
    put: '(author|creator|title)\\s*/gi',
  },
  metaNames: {
    find: /\(author\|creator\|pub-date\|description\|title\|site_name\)\\s\*\$\/i/,
    put: '(author|creator|title)\\s*$/i',
  },
  excerptFallback: { find: /\n {4}if \(!metadata\.excerpt\) \{\n[\s\S]*?\n {4}\}\n/, put: '\n' },
  presentational: {
    find: /\n\n {2}PRESENTATIONAL_ATTRIBUTES: \[\n[^\]]*\],\n\n {2}DEPRECATED_SIZE_ATTRIBUTE_ELEMS: [^\n]*\n/,
    put: '\n',
  },
  stylesCall: { find: /\n {4}this\._cleanStyles\(articleContent\);\n/, put: '\n' },
  styles: { find: /\n {2}_cleanStyles\(e\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  nestedCall: { find: /\n {4}this\._simplifyNestedElements\(articleContent\);\n/, put: '\n' },
  nested: {
    find: /\n {2}_simplifyNestedElements\(articleContent\) \{\n[\s\S]*?\n {2}\},\n/,
    put: '\n',
  },
  scriptsCall: {
    find: /\n {4}\/\/ Remove script tags from the document\.\n {4}this\._removeScripts\(this\._doc\);\n/,
    put: '\n',
  },
  preservedClasses: {
    find: /\n {2}this\._classesToPreserve = this\.CLASSES_TO_PRESERVE\.concat\(\n[^\n]*\n {2}\);\n/,
    put: '\n',
  },
  preservedClassList: {
    find: /\n\n {2}\/\/ These are the classes that readability sets itself\.\n {2}CLASSES_TO_PRESERVE: \[[^\]]*\],\n/,
    put: '\n',
  },
  scripts: { find: /\n {2}_removeScripts\(doc\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  result: {
    find: /\n {4}var textContent = articleContent\.textContent;\n {4}return \{\n[\s\S]*?\n {4}\};\n/,
    put: '\n    return { content: articleContent };\n',
  },
  // What only the result's other fields read: the text's direction from the chosen box's ancestors, the
  // page's language, and the inits of both and of the site's name.
  direction: {
    find: /(\n {6}if \(parseSuccessful\) \{)\n {8}\/\/ Find out text direction[\s\S]*?\n {8}\}\);\n/,
    put: '$1\n',
  },
  language: { find: /\n {8}if \(node\.tagName === "HTML"\) \{\n {10}this\._articleLang = [^\n]*\n {8}\}\n/, put: '\n' },
  resultInits: { find: /\n {2}this\._articleDir = null;\n {2}this\._articleSiteName = null;\n/, put: '\n' },
  // The element limit no caller sets (its default, 0, means none), and the debug and JSDOMParser flags only
  // readability-quiet's dropped branches read.
  elementLimit: {
    find: /\n {4}\/\/ Avoid parsing too large documents, as per configuration option\n {4}if \(this\._maxElemsToParse > 0\) \{\n[\s\S]*?\n {4}\}\n/,
    put: '\n',
  },
  elementLimitOption: { find: /\n {2}this\._maxElemsToParse =\n[^\n]*\n/, put: '\n' },
  elementLimitDefault: {
    find: /\n {2}\/\/ Max number of nodes supported[^\n]*\n {2}DEFAULT_MAX_ELEMS_TO_PARSE: 0,\n/,
    put: '\n',
  },
  // Of the lazy images' fix, only what changes the tree: a <figure> with no image gets one. An <img>'s or a
  // <picture>'s src and srcset, which it drops (a base64 placeholder) or copies from data-src, nothing reads after.
  placeholderImages: {
    find: /\n {8}\/\/ In some sites \(e\.g\. Kotaku\)[\s\S]*?\n {8}\}\n(\n {8}\/\/ also check for "null")/,
    put: '\n$1',
  },
  placeholderPattern: { find: /\n {4}b64DataUrl: [^\n]*\n/, put: '\n' },
  // The loop left declares the `attr` the placeholders' loop declared for it.
  lazyImageAttribute: { find: /\n( {10})attr = elem\.attributes\[j\];\n/, put: '\n$1var attr = elem.attributes[j];\n' },
  lazyImageSources: {
    find: /if \(elem\.tagName === "IMG" \|\| elem\.tagName === "PICTURE"\) \{\n {14}elem\.setAttribute\(copyTo, attr\.value\);\n {12}\} else if \(/,
    put: 'if (',
  },
  // What is left of that fix touches <figure>s alone: an <img> or a <picture> is walked for nothing, and a
  // <figure>, which has no src or srcset of its own, is never skipped as already loaded.
  lazyImagesFigures: {
    find: /this\._getAllNodesWithTag\(root, \["img", "picture", "figure"\]\),\n {6}function \(elem\) \{\n(?:\n {8}\/\/ also check for "null"[^\n]*\n {8}if \(\n[\s\S]*?\n {8}\) \{\n {10}return;\n {8}\}\n)/,
    put: 'this._getAllNodesWithTag(root, ["figure"]),\n      function (elem) {\n',
  },
  lazyImagesFigureTag: {
    find: /\n( {14})elem\.tagName === "FIGURE" &&\n {14}(!this\._getAllNodesWithTag)/,
    put: '\n$1$2',
  },
  debugFlag: { find: /\n {2}this\._debug = !!options\.debug;\n/, put: '\n' },
  // The constructor's care for other callers: readabilityParagraphs passes a Document and READABILITY_OPTIONS
  // (no documentElement in them, a serializer given), and its catch reads no error's message; the flags of
  // the two options whose work is gone above (JSON-LD, classes) are read by nothing left.
  uriArgument: {
    find: /\n {2}\/\/ In some older versions, people passed a URI as the first argument\. Cope:\n {2}if \(options && options\.documentElement\) \{\n {4}doc = options;\n {4}options = arguments\[2\];\n {2}\} else if \(!doc \|\| !doc\.documentElement\) \{\n {4}throw new Error\(\n[^\n]*\n {4}\);\n {2}\}\n/,
    put: '\n  if (!doc || !doc.documentElement) {\n    throw new Error();\n  }\n',
  },
  keepClassesFlag: { find: /\n {2}this\._keepClasses = !!options\.keepClasses;\n/, put: '\n' },
  jsonLdFlag: { find: /\n {2}this\._disableJSONLD = !!options\.disableJSONLD;\n/, put: '\n' },
  defaultSerializer: {
    find: /\n {2}this\._serializer =\n {4}options\.serializer \|\|\n {4}function \(el\) \{\n {6}return el\.innerHTML;\n {4}\};\n/,
    put: '\n',
  },
  // The options READABILITY_OPTIONS never passes take their defaults as they are.
  optionDefaults: {
    find: /\n {2}this\._nbTopCandidates =\n {4}options\.nbTopCandidates \|\| (this\.DEFAULT_N_TOP_CANDIDATES;\n)/,
    put: '\n  this._nbTopCandidates = $1',
  },
  videoOption: { find: /options\.allowedVideoRegex \|\| (this\.REGEXPS\.videos;)/, put: '$1' },
  linkDensityOption: { find: /options\.linkDensityModifier \|\| (0;)/, put: '$1' },
  // A helper no code of its version calls.
  findNode: { find: /\n {2}_findNode\(nodeList, fn\) \{\n[^\n]*\n {2}\},\n/, put: '\n' },
  jsdomFlag: { find: /\n {2}this\._docJSDOMParser = [^\n]*\n/, put: '\n' },
  // Its walk for nodes by tag without querySelectorAll (JSDOMParser's nodes): a page's Document and Elements have it.
  tagWalkFallback: {
    find: /\n {4}if \(node\.querySelectorAll\) \{\n( {6}return node\.querySelectorAll\(tagNames\.join\(","\)\);\n) {4}\}\n {4}return \[\]\.concat\.apply\(\n[\s\S]*?\n {4}\);\n/,
    put: '\n$1',
  },
  // Of the article's last tidying, what changes no paragraph paragraphsOf reads (it breaks lines at every block
  // tag alike, <h1> or <h2>, <td> or <p>, and at a <br> as at the <p> after it): <h1>s renamed <h2>, a <br> before
  // a <p> dropped, a one-cell table replaced by its cell as a <p> or a <div>.
  headingRename: {
    find: /\n {4}\/\/ replace H1 with H2 as H1 should be only title that is displayed separately\n {4}this\._replaceNodeTags\(\n[^\n]*\n {6}"h2"\n {4}\);\n/,
    put: '\n',
  },
  breakBeforeParagraph: {
    find: /\n {4}this\._forEachNode\(\n {6}this\._getAllNodesWithTag\(articleContent, \["br"\]\),\n[\s\S]*?\n {4}\);\n/,
    put: '\n',
  },
  oneCellTables: {
    find: /\n\n {4}\/\/ Remove single-cell tables\n[\s\S]*?\n {4}\);\n( {2}\},)/,
    put: '\n$1',
  },
  // Its removal of footers, asides and iframes from the content: the clone has none left (PRUNED).
  prunedTags: {
    find: /\n {4}this\._clean\(articleContent, "footer"\);\n( {4}this\._clean\(articleContent, "link"\);\n) {4}this\._clean\(articleContent, "aside"\);\n/,
    put: '\n$1',
  },
  prunedFrames: { find: /\n {4}this\._clean\(articleContent, "iframe"\);\n/, put: '\n' },
  // The <style>s of the document: the clone has none left (PRUNED).
  styleTags: { find: /\n {4}\/\/ Remove all style tags in head\n {4}this\._removeNodes\([^\n]*\n/, put: '\n' },
  // Of the byline read from the meta tags only its presence is read (a found byline is looked for no further),
  // and unescaping keeps a name a name.
  bylineUnescaped: { find: /\n {4}metadata\.byline = this\._unescapeHtmlEntities\(metadata\.byline\);\n/, put: '\n' },
  // The title's guards: a page's document.title is a string (an element titled "title" does not shadow it), so
  // trim() neither throws nor returns anything else.
  titleGuards: {
    find: /\n {4}try \{\n( {6}curTitle = origTitle = doc\.title\.trim\(\);\n)\n {6}\/\/ If they had an element with id "title" in their HTML\n {6}if \(typeof curTitle !== "string"\) \{\n[\s\S]*?\n {6}\}\n {4}\} catch \(e\) \{\n[^\n]*\n {4}\}\n/,
    put: '\n$1',
  },
  // What is left of its last work on the content once the absolute URLs, the nested boxes and the classes are gone
  // above: a method with nothing in it, and its call.
  // Its unescaping of the title it read from the meta tags (「&amp;」 → 「&」): written for its own JSDOMParser, which
  // leaves attributes as written; a browser's and linkedom's DOM hand them over decoded, so only a page that escaped
  // its title twice would read otherwise (none of ours).
  titleUnescaped: { find: /\n {4}metadata\.title = this\._unescapeHtmlEntities\(metadata\.title\);\n/, put: '\n' },
  unescape: { find: /\n {2}_unescapeHtmlEntities\(str\) \{\n[\s\S]*?\n {2}\},\n/, put: '\n' },
  escapeMap: {
    find: /\n\n {2}\/\/ These are the list of HTML entities[^\n]*\n {2}HTML_ESCAPE_MAP: \{\n[^}]*\},\n/,
    put: '\n',
  },
  postProcessCall: { find: /\n {4}this\._postProcessContent\(articleContent\);\n/, put: '\n' },
  postProcess: { find: /\n {2}_postProcessContent\(articleContent\) \{\n[^}]*?\n {2}\},\n/, put: '\n' },
} as const;

/** Readability's members the edits take out whole (readability-short-names counts the members left). */
export const MEMBERS_TAKEN_OUT = [
  '_classesToPreserve',
  '_getJSONLD',
  '_isSingleImage',
  '_cleanClasses',
  '_cleanStyles',
  '_simplifyNestedElements',
  '_removeScripts',
  '_articleDir',
  '_articleLang',
  '_articleSiteName',
  '_maxElemsToParse',
  '_debug',
  '_docJSDOMParser',
  'DEFAULT_MAX_ELEMS_TO_PARSE',
  '_keepClasses',
  '_disableJSONLD',
  '_findNode',
  '_serializer',
  '_fixRelativeUris',
  '_postProcessContent',
  '_unescapeHtmlEntities',
  'HTML_ESCAPE_MAP',
] as const;

/** Uses of what the edits take out; the edited text must hold none. */
const GONE =
  /\._getJSONLD|_fixRelativeUris|_postProcessContent|_unescapeHtmlEntities|HTML_ESCAPE_MAP|jsonLdArticleTypes|REGEXPS\.(?:extraneous|replaceFonts|nextLink|prevLink)|\._isSingleImage|\._cleanClasses|toAbsoluteURI|baseURI|srcsetUrl|metadata\.(?:excerpt|siteName|publishedTime)|\._cleanStyles|PRESENTATIONAL_|DEPRECATED_SIZE|\._simplifyNestedElements|\._removeScripts|\._classesToPreserve|\.CLASSES_TO_PRESERVE|CLASSES_TO_PRESERVE:|_article(?:Dir|Lang|SiteName)|_maxElemsToParse|DEFAULT_MAX_ELEMS|this\._debug|_docJSDOMParser|b64DataUrl|jsonld\.|_keepClasses|_disableJSONLD|_findNode|innerHTML;\n {4}\}|arguments\[2\]/;

/** `code` with each of `edits` made; throws when one does not match exactly once in `file`. */
function edited(code: string, edits: Record<string, { find: RegExp; put: string }>, file: string): string {
  let out = code;
  for (const [name, { find, put }] of Object.entries(edits)) {
    const found = out.match(new RegExp(find.source, 'g'))?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `readability-unused: expected ${name} once in ${file}, found it ${found} times ` +
          '(a new version? see scripts/readability-unused.ts)',
      );
    }
    out = out.replace(find, put);
  }
  return out;
}

/** Readability.js's text without what Shutten never reaches or reads; throws when its text differs. */
export function unusedOut(code: string): string {
  const out = edited(code, EDITS, 'Readability.js');
  const left = out.match(GONE)?.[0];
  if (left) throw new Error(`readability-unused: Readability.js still uses ${left} (see its file in scripts/)`);
  return out;
}

/** The package's index, as Vite resolves it. */
const INDEX = /[\\/]@mozilla[\\/]readability[\\/]index\.js$/;

/** The index's export of isProbablyReaderable, which nothing of ours imports, and its require. */
const INDEX_EDITS = {
  require: { find: /\nvar isProbablyReaderable = require\("\.\/Readability-readerable"\);\n/, put: '\n' },
  export: { find: /\n {2}isProbablyReaderable,\n/, put: '\n' },
};

/** The index's text exporting Readability alone; throws when its text differs. */
export function indexOut(code: string): string {
  return edited(code, INDEX_EDITS, 'index.js');
}

/** A Vite plugin, as much of one as this needs (vite is wxt's dependency, not ours to import). */
interface TransformPlugin {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
}

/** The Vite plugin (wxt.config.ts, after readabilityQuiet, before readabilityShortNames): applies unusedOut and indexOut. */
export function readabilityUnused(): TransformPlugin {
  return {
    name: 'shutten:readability-unused',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (INDEX.test(file)) return { code: indexOut(code), map: null };
      if (!READABILITY.test(file)) return null;
      return { code: unusedOut(code), map: null };
    },
  };
}

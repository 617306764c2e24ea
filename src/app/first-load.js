// Starts the first screen's downloads while the app's code is still on its way. Written into index.html right
// after the entry's script tag (scripts/first-load-plugin.ts), it runs as the page is parsed. index.html lists
// the data files and code chunks of each distinct first screen once, and which one each combination of the
// parameters that choose a view shows (built by scripts/first-load-plugin.ts); this adds preload links for the
// one this address asks for. A parameter missing or not among the listed values counts as its default, as in the app. The same
// for the catalogue of the page's language: the one `lang` names, else the browser's first that the page
// offers (src/i18n/languages.ts), else English, which needs none; and for the view's own messages in that
// language (src/locales/<group>/, English included). Last, once the page is parsed, it makes a number and a
// date formatter in that language: the first ones of a page load the locale's data, which takes tens of
// milliseconds; done then, that overlaps the downloads instead of holding up the first chart.
// Nothing here is needed for the page to work: on any surprise (say a cached copy older than the page)
// it does nothing, and the app loads what it needs itself.
(function () {
  "use strict";

  function add(rel, href, as) {
    var link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (as) {
      link.setAttribute("as", as);
      link.setAttribute("crossorigin", "anonymous");
    }
    document.head.appendChild(link);
  }

  function code(tag) {
    return String(tag).trim().toLowerCase().split(/[-_]/)[0];
  }

  function language(plan, query) {
    var offered = function (c) { return Object.prototype.hasOwnProperty.call(plan.catalogues, c); };
    var asked = code(query.getAll(plan.language).pop() || "");
    if (offered(asked)) return asked;
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) if (tags[i] && offered(code(tags[i]))) return code(tags[i]);
    return "en";
  }

  function warmFormatters(locale) {
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(1);
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric" }).format(0);
  }

  function preload(plan) {
    var query = new URLSearchParams(location.search);
    var chosen = language(plan, query);
    plan.catalogues[chosen].forEach(function (href) { add("modulepreload", href); });
    var key = plan.params.map(function (p) {
      var value = query.getAll(p.name).pop();
      return p.values.indexOf(value) >= 0 ? value : p.fallback;
    }).join("|");
    var screen = plan.screens[plan.keys[key]];
    if (screen) {
      screen.modules.forEach(function (href) { add("modulepreload", href); });
      screen.messages.forEach(function (group) {
        (plan.groups[chosen][group] || []).forEach(function (href) { add("modulepreload", href); });
      });
      // A pinned version may name archived files: the app resolves those itself.
      if (!query.has(plan.pinned)) screen.data.forEach(function (href) { add("preload", href, "fetch"); });
    }
    var locale = plan.locales[chosen];
    setTimeout(function () { warmFormatters(locale); }, 0);
  }

  var block = document.getElementById("first-load");
  try {
    if (block) preload(JSON.parse(block.textContent));
  } catch (error) {
    // Left to the app, as above.
  }
})();

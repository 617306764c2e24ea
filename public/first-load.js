// Starts the first screen's downloads while the app's code is still on its way: index.html lists, for
// every combination of the parameters that choose a view, the data files and code chunks its first screen
// needs (built by scripts/first-load-plugin.ts); this adds preload links for the one this address asks
// for. A parameter missing or not among the listed values counts as its default, as in the app.
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

  function preload(plan) {
    var query = new URLSearchParams(location.search);
    var key = plan.params.map(function (p) {
      var value = query.getAll(p.name).pop();
      return p.values.indexOf(value) >= 0 ? value : p.fallback;
    }).join("|");
    var screen = plan.screens[key];
    if (!screen) return;
    screen.modules.forEach(function (href) { add("modulepreload", href); });
    // A pinned version may name archived files: the app resolves those itself.
    if (!query.has(plan.pinned)) screen.data.forEach(function (href) { add("preload", href, "fetch"); });
  }

  var block = document.getElementById("first-load");
  try {
    if (block) preload(JSON.parse(block.textContent));
  } catch (error) {
    // Left to the app, as above.
  }
})();

/*
 * Korea–Japan content trade dashboard: sizes embedded charts to their content.
 * Usage: <iframe src="…?embed=1…" data-kj-embed …></iframe> <script src="…/embed.js" async></script>
 * Each embedded page posts {type: "kj-embed:height", height} to its host; this script checks that the
 * message comes from one of the page's embed frames and has that exact shape, then sets the frame's height.
 */
(function () {
  if (window.__kjEmbed) return;
  window.__kjEmbed = true;
  var MIN = 50;
  var MAX = 20000;
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-kj-embed]"));
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "kj-embed:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < MIN || height > MAX) return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.ceil(height) + "px";
        frame.setAttribute("scrolling", "no");
      }
    });
  });
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "kj-embed:request-height" }, "*");
  }
  frames().forEach(function (frame) {
    frame.addEventListener("load", function () { ask(frame); });
    ask(frame);
  });
})();

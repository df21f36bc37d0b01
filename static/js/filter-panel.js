// The project listing's filters: open on a wide screen, folded on a phone so that the
// results are on the first screen (the summary opens them). Without JavaScript the panel
// is served open.
(function () {
  "use strict";
  var panel = document.querySelector("details.filter-panel");
  if (!panel) return;
  var narrow = window.matchMedia("(max-width: 991.98px)");
  function fit() { panel.open = !narrow.matches; }
  fit();
  narrow.addEventListener("change", fit);
})();

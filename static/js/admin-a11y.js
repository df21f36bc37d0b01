/* Names for the parts that Django's admin widgets draw in the browser without one
   (axe: aria-input-field-name, label, aria-prohibited-attr, list). The widgets are drawn
   after the page loads and again for every inline row added, so this watches the page.

   - the autocomplete (select2) box and its search field: the name of the <select> they
     stand for, taken from its <label> or, in a table row, its aria-label;
   - select2's "clear" cross, a <span> it puts inside a list: hidden from screen readers,
     which clear the choice with the keyboard;
   - the country picker's magnifier icon: a labelled <span> needs the role of an image. */
(function () {
  "use strict";

  function nameOf(select) {
    if (select.getAttribute("aria-label")) {
      return select.getAttribute("aria-label");
    }
    var label = select.id && document.querySelector('label[for="' + select.id + '"]');
    return label ? label.textContent.replace(/[:*\s]+$/, "").trim() : "";
  }

  function nameSelect2(container) {
    var select = container.previousElementSibling;
    if (!select || select.tagName !== "SELECT") {
      return;
    }
    var name = nameOf(select);
    if (!name) {
      return;
    }
    container.querySelectorAll('[role="combobox"], [role="textbox"], .select2-search__field')
      .forEach(function (part) {
        if (part.getAttribute("aria-label") !== name) {
          part.setAttribute("aria-label", name);
        }
      });
    container.querySelectorAll(".select2-selection__rendered > .select2-selection__clear")
      .forEach(function (cross) {
        cross.setAttribute("aria-hidden", "true");
      });
  }

  function fix(root) {
    root.querySelectorAll("span.select2-container").forEach(nameSelect2);
    root.querySelectorAll("span.help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  function fixAll() {
    fix(document);
  }

  fixAll();
  // Mutation records come in batches: one pass over the page per batch is cheap.
  new MutationObserver(fixAll).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  window.addEventListener("load", fixAll);
})();

// Small, dependency-free helpers: timeline status filter and network hover highlight.
(function () {
  "use strict";
  document.querySelectorAll("[data-status-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      var show = {};
      document.querySelectorAll("[data-status-filter]").forEach(function (b) { show[b.value] = b.checked; });
      document.querySelectorAll("[data-status]").forEach(function (el) {
        el.style.display = show[el.getAttribute("data-status")] === false ? "none" : "";
      });
    });
  });
  var svg = document.getElementById("network");
  if (svg) {
    svg.querySelectorAll(".node").forEach(function (node) {
      var id = node.getAttribute("data-id");
      node.addEventListener("mouseenter", function () {
        svg.querySelectorAll(".edge").forEach(function (e) {
          var on = e.getAttribute("data-a") === id || e.getAttribute("data-b") === id;
          e.classList.toggle("dim", !on);
        });
      });
      node.addEventListener("mouseleave", function () {
        svg.querySelectorAll(".edge").forEach(function (e) { e.classList.remove("dim"); });
      });
    });
  }
})();

// tidings: the only script of the site (no inline script anywhere: the CSP forbids it).
// Pickers marked .autosubmit submit their form on change; every page works without this file.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select.autosubmit").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  var ev = document.getElementById("evidence");
  if (ev && location.hash === "#evidence") { ev.scrollIntoView({block: "center"}); }
});

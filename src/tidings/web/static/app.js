// tidings: the only script of the site (no inline script anywhere: the CSP forbids it).
// Every page works without it; it submits pickers on change and sends uploads with the token.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("select.autosubmit").forEach(function (el) {
    el.addEventListener("change", function () { el.form.submit(); });
  });
  var ev = document.getElementById("evidence");
  if (ev && location.hash === "#evidence") { ev.scrollIntoView({block: "center"}); }

  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var out = document.getElementById("upload-result");
  function say(text, cls) { out.textContent = text; out.className = "upload-result " + (cls || ""); }
  function poll(id) {
    fetch("/api/jobs/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (job) {
      if (job.state === "done") {
        var ing = (job.summary && job.summary.ingest) || {};
        say("Done: " + (ing.articles_new || 0) + " new article(s), " + (ing.rejects || 0) + " rejected. Reload any page to see them.", "ok");
      } else if (job.state === "failed") {
        say("The run failed: " + job.error, "refused");
      } else {
        say("Job " + job.job_id + ": " + job.state + "…");
        setTimeout(function () { poll(id); }, 1000);
      }
    });
  }
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var file = form.elements.file.files[0];
    var token = form.elements.token.value;
    if (!file) { say("Choose a file first.", "refused"); return; }
    var headers = {"Content-Type": "application/octet-stream"};
    if (token) { headers.Authorization = "Bearer " + token; }
    say("Uploading…");
    fetch("/api/upload", {method: "POST", headers: headers, body: file}).then(function (r) {
      return r.json().then(function (body) { return {status: r.status, body: body}; });
    }).then(function (res) {
      if (res.status === 202) { poll(res.body.job_id); }
      else { say("Refused (" + res.status + "): " + res.body.error, "refused"); }
    }).catch(function (err) { say("Upload failed: " + err, "refused"); });
  });
});

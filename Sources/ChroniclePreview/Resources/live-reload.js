// Added by `chronicle serve` to the pages it sends (never written to Site/): reloads the page
// when a rebuild changed it, and shows the errors of a failed build over the last good page.
(function () {
  "use strict";
  // The generation the page was served under: if the site changed since, the first hello reloads it.
  var script = document.currentScript;
  var known = script && script.getAttribute("data-generation");
  var source = new EventSource("/__chronicle/events");
  source.addEventListener("hello", function (event) {
    // A server restarted since this page loaded has a different generation.
    if (known !== null && known !== event.data) location.reload();
    known = event.data;
  });
  source.addEventListener("reload", function () { location.reload(); });
  // Only the pages listed changed; the others stay, and take the new generation as theirs.
  source.addEventListener("update", function (event) {
    var update = JSON.parse(event.data);
    var here = decodeURIComponent(location.pathname);
    if (here.charAt(here.length - 1) === "/") here += "index.html";
    if (update.pages.indexOf(here) >= 0) location.reload();
    else known = String(update.generation);
  });
  source.addEventListener("failed", function (event) { show(JSON.parse(event.data).errors || []); });

  function show(errors) {
    var old = document.getElementById("chronicle-build-error");
    if (old) old.remove();
    var box = document.createElement("div");
    box.id = "chronicle-build-error";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
      "color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem";
    var title = document.createElement("h2");
    title.style.cssText = "color:#ff8a80;margin-top:0";
    title.textContent = "Chronicle: build failed, showing the last good site";
    var list = document.createElement("ul");
    errors.forEach(function (error) {
      var item = document.createElement("li");
      var where = document.createElement("strong");
      where.textContent = (error.file || "") + (error.line ? ":" + error.line : "");
      item.append(where, " " + error.message);
      if (error.hint) {
        var hint = document.createElement("em");
        hint.textContent = error.hint;
        item.append(document.createElement("br"), hint);
      }
      list.appendChild(item);
    });
    var help = document.createElement("p");
    help.textContent = "Fix the file and save: the page reloads by itself.";
    box.append(title, list, help);
    document.body.appendChild(box);
  }
})();

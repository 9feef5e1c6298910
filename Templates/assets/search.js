// Chronicle's search page. The build writes the index as static files under search/ (see
// SearchIndex.swift): meta.json, then term, document and facet files fetched only when a query
// needs them. Queries are folded as the index is: lowercase, no diacritics, đ → d, so
// "dang uy khoi" finds "Đảng ủy Khối" and "uỷ" is "ủy". Texts shown to readers come from the
// page's data-* attributes (the template), values from the index are set as text, never HTML.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root) return;
  var form = root.querySelector(".search-form");
  var input = form.querySelector("input[name=q]");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var more = root.querySelector(".search-more");
  var fallback = root.querySelector(".search-fallback");
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-facet]"));
  var indexBase = new URL(root.getAttribute("data-index"), location.href);
  var siteRoot = new URL("../", indexBase);
  var pageLength = 10;

  function message(name, values) {
    var text = root.getAttribute("data-text-" + name) || "";
    Object.keys(values || {}).forEach(function (key) { text = text.split("{" + key + "}").join(values[key]); });
    return text;
  }

  // The same folding as VietnameseFolding.looseWords in Swift.
  function words(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // Index files, fetched once each; the stamp keeps a cached chunk from mixing with a newer build.
  var loaded = {};
  var metaPromise = null;
  function meta() {
    if (!metaPromise) {
      metaPromise = fetch(new URL("meta.json", indexBase), { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(response.status + " meta.json");
        return response.json();
      });
    }
    return metaPromise;
  }
  function file(info, path) {
    if (!loaded[path]) {
      loaded[path] = fetch(new URL(path + "?v=" + info.stamp, indexBase)).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + path);
        return response.json();
      });
    }
    return loaded[path];
  }

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  // The term chunk that would hold `term`: the last one whose first term is not after it.
  function chunkFor(info, term) {
    var low = 0, high = info.termChunks.length - 1, found = -1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (info.termChunks[middle] <= term) { found = middle; low = middle + 1; } else { high = middle - 1; }
    }
    return found;
  }

  function decode(deltas) {
    var postings = new Array(deltas.length), value = 0;
    for (var i = 0; i < deltas.length; i++) { value += deltas[i]; postings[i] = value; }
    return postings;
  }

  // Document → 1 when the term is in its names, 0 when only in its text; null: no such term.
  async function postings(info, term) {
    var number = chunkFor(info, term);
    if (number < 0) return null;
    var chunk = await file(info, "terms/" + number + ".json");
    if (!has(chunk, term)) return null;
    var found = new Map();
    decode(chunk[term]).forEach(function (posting) { found.set(posting >> 1, posting & 1); });
    return found;
  }

  // The last word as typed so far: every term that starts with it, the most frequent first.
  async function prefixPostings(info, prefix) {
    var first = Math.max(0, chunkFor(info, prefix)), last = chunkFor(info, prefix + "\uffff");
    var terms = [];
    for (var number = first; number <= last; number++) {
      var chunk = await file(info, "terms/" + number + ".json");
      Object.keys(chunk).forEach(function (term) {
        if (term.indexOf(prefix) === 0 && term.indexOf(" ") < 0) terms.push(chunk[term]);
      });
    }
    if (!terms.length) return null;
    terms.sort(function (a, b) { return b.length - a.length; });
    var found = new Map();
    terms.slice(0, 30).forEach(function (deltas) {
      decode(deltas).forEach(function (posting) {
        var doc = posting >> 1;
        found.set(doc, Math.max(found.get(doc) || 0, posting & 1));
      });
    });
    return found;
  }

  // Documents holding every word, scored: 3 per word in the names, 1 in the text, 4 per pair
  // of adjacent words found together in the names.
  async function match(info, tokens) {
    var scores = null;
    for (var i = 0; i < tokens.length; i++) {
      var found = await postings(info, tokens[i]);
      if (!found && i === tokens.length - 1 && tokens[i].length >= 2) found = await prefixPostings(info, tokens[i]);
      if (!found) return new Map();
      var next = new Map();
      found.forEach(function (inNames, doc) {
        if (scores === null) next.set(doc, inNames ? 3 : 1);
        else if (scores.has(doc)) next.set(doc, scores.get(doc) + (inNames ? 3 : 1));
      });
      scores = next;
    }
    for (var j = 1; j < tokens.length; j++) {
      var pair = await postings(info, tokens[j - 1] + " " + tokens[j]);
      if (pair) pair.forEach(function (_, doc) { if (scores.has(doc)) scores.set(doc, scores.get(doc) + 4); });
    }
    return scores;
  }

  // Facet values of one document.
  function facetValues(column, doc) {
    var code = column.codes.substr(doc * column.width, column.width), digits = [];
    for (var i = 0; i < code.length; i++) digits.push(ALPHABET.indexOf(code[i]));
    if (!column.multiple) {
      var number = digits.reduce(function (sum, digit) { return sum * 64 + digit; }, 0);
      return number ? [column.values[number - 1]] : [];
    }
    var values = [];
    digits.forEach(function (digit, position) {
      for (var bit = 0; bit < 6; bit++) if (digit & (1 << bit)) values.push(column.values[position * 6 + bit]);
    });
    return values;
  }
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  function chosen() {
    var filters = {};
    selects.forEach(function (select) { if (select.value) filters[select.getAttribute("data-facet")] = select.value; });
    return filters;
  }

  // Keeps the documents passing every chosen facet, and counts each facet's values among the
  // documents passing the other facets, so a reader sees what choosing a value would leave.
  function applyFacets(columns, docs, filters) {
    var values = docs.map(function (doc) {
      var row = {};
      columns.forEach(function (column) { row[column.id] = facetValues(column, doc); });
      return row;
    });
    var counts = {};
    columns.forEach(function (column) { counts[column.id] = new Map(); });
    var kept = [];
    docs.forEach(function (doc, position) {
      var row = values[position], failing = [];
      Object.keys(filters).forEach(function (id) {
        if (!row[id] || row[id].indexOf(filters[id]) < 0) failing.push(id);
      });
      if (!failing.length) kept.push(doc);
      columns.forEach(function (column) {
        if (failing.length > 1 || (failing.length === 1 && failing[0] !== column.id)) return;
        row[column.id].forEach(function (value) { counts[column.id].set(value, (counts[column.id].get(value) || 0) + 1); });
      });
    });
    return { kept: kept, counts: counts };
  }

  function showFacets(columns, counts, filters) {
    selects.forEach(function (select) {
      var id = select.getAttribute("data-facet");
      var column = columns.filter(function (c) { return c.id === id; })[0];
      while (select.options.length > 1) select.remove(1);
      if (!column) return;
      column.values.forEach(function (value) {
        var count = counts[id].get(value) || 0;
        if (!count && filters[id] !== value) return;
        var option = document.createElement("option");
        option.value = value;
        option.textContent = (id === "kind" ? (root.getAttribute("data-kind-" + value) || value) : value) + " (" + count + ")";
        select.appendChild(option);
      });
      select.value = filters[id] || "";
    });
  }

  async function showResults(info, docs, from) {
    var rows = await Promise.all(docs.slice(from, from + pageLength).map(async function (doc) {
      var chunk = await file(info, "docs/" + Math.floor(doc / info.docsPerChunk) + ".json");
      return chunk[doc % info.docsPerChunk];
    }));
    rows.forEach(function (row) {
      var href = new URL(row[2], siteRoot);
      if (href.protocol !== siteRoot.protocol) return;
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "result-kind";
      kind.textContent = root.getAttribute("data-kind-" + row[0]) || row[0];
      var link = document.createElement("a");
      link.href = href.href;
      link.textContent = row[1];
      var details = document.createElement("span");
      details.className = "result-meta";
      details.textContent = [row[3], row[4]].filter(Boolean).join(" · ");
      item.append(kind, " ", link, details);
      list.appendChild(item);
    });
    more.hidden = from + pageLength >= docs.length;
  }

  var current = { run: 0, docs: [], shown: 0, info: null };

  async function run() {
    var run = ++current.run;
    var tokens = words(input.value), filters = chosen();
    list.textContent = "";
    more.hidden = true;
    if (!tokens.length && !Object.keys(filters).length) { status.textContent = message("empty"); return; }
    status.textContent = message("loading");
    try {
      var info = await meta();
      var scores;
      if (tokens.length) {
        scores = await match(info, tokens);
      } else {
        scores = new Map();
        for (var doc = 0; doc < info.documents; doc++) scores.set(doc, 0);
      }
      var docs = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
      var columns = await file(info, "facets.json");
      if (run !== current.run) return;
      var faceted = applyFacets(columns, docs, filters);
      showFacets(columns, faceted.counts, filters);
      current.docs = faceted.kept;
      current.info = info;
      current.shown = 0;
      status.textContent = faceted.kept.length ? message("count", { count: faceted.kept.length.toLocaleString("vi") }) : message("none");
      await showResults(info, faceted.kept, 0);
    } catch (error) {
      if (run !== current.run) return;
      status.textContent = location.protocol === "file:" ? message("file") : message("error", { error: error.message });
      if (fallback) fallback.hidden = false;
    }
  }

  // The query and facets live in the address, so a search can be bookmarked and shared.
  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (select) {
      var value = params.get(select.name) || "";
      if (value && !Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      }
      select.value = value;
    });
  }
  function writeAddress(replace) {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    selects.forEach(function (select) { if (select.value) params.set(select.name, select.value); });
    var address = location.pathname + (params.toString() ? "?" + params : "");
    if (replace) history.replaceState(null, "", address); else history.pushState(null, "", address);
  }

  if (location.protocol === "file:") {
    status.textContent = message("file");
    if (fallback) fallback.hidden = false;
    return;
  }
  var typing = null;
  form.addEventListener("submit", function (event) { event.preventDefault(); writeAddress(false); run(); });
  input.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { writeAddress(true); run(); }, 200);
  });
  selects.forEach(function (select) { select.addEventListener("change", function () { writeAddress(false); run(); }); });
  more.addEventListener("click", function () {
    current.shown += pageLength;
    showResults(current.info, current.docs, current.shown);
  });
  window.addEventListener("popstate", function () { readAddress(); run(); });
  readAddress();
  run();
})();

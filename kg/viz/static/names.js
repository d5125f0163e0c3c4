/* kg viz: the search box's name resolution, the same steps as the CLI's
   (kg/lookup/names.py, Resolver.candidates and Resolver.best), over an index the
   page carries (Resolver.page_index: each node's id, whether it is an event, its
   IRI and its labels and aliases already normalised in Python, in the
   resolver's order). In order: an id, CURIE or IRI; a label or alias; every
   word of one (entities before events, the label most covered first); the
   beginnings of its words; else the closest name (rapidfuzz's ratio, at
   least CUTOFF). The first match is the answer, as Resolver.best gives it.
   tests/test_names.py runs this file under node against the Python resolver.
   In the page it is window.kgNames; under node, module.exports. */
(function (root) {
  "use strict";

  var CUTOFF = 75;

  /* normalise() of kg/vocabulary.py: accents, case, dots and apostrophes go,
     other punctuation separates words, spaced initials join ("j p" -> "jp").
     (Python drops combining marks only; here every mark goes: the same for
     Latin, Greek and Cyrillic text.) */
  function normalise(text) {
    var plain = String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/\u00df/g, "ss").replace(/\u03c2/g, "\u03c3")
      .replace(/[.'\u2019\u2018`\u00b4\u02bc]/g, "");
    var words = [];
    var initials = false;
    plain.split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      if (!word) return;
      var single = Array.from(word).length === 1 && /\p{L}/u.test(word);
      if (single && initials) words[words.length - 1] += word;
      else words.push(word);
      initials = single;
    });
    return words.join(" ");
  }

  /* rapidfuzz's fuzz.ratio: 100 * (1 - indel distance / total length), by code points. */
  function ratio(a, b) {
    var x = Array.from(a);
    var y = Array.from(b);
    var total = x.length + y.length;
    if (!total) return 100;
    var previous = new Array(y.length + 1).fill(0);
    for (var i = 0; i < x.length; i++) {
      var current = [0];
      for (var j = 0; j < y.length; j++) {
        current.push(x[i] === y[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]));
      }
      previous = current;
    }
    var distance = total - 2 * previous[y.length];
    return 100 * (1 - distance / total);
  }

  function unique(items) {
    var seen = {};
    return items.filter(function (item) {
      if (!item || seen["$" + item]) return false;
      seen["$" + item] = true;
      return true;
    });
  }

  /* The index as the page carries it: [[node, isEvent, iri, form, ...], ...]. */
  function prepare(search) {
    var namespace = search.namespace;
    return {
      namespace: namespace,
      entries: search.names.map(function (row) {
        var forms = row.slice(3);
        return {
          node: row[0],
          event: row[1] === 1,
          iri: row[2],
          id: row[2].indexOf(namespace) === 0 ? row[2].slice(namespace.length) : row[2],
          forms: forms,
          words: forms.map(function (form) { return unique(form.split(" ")); })
        };
      })
    };
  }

  function first(index, test) {
    for (var i = 0; i < index.entries.length; i++) if (test(index.entries[i])) return index.entries[i];
    return null;
  }

  /* An id, CURIE or IRI: the entry; null when it has that shape and names
     nothing (an error in the CLI); undefined when the text is none of these. */
  function byIdentifier(index, text) {
    var iri = text.charAt(0) === "<" && text.charAt(text.length - 1) === ">" ? text.slice(1, -1) : text;
    var slug = null;
    if (iri.indexOf(index.namespace) === 0) slug = iri.slice(index.namespace.length);
    else if (iri.indexOf("kgr:") === 0) slug = iri.slice(4);
    if (slug !== null) return first(index, function (entry) { return entry.id === slug; });
    var found = first(index, function (entry) { return entry.iri === iri; });
    if (found) return found;
    if (/^[a-z][a-z+.-]*:\/\/\S+$/.test(iri)) return null;
    return first(index, function (entry) { return entry.id === text; }) || undefined;
  }

  function covering(index, words, exact) {
    for (var events = 0; events < 2; events++) {
      var best = null;
      index.entries.forEach(function (entry) {
        if (entry.event !== (events === 1)) return;
        var share = 0;
        entry.words.forEach(function (formWords) {
          var covered = words.every(function (word) {
            return formWords.some(function (known) {
              return exact ? known === word : known.indexOf(word) === 0;
            });
          });
          if (covered) share = Math.max(share, words.length / formWords.length);
        });
        if (share && (best === null || share > best.share)) best = { entry: entry, share: share };
      });
      if (best) return best.entry;
    }
    return null;
  }

  function closest(index, form) {
    var single = form.indexOf(" ") < 0;
    var best = null;
    index.entries.forEach(function (entry) {
      var score = 0;
      entry.forms.forEach(function (name) { score = Math.max(score, ratio(form, name)); });
      if (single && !entry.event) {
        entry.words.forEach(function (formWords) {
          formWords.forEach(function (word) { score = Math.max(score, ratio(form, word)); });
        });
      }
      if (score >= CUTOFF && (best === null || score > best.score)) best = { entry: entry, score: score };
    });
    return best && best.entry;
  }

  /* The node the search box shows for a text, and how it was found
     ("id", "name", "words", "beginnings", "closest"); null for none. */
  function find(index, query) {
    var text = String(query).trim();
    if (!text) return null;
    var entry = byIdentifier(index, text);
    if (entry === null) return null;
    if (entry) return { node: entry.node, how: "id" };
    var form = normalise(text);
    entry = first(index, function (candidate) { return candidate.forms.indexOf(form) >= 0; });
    if (entry) return { node: entry.node, how: "name" };
    var words = unique(form.split(" "));
    if (words.length) {
      entry = covering(index, words, true);
      if (entry) return { node: entry.node, how: "words" };
      entry = covering(index, words, false);
      if (entry) return { node: entry.node, how: "beginnings" };
    }
    entry = closest(index, form);
    return entry ? { node: entry.node, how: "closest" } : null;
  }

  var api = { CUTOFF: CUTOFF, normalise: normalise, ratio: ratio, prepare: prepare, find: find };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.kgNames = api;
})(this);

/* kg viz: the timeline under the network (vis-timeline), linked to it.
   Items come from kg/viz/timeline.py: each event's windows by the date rule
   of kg/dates.py, a month a month wide, an open side faded. Selecting an item
   selects its node(s) in the network, and the reverse; panning or zooming the
   timeline sets the network's time range to the dates shown, and moving the
   sliders moves the timeline. Every text is given to vis-timeline as a DOM
   text node or a plain title, never as HTML. */
(function () {
  "use strict";

  var view = window.kgView;
  var spec = view.data.timeline;
  var container = document.getElementById("timeline");
  var panel = document.getElementById("timeline-panel");
  if (!spec || !container || !spec.items.length) {
    if (panel) panel.hidden = true;
    if (document.body.getAttribute("data-mode") === "timeline") {
      document.body.setAttribute("data-ready", "true");
    }
    return;
  }
  /* the panel under the network is closed at first (the network keeps the
     room to draw its labels); the timeline is made when it is first opened */
  if (panel.open) build();
  else panel.addEventListener("toggle", function () { if (panel.open && !view.timeline) build(); });

  /* vis-timeline's code is in the page as text (kg-timeline-code), run when the
     timeline is first made, so that the network's first draw does not wait for
     it (a tenth of a second or more); the page's policy allows it by its hash.
     It adds to window.vis, where the network's DataSet must stay. */
  function library() {
    var keep = Object.assign({}, window.vis);
    var script = document.createElement("script");
    script.textContent = document.getElementById("kg-timeline-code").textContent;
    document.head.appendChild(script);
    var timelineVis = Object.assign({}, window.vis);
    Object.assign(window.vis, keep);
    return timelineVis;
  }

  function build() {

  function text(value) {
    var span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  var byNode = {};
  spec.items.forEach(function (item) {
    item.nodes.forEach(function (node) { (byNode[node] = byNode[node] || []).push(item.id); });
  });

  function itemsBy(grouping) {
    if (grouping === "kind") {
      return spec.items.map(function (item) {
        return { id: item.id, content: text(item.content), start: item.start, end: item.end,
                 group: item.group, className: item.className, title: item.title, type: "range" };
      });
    }
    var result = [];
    spec.items.forEach(function (item) {
      (item.actors.length ? item.actors : ["(no actor)"]).forEach(function (actor) {
        result.push({ id: item.id + "@" + actor, content: text(item.content), start: item.start,
                      end: item.end, group: actor, className: item.className,
                      title: item.title, type: "range" });
      });
    });
    return result;
  }

  function groupsOf(items) {
    var seen = {};
    items.forEach(function (item) { seen[item.group] = true; });
    return Object.keys(seen).sort().map(function (group) { return { id: group, content: text(group) }; });
  }

  var grouping = "kind";
  var items = itemsBy(grouping);
  var first = spec.items.reduce(function (low, item) { return item.start < low ? item.start : low; }, spec.items[0].start);
  var last = spec.items.reduce(function (high, item) { return item.end > high ? item.end : high; }, spec.items[0].end);
  var timeline = new (library().Timeline)(container, items, groupsOf(items), {
    showCurrentTime: false,
    stack: true,
    zoomMin: 1000 * 60 * 60 * 24 * 7,
    orientation: { axis: "top" },
    tooltip: { followMouse: true },
    xss: { disabled: false },
    selectable: true,
    multiselect: false,
    verticalScroll: true,
    horizontalScroll: false
  });

  /* the events' extent, set after the first draw (given as options, vis-timeline
     8.5 can keep the timeline hidden until the user moves it) */
  timeline.setWindow(first, last, { animation: false });

  function baseId(id) { return String(id).split("@")[0]; }

  function itemIdsFor(nodeIds) {
    var wanted = {};
    nodeIds.forEach(function (node) { (byNode[node] || []).forEach(function (id) { wanted[id] = true; }); });
    return items.filter(function (item) { return wanted[baseId(item.id)]; }).map(function (item) { return item.id; });
  }

  var quiet = false;  /* a change this script makes is not the user's */

  timeline.on("select", function (props) {
    if (!props.items.length) return;
    var id = baseId(props.items[0]);
    var item = spec.items.find(function (candidate) { return candidate.id === id; });
    if (!item) return;
    quiet = true;
    if (item.nodes.length === 1) view.focus(item.nodes[0]);
    else { view.network.selectNodes(item.nodes); view.fade(item.nodes[0]); }
    quiet = false;
  });

  view.network.on("selectNode", function (params) {
    if (quiet) return;
    timeline.setSelection(itemIdsFor(params.nodes), { focus: false });
  });

  function day(date) { return new Date(date).toISOString().slice(0, 10); }

  timeline.on("rangechanged", function (props) {
    if (!props.byUser) return;
    view.setRange(day(props.start), day(props.end), document.getElementById("time-open").checked);
  });

  function follow() {
    var win = view.range();
    if (!win.first && !win.last) return;
    var shown = timeline.getWindow();
    timeline.setWindow(win.first || day(shown.start), win.last || day(shown.end), { animation: false });
  }
  ["time-from", "time-to"].forEach(function (id) {
    document.getElementById(id).addEventListener("input", follow);
  });

  document.getElementById("timeline-group").addEventListener("change", function (event) {
    grouping = event.target.value;
    items = itemsBy(grouping);
    timeline.setData({ groups: groupsOf(items), items: items });
  });

  view.timeline = timeline;
  view.timelineItemsFor = itemIdsFor;
  /* the timeline alone (kg viz --timeline): no network is drawn to say the page is ready */
  if (document.body.getAttribute("data-mode") === "timeline") {
    document.body.setAttribute("data-ready", "true");
  }
  }
})();

// The page works without this script; it adds the "full states" toggle and links the diagram to the table.
(function () {
  'use strict';
  var body = document.body;
  var toggle = document.getElementById('full-states');
  function showFullStates() {
    body.classList.toggle('full-states', Boolean(toggle && toggle.checked));
  }
  if (toggle) {
    toggle.addEventListener('change', showFullStates);
    showFullStates();
  }

  function select(step, scrollTo) {
    document.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    document.querySelectorAll('[data-step="' + step + '"]').forEach(function (e) {
      if (e.matches('.row, .event, tr')) {
        e.classList.add('selected');
      }
    });
    var target = scrollTo === 'table' ? document.getElementById('state-' + step)
      : document.querySelector('svg.sequence .row[data-step="' + step + '"]');
    if (target && target.scrollIntoView) {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }
  document.querySelectorAll('svg.sequence .event, svg.sequence .row').forEach(function (e) {
    e.addEventListener('click', function () { select(e.getAttribute('data-step'), 'table'); });
  });
  document.querySelectorAll('table.states tr[data-step]').forEach(function (row) {
    row.addEventListener('click', function () { select(row.getAttribute('data-step'), 'diagram'); });
  });

  // What was drawn, for people reading the source and for tests reading the DOM.
  var lanes = Array.prototype.map.call(document.querySelectorAll('svg.sequence .lane'), function (l) {
    return l.getAttribute('data-lane');
  });
  var root = document.documentElement;
  root.setAttribute('data-lanes', lanes.join(' '));
  root.setAttribute('data-steps', String(document.querySelectorAll('table.states tr[data-step]').length));
  root.setAttribute('data-ready', 'true');
}());

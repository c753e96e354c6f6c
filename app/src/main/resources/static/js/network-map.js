// The interactive network map: Cytoscape.js draws the same nodes at the same places as the SVG the
// server rendered (which stays for pages without JavaScript), adding zoom, pan and "tap a dot to
// read who it is". Everything it shows is also in the tables below the map.
(function () {
  const data = document.getElementById('network-data');
  const box = document.getElementById('network-map');
  if (!data || !box || typeof window.cytoscape !== 'function') {
    return;
  }
  const elements = JSON.parse(data.textContent);
  const svg = document.querySelector('.pz-map__svg');
  const detail = document.getElementById('network-map-detail');
  box.hidden = false;
  if (svg) {
    svg.setAttribute('hidden', '');
  }
  const colours = { community: '#007f3b', statutory: '#005eb8', independent: '#7c2855', none: '#768692' };
  const cy = window.cytoscape({
    container: box,
    elements: elements,
    layout: { name: 'preset' },
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': (n) => colours[n.data('side')] || colours.none,
        width: (n) => 2 * n.data('r'), height: (n) => 2 * n.data('r'),
        shape: (n) => (n.data('type') === 'person' ? 'ellipse' : 'round-rectangle'),
        'border-width': 1, 'border-color': '#ffffff' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffeb3b', label: 'data(label)',
        'font-size': 18, 'text-background-color': '#ffffff', 'text-background-opacity': 1 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#aeb7bd', 'curve-style': 'straight' } },
      { selector: 'edge[kind = "linking"]', style: { width: 3, 'line-color': '#212b32' } },
      { selector: 'edge[kind = "bridging"]', style: { width: 2, 'line-color': '#4c6272', 'line-style': 'dashed' } },
      { selector: 'edge[kind = "meetings"], edge[kind = "engagement"]', style: { 'line-style': 'dotted' } }
    ]
  });
  cy.on('tap', 'node', (event) => {
    const n = event.target;
    if (detail) {
      detail.textContent = n.data('label') + ': ' + n.degree() + ' ' + (box.dataset.tiesWord || 'ties') + '.';
    }
  });
}());
